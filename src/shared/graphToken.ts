/**
 * What the Graph client needs from sign-in: a bearer token for the scopes the caller already bound.
 * `forceRefresh` is set once after a 401; `claims` carries a decoded claims challenge from `WWW-Authenticate`.
 */
export interface GraphTokenRequest {
  forceRefresh: boolean;
  claims?: string;
  signal?: AbortSignal;
}

export type GetGraphToken = (request: GraphTokenRequest) => Promise<string>;
