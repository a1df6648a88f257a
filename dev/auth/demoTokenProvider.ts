import { AuthError } from "../../src/auth/AuthError";
import { abortReason, sleep } from "../../src/shared/abort";
import type { AuthFailureReason } from "../../src/auth/reasons";
import { scopeKey } from "../../src/auth/scopes";
import type { SignInPath, TokenProvider, TokenRequest } from "../../src/auth/tokenProvider";
import { DEMO_ORGANIZER, type DemoUser, makeDemoToken } from "../shared/demoIdentity";

export interface DemoTokenProviderOptions {
  user?: DemoUser;
  /** Simulated sign-in time for each token issued (not for cached ones). */
  delayMs?: number;
  /** Lifetime of issued tokens; default one hour. A few seconds shows expiry and renewal in the demo. */
  tokenLifetimeMs?: number;
  now?: () => number;
}

export interface DemoTokenProvider extends TokenProvider {
  /** Makes the next sign-in fail with `reason`, so the demo and end-to-end tests can show each message. */
  failNext(reason: AuthFailureReason, detail?: string): void;
  /**
   * Makes the next token issued already expired: the Graph emulator answers 401, and the Graph client's
   * single forced refresh can be seen.
   */
  expireNextToken(): void;
  /** How many tokens were issued (cache hits excluded). */
  readonly issuedCount: number;
}

interface Cached {
  token: string;
  expiresAt: number;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * The demo sign-in: issues the unsigned demo tokens the Graph emulator understands, for the demo organizer.
 * It keeps tokens until they expire (no early renewal, unlike the real provider), honours forceRefresh and
 * abort signals, and never touches storage.
 */
export function createDemoTokenProvider(options: DemoTokenProviderOptions = {}): DemoTokenProvider {
  const user = options.user ?? DEMO_ORGANIZER;
  const now = options.now ?? Date.now;
  const lifetimeMs = options.tokenLifetimeMs ?? HOUR_MS;
  const cache = new Map<string, Cached>();
  const failures: { reason: AuthFailureReason; detail?: string }[] = [];
  let expireNext = false;
  let issued = 0;
  let path: SignInPath | null = null;

  async function issue(request: TokenRequest): Promise<string> {
    if (options.delayMs) await sleep(options.delayMs, request.signal);
    const failure = failures.shift();
    if (failure) {
      throw new AuthError(failure.reason, failure.detail === undefined ? {} : { detail: failure.detail });
    }
    const expiresAt = expireNext ? now() - 60_000 : now() + lifetimeMs;
    expireNext = false;
    const token = makeDemoToken(user, request.scopes, new Date(expiresAt));
    cache.set(scopeKey(request.scopes), { token, expiresAt });
    issued += 1;
    path = "demo";
    return token;
  }

  return {
    get lastPath() {
      return path;
    },
    get issuedCount() {
      return issued;
    },
    getToken(request) {
      if (request.signal?.aborted) return Promise.reject(abortReason(request.signal));
      const cached = cache.get(scopeKey(request.scopes));
      const fresh = request.forceRefresh === true || Boolean(request.claims);
      if (!fresh && failures.length === 0 && cached && cached.expiresAt > now()) return Promise.resolve(cached.token);
      return issue(request);
    },
    signOut() {
      cache.clear();
      path = null;
      return Promise.resolve();
    },
    failNext(reason, detail) {
      failures.push(detail === undefined ? { reason } : { reason, detail });
    },
    expireNextToken() {
      expireNext = true;
    },
  };
}
