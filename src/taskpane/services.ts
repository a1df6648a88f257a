import type { TokenProvider } from "../auth";
import type { CloudName } from "../config/clouds";
import type { OfficeLike } from "../office";

/**
 * Everything the taskpane needs from outside React, chosen by the entry point: Outlook, Entra ID and Graph in
 * production; the simulated host, the demo sign-in and the local emulator in the demo and the tests.
 */
export interface TaskpaneServices {
  office: OfficeLike;
  tokens: TokenProvider;
  cloud: CloudName;
  /** Replaces the cloud's Graph root (the local emulator, or another Graph-compatible server). */
  graphBaseUrl?: string;
  fetch?: typeof fetch;
  /** Tells whether forced colours (Windows high contrast) are on, for theme detection. */
  forcedColors?: () => boolean;
  /**
   * Loads the sign-in code (MSAL included) without signing in, run once the first screen is painted: the first
   * attachment then does not wait for it. Errors are ignored: the first token request loads it again.
   */
  warmUpSignIn?: () => void;
}
