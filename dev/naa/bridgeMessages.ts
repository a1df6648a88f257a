import { isRecord } from "../../src/shared/isRecord";

/**
 * The messages MSAL 4.30.0 exchanges with `window.nestedAppAuthBridge`, as read from its BridgeProxy and
 * NestedAppAuthAdapter: JSON text both ways, one response per request, matched by `requestId`.
 *
 * - `GetInitContext` once, when the pane creates its MSAL client (src/auth/msalNestedAppAuth.ts); MSAL waits for
 *   the answer without a deadline, and reports no bridge if it fails.
 * - `GetToken` for acquireTokenSilent and ssoSilent (when MSAL's own cache cannot answer), `GetTokenPopup` for
 *   acquireTokenPopup and loginPopup. There is no other method in this version.
 */
import type { MsalAccountLike } from "../../src/auth/msalLike";

export const BRIDGE_METHODS = ["GetInitContext", "GetToken", "GetTokenPopup"] as const;
export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

/** The `status` of a failed answer; MSAL turns each into its own error class (see NestedAppAuthAdapter). */
export type BridgeStatus =
  | "USER_INTERACTION_REQUIRED"
  | "USER_CANCEL"
  | "NO_NETWORK"
  | "TRANSIENT_ERROR"
  | "PERSISTENT_ERROR"
  | "DISABLED"
  | "ACCOUNT_UNAVAILABLE"
  | "NESTED_APP_AUTH_UNAVAILABLE";

/** What MSAL sends as `tokenParams` (fields it never sets in this add-in's use are left out). */
export interface BridgeTokenParams {
  clientId: string;
  /** Space-separated, as requested (MSAL adds no OIDC scopes on this path). */
  scope: string;
  correlationId: string;
  /** The signed-in account's homeAccountId, once MSAL knows one. */
  platformBrokerId?: string;
  authority?: string;
  claims?: string;
  /** Only on GetToken, and only when the caller set it. */
  forceRefresh?: boolean;
  authenticationScheme?: string;
}

export interface BridgeRequest {
  messageType: "NestedAppAuthRequest";
  method: BridgeMethod;
  requestId: string;
  tokenParams?: BridgeTokenParams;
}

/** The account the bridge answers with has the fields of MSAL's own account. */
export type BridgeAccount = MsalAccountLike;

/** MSAL refuses a token answer without both tokens; `expires_in` is in seconds from MSAL's request time. */
export interface BridgeToken {
  access_token: string;
  id_token: string;
  expires_in: number;
  scope: string;
  properties: null;
}

export interface BridgeError {
  status: BridgeStatus;
  code?: string;
  description?: string;
}

export interface BridgeInitContext {
  sdkName: string;
  sdkVersion: string;
  capabilities?: { queryAccount?: boolean };
  /** The host's signed-in account, so MSAL can find it in its cache after a reload. */
  accountContext?: { homeAccountId: string; environment: string; tenantId: string };
}

export type BridgeResponse = { messageType: "NestedAppAuthResponse"; requestId: string } & (
  | { success: true; initContext: BridgeInitContext }
  | { success: true; token: BridgeToken; account: BridgeAccount }
  | { success: false; error: BridgeError }
);

function readTokenParams(value: unknown): BridgeTokenParams | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value) || typeof value.clientId !== "string" || typeof value.scope !== "string") return null;
  const params: BridgeTokenParams = {
    clientId: value.clientId,
    scope: value.scope,
    correlationId: typeof value.correlationId === "string" ? value.correlationId : "",
  };
  for (const key of ["platformBrokerId", "authority", "claims", "authenticationScheme"] as const) {
    const field = value[key];
    if (typeof field === "string") params[key] = field;
  }
  if (typeof value.forceRefresh === "boolean") params.forceRefresh = value.forceRefresh;
  return params;
}

/** Parses a request as the host receives it; null for anything that is not one. */
export function parseBridgeRequest(text: string): BridgeRequest | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.messageType !== "NestedAppAuthRequest") return null;
  const method = value.method;
  if (typeof method !== "string" || !(BRIDGE_METHODS as readonly string[]).includes(method)) return null;
  if (typeof value.requestId !== "string" || value.requestId === "") return null;
  const tokenParams = readTokenParams(value.tokenParams);
  if (tokenParams === null) return null;
  const request: BridgeRequest = {
    messageType: "NestedAppAuthRequest",
    method: method as BridgeMethod,
    requestId: value.requestId,
  };
  if (tokenParams) request.tokenParams = tokenParams;
  return request;
}
