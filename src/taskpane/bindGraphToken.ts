import type { GetGraphToken } from "../shared/graphToken";
import type { TokenProvider } from "../auth";

/** Adapts a TokenProvider to the Graph client's token function, for the scopes the caller needs. */
export function bindGraphToken(provider: TokenProvider, scopes: readonly string[]): GetGraphToken {
  return (request) =>
    provider.getToken({
      scopes,
      forceRefresh: request.forceRefresh,
      ...(request.claims ? { claims: request.claims } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
}
