/**
 * The demo's task pane, in the simulated Outlook on the web's frame: the real taskpane code on the real office.js,
 * with the local Graph emulator (or any Graph-compatible server given as `graph=<base URL>`), signing in with the
 * real MSAL through the stand-in bridge, or with the demo sign-in (`signIn=demo`). Never part of the production
 * build.
 */
import { isAuthFailureReason, type TokenProvider } from "../../src/auth";
import { startTaskpane } from "../../src/taskpane/bootstrap";
import { lazyTokenProvider } from "../../src/taskpane/lazyTokenProvider";
import { installDemoBridge, nestedAppAuthTokens, warmUpNestedAppAuth } from "../naa/demo/paneSignIn";
import { demoSignInFrom } from "../naa/demo/signInChoice";

function graphBaseUrlFrom(params: URLSearchParams): string | null {
  const given = params.get("graph");
  return given && /^https?:\/\/[^\s]+$/.test(given) ? given.replace(/\/+$/, "") : null;
}

const params = new URLSearchParams(window.location.search);
const graphBaseUrl = graphBaseUrlFrom(params);
const office = (globalThis as { Office?: typeof Office }).Office;
const naa = demoSignInFrom(params) === "naa";
// As Outlook does, the bridge is in place before the add-in's code runs.
if (naa) installDemoBridge(window);

/** The demo sign-in, loaded on the first token request as production's sign-in is. */
function demoTokens(): TokenProvider {
  return lazyTokenProvider(async () => {
    const { createDemoTokenProvider } = await import(/* webpackChunkName: "demo-tokens" */ "../auth/demoTokenProvider");
    const demo = createDemoTokenProvider({ delayMs: 250 });
    const authFailure = params.get("authFail");
    if (isAuthFailureReason(authFailure)) demo.failNext(authFailure);
    return demo;
  });
}

const container = document.getElementById("root");
if (container && graphBaseUrl) {
  void startTaskpane(container, office, () => {
    if (!office) throw new Error("Office.js is not loaded");
    return {
      office,
      tokens: naa ? nestedAppAuthTokens(office, window) : demoTokens(),
      cloud: "global",
      graphBaseUrl,
      forcedColors: () => window.matchMedia("(forced-colors: active)").matches,
      // As in production, sign-in and MSAL load once the first screen is painted; signInWarmUp=off leaves them to
      // the first token request (the benchmark measures both).
      ...(naa && params.get("signInWarmUp") !== "off" ? { warmUpSignIn: warmUpNestedAppAuth } : {}),
    };
  });
} else if (container) {
  container.textContent = "Open the demo from demo.html: this page needs the Graph emulator's address.";
}
