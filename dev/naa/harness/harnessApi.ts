import type { SignInPath } from "../../../src/auth/tokenProvider";

/**
 * What the harness's add-in frame exposes to the end-to-end test (test/e2e/nestedAppAuth.e2e.ts). Tokens stay
 * in the frame: a sign-in reports the path and the token's identity and permissions, never the token. The host
 * page exposes its broker's calls as `window.naaBrokerCalls` (demo/hostBroker.ts).
 */
export interface HarnessSignInRequest {
  scopes: string[];
  forceRefresh?: boolean;
  claims?: string;
}

export type HarnessSignInResult =
  { ok: true; path: SignInPath | null; upn: string; scp: string } | { ok: false; reason: string };

/** On the add-in frame's window, as `window.naaHarness`. */
export interface HarnessFrameApi {
  readonly bridgeInstalled: boolean;
  signIn(request: HarnessSignInRequest): Promise<HarnessSignInResult>;
  /** Addresses the Office dialog was opened on. */
  dialogsOpened(): string[];
}

export type HarnessFrameWindow = Window & { naaHarness?: HarnessFrameApi };
