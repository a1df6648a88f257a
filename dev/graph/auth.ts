import { readDemoToken } from "../shared/demoIdentity";
import { errors } from "./errors";
import { fail } from "./responses";

export interface Caller {
  oid: string;
  upn: string;
  /** Delegated scopes (`scp`), lower-cased. */
  scopes: ReadonlySet<string>;
}

export interface AuthenticationPolicy {
  now: () => Date;
  /** Tokens revoked by a test (faults.expireToken): treated as expired. */
  isRevoked: (token: string) => boolean;
  /** Audiences a Graph token may carry. */
  audiences: ReadonlySet<string>;
}

/** Graph's own resource: its URL with and without a trailing slash, and its application id. */
export const GRAPH_AUDIENCES = [
  "https://graph.microsoft.com",
  "https://graph.microsoft.us",
  "https://dod-graph.microsoft.us",
  "https://microsoftgraph.chinacloudapi.cn",
  "00000003-0000-0000-c000-000000000000",
];

function normaliseAudience(audience: string): string {
  return audience.replace(/\/+$/, "").toLowerCase();
}

export function audienceSet(extra: readonly string[]): ReadonlySet<string> {
  return new Set([...GRAPH_AUDIENCES, ...extra].map(normaliseAudience));
}

/** The token of an `Authorization: Bearer …` header; "" when the header or the scheme is missing. */
export function bearerToken(header: string | null): string {
  const match = /^\s*Bearer\s+(.*)$/i.exec(header ?? "");
  return match?.[1]?.trim() ?? "";
}

/** Checks the bearer token as Graph's gateway does, in its order: present, a JWT, for Graph, not expired. */
export function authenticate(authorization: string | null, policy: AuthenticationPolicy): Caller {
  const token = bearerToken(authorization);
  if (token === "") return fail(errors.tokenEmpty());
  if (token.split(".").length !== 3) return fail(errors.tokenNotJwt());
  const claims = readDemoToken(token);
  if (!claims) return fail(errors.tokenUnreadable());
  if (!policy.audiences.has(normaliseAudience(claims.aud))) return fail(errors.tokenWrongAudience());
  if (claims.exp * 1000 <= policy.now().getTime() || policy.isRevoked(token)) return fail(errors.tokenExpired());
  const scopes = new Set(
    claims.scp
      .split(" ")
      .filter((scope) => scope !== "")
      .map((scope) => scope.toLowerCase()),
  );
  return { oid: claims.oid.toLowerCase(), upn: claims.upn, scopes };
}
