/**
 * Harness page playing the add-in's task pane frame: the real createOfficeTokenProvider and the real MSAL
 * (loaded as its own chunk, as in production), with the stand-in bridge installed before MSAL starts, as
 * Outlook injects its own. Office is the simulated host (dev/office); its dialog plays dialog.html.
 *
 * Query: hostOrigin=<origin of the parent page> (as office.js learns it from `_xdm_Info`), bridge=none for a
 * host that injects no bridge.
 */
import { isAuthError } from "../../../src/auth/AuthError";
import { loadMsalBrowser } from "../../../src/auth/loadMsalBrowser";
import { createOfficeTokenProvider } from "../../../src/auth/officeTokenProvider";
import { createSimulatedOffice } from "../../office";
import { DEMO_CLIENT_ID, readDemoToken } from "../../shared/demoIdentity";
import { installFrameBridge } from "../frameBridge";
import { demoDialogPage } from "../demoDialogPage";
import type { HarnessFrameApi, HarnessFrameWindow } from "./harnessApi";

const params = new URLSearchParams(window.location.search);
const hostOrigin = params.get("hostOrigin");
const framed = window.parent !== window;
const bridgeInstalled = framed && hostOrigin !== null && params.get("bridge") !== "none";
if (bridgeInstalled) installFrameBridge({ frame: window, host: window.parent, hostOrigin });

const dialogsOpened: string[] = [];
const office = createSimulatedOffice({ scenario: "saved", dialogResponder: demoDialogPage(dialogsOpened) });
const tokens = createOfficeTokenProvider({
  office,
  loadMsal: loadMsalBrowser,
  config: { clientId: DEMO_CLIENT_ID, cloud: "global", tenant: "organizations" },
  dialogUrl: `${window.location.origin}/dialog.html`,
});

const api: HarnessFrameApi = {
  bridgeInstalled,
  async signIn(request) {
    try {
      const claims = readDemoToken(await tokens.getToken(request));
      return { ok: true, path: tokens.lastPath, upn: claims?.upn ?? "", scp: claims?.scp ?? "" };
    } catch (error) {
      return { ok: false, reason: isAuthError(error) ? error.reason : "not an AuthError" };
    }
  },
  dialogsOpened: () => [...dialogsOpened],
};
(window as HarnessFrameWindow).naaHarness = api;
