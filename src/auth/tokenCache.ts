import { scopeKey } from "./scopes";

/** Tokens are renewed this long before they expire, so a request never leaves with a token about to lapse. */
export const DEFAULT_EXPIRY_MARGIN_MS = 2 * 60 * 1000;

interface Entry {
  token: string;
  expiresAt: number;
}

/** Access tokens in memory only, keyed by scope set, honouring expiry. */
export class TokenCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number,
    private readonly marginMs = DEFAULT_EXPIRY_MARGIN_MS,
  ) {}

  get(scopes: readonly string[]): string | undefined {
    const key = scopeKey(scopes);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt - this.marginMs <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.token;
  }

  /** A token without a known expiry is not kept: it could not be renewed in time. */
  set(scopes: readonly string[], token: string, expiresAt: number | null): void {
    if (expiresAt === null) return;
    this.entries.set(scopeKey(scopes), { token, expiresAt });
  }

  clear(): void {
    this.entries.clear();
  }
}
