import type { TokenProvider } from "../../../src/auth";
import { lazyTokenProvider } from "../../../src/taskpane/lazyTokenProvider";
import { readWin32FrameContext } from "../../outlook-win32/frameContext";
import { installFrameBridge } from "../frameBridge";
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
 * for the demo's registration, with what the demo gives it (demoSignInOptions.ts) loaded alongside, as production
 * loads its sign-in: none of it is part of the pane's first screen.
 */
const loadSignIn = () => import(/* webpackChunkName: "sign-in" */ "../../../src/auth/signIn");
const loadDemoSignInOptions = () => import(/* webpackChunkName: "demo-sign-in" */ "./demoSignInOptions");

/** Loads the sign-in code and MSAL without signing in, as the production pane does after its first paint. */
export function warmUpNestedAppAuth(): void {
  Promise.all([loadSignIn().then(({ loadMsalBrowser }) => loadMsalBrowser()), loadDemoSignInOptions()]).catch(
    () => undefined,
  );
}

export function nestedAppAuthTokens(office: typeof Office, win: Window): TokenProvider {
  return lazyTokenProvider(async () => {
    const [{ createOfficeTokenProvider, loadMsalBrowser }, { demoSignInOptions }] = await Promise.all([
      loadSignIn(),
      loadDemoSignInOptions(),
    ]);
    return createOfficeTokenProvider({ ...demoSignInOptions(office, win), loadMsal: loadMsalBrowser });
  });
}
