import type { AuthFailureReason } from "./reasons";

export interface TokenRequest {
  scopes: readonly string[];
  /** Skip every cache: set once by the Graph client after a 401. */
  forceRefresh?: boolean;
  /** A decoded claims challenge from a `WWW-Authenticate` header, passed on to MSAL. */
  claims?: string;
  signal?: AbortSignal;
}

/** How the last token was obtained (the demo shows it). */
export type SignInPath = "naa-silent" | "naa-popup" | "dialog" | "demo";

export interface TokenProvider {
  /** A Graph access token for `scopes`, or an AuthError saying what the organizer can do. */
  getToken(request: TokenRequest): Promise<string>;
  /** Forgets every token held in memory. */
  signOut(): Promise<void>;
  readonly lastPath: SignInPath | null;
}

export type { AuthFailureReason };
