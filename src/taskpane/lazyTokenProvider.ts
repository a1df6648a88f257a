import type { TokenProvider } from "../auth";

/**
 * A TokenProvider whose real implementation (sign-in logic, then MSAL) is loaded on the first token request, so the
 * first screen does not carry it. A failed load is not remembered: the next request tries again.
 */
export function lazyTokenProvider(load: () => Promise<TokenProvider>): TokenProvider {
  let loading: Promise<TokenProvider> | null = null;
  let loaded: TokenProvider | null = null;

  const provider = (): Promise<TokenProvider> => {
    loading ??= load().then(
      (real) => (loaded = real),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  return {
    getToken: async (request) => (await provider()).getToken(request),
    signOut: async () => {
      if (loading) await (await loading).signOut();
    },
    get lastPath() {
      return loaded?.lastPath ?? null;
    },
  };
}
