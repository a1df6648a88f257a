import type { TokenProvider } from "../../../src/auth";
import type { OfficeLike } from "../../../src/auth/officeLike";
import { lazyTokenProvider } from "../../../src/taskpane/lazyTokenProvider";
import { createDisplayDialogAsync } from "../../office/simulatedDialog";
import { readWin32FrameContext } from "../../outlook-win32/frameContext";
import { DEMO_CLIENT_ID } from "../../shared/demoIdentity";
import { installFrameBridge } from "../frameBridge";
import { demoDialogPage } from "../demoDialogPage";
import { NO_BRIDGE_PARAMETER } from "./signInChoice";
import { hostOriginFromXdmInfo } from "./xdmHostOrigin";

/**
 * Installs the stand-in bridge in the demo pane's frame, towards the simulated Outlook that frames it, as Outlook
 * injects its own before the add-in runs. Not installed when the pane's address says the host has none, or when
 * the pane is not framed by the simulated Outlook. Outlook on the web names its page in `_xdm_Info`; classic
 * Outlook on Windows has none, and its stand-in's context in the fragment names it.
 */
export function installDemoBridge(win: Window): boolean {
  const hostOrigin = hostOriginFromXdmInfo(win.location.hash) ?? readWin32FrameContext(win.location.hash)?.hostOrigin;
  const wanted = new URLSearchParams(win.location.search).get(NO_BRIDGE_PARAMETER) !== "none";
  if (!wanted || !hostOrigin || win.parent === win) return false;
  installFrameBridge({ frame: win, host: win.parent, hostOrigin });
  return true;
}

/**
 * The production sign-in (createOfficeTokenProvider and the real MSAL, both loaded on the first token request)
 * for the demo's registration. Office is the real office.js, except its dialog: the simulated Outlook on the web
 * opens no dialogs, so the fallback's dialog is played in the pane (dialog.html's logic with a demo token).
 */
const loadSignIn = () => import(/* webpackChunkName: "sign-in" */ "../../../src/auth/signIn");

/** Loads the sign-in code and MSAL without signing in, as the production pane does after its first paint. */
export function warmUpNestedAppAuth(): void {
  loadSignIn()
    .then(({ loadMsalBrowser }) => loadMsalBrowser())
    .catch(() => undefined);
}

export function nestedAppAuthTokens(office: typeof Office, win: Window): TokenProvider {
  return lazyTokenProvider(async () => {
    const { createOfficeTokenProvider, loadMsalBrowser } = await loadSignIn();
    const signInOffice: OfficeLike = {
      context: {
        requirements: office.context.requirements,
        mailbox: office.context.mailbox,
        ui: { displayDialogAsync: createDisplayDialogAsync(demoDialogPage([]), 0, () => win.location.origin) },
      },
      auth: office.auth,
    };
    return createOfficeTokenProvider({
      office: signInOffice,
      loadMsal: loadMsalBrowser,
      config: { clientId: DEMO_CLIENT_ID, cloud: "global", tenant: "organizations" },
      dialogUrl: `${win.location.origin}/dialog.html`,
    });
  });
}
