import { isAuthFailureReason } from "../../../src/auth/reasons";
import { isBrokerFailure } from "../brokerFailures";

/** How the demo's pane signs in: the real MSAL through the stand-in bridge, or the demo token provider. */
export type DemoSignIn = "naa" | "demo";

/**
 * `signIn=demo` or `signIn=naa` when the demo's address says so. Otherwise nested app auth, except when
 * `authFail` names a failure only the demo sign-in can play (`popupBlocked`, `timeout`, …; the broker plays the
 * host's own failures, see brokerFailures.ts), so that every failure message stays one address away.
 */
export function demoSignInFrom(params: URLSearchParams): DemoSignIn {
  const chosen = params.get("signIn");
  if (chosen === "demo" || chosen === "naa") return chosen;
  const failure = params.get("authFail");
  return isAuthFailureReason(failure) && !isBrokerFailure(failure) ? "demo" : "naa";
}

/** The pane's own address parameter for a host without a bridge. */
export const NO_BRIDGE_PARAMETER = "naaBridge";

/** What the simulated Outlook adds to the pane's address: the sign-in chosen, and whether it injects a bridge. */
export function paneSignInParameters(params: URLSearchParams): Record<string, string> {
  const signIn = demoSignInFrom(params);
  const noBridge = signIn === "naa" && params.get("authFail") === "noBridge";
  return noBridge ? { signIn, [NO_BRIDGE_PARAMETER]: "none" } : { signIn };
}
