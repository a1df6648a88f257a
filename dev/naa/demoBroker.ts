import { type DemoUser, makeDemoIdToken, makeDemoToken } from "../shared/demoIdentity";
import type {
  BridgeAccount,
  BridgeError,
  BridgeMethod,
  BridgeRequest,
  BridgeResponse,
  BridgeStatus,
  BridgeTokenParams,
} from "./bridgeMessages";
import type { BrokerFailure, BrokerFailurePlan } from "./brokerFailures";

export interface DemoBrokerOptions {
  /** Who is signed in to the simulated Outlook (the organizer). */
  user: DemoUser;
  /** The tenant Office's `getAuthContext()` reports for that user. */
  tenantId: string;
  /** The add-in's registration: requests for any other client id are refused, as Entra would. */
  clientId: string;
  failure?: BrokerFailurePlan | null;
  /**
   * Permissions the organizer refuses in the consent pop-up (say, the Files permissions of the OneDrive picker):
   * asking for any of them ends as a closed pop-up, while the calendar keeps working.
   */
  declineConsentTo?: readonly string[];
  now?: () => number;
  tokenLifetimeSeconds?: number;
}

/** One request the broker answered, for tests and the demo: never a token. */
export interface BrokerCall {
  method: BridgeMethod;
  scopes: string[];
  claims?: string;
  forceRefresh?: boolean;
  /** The account MSAL names (`platformBrokerId`, a homeAccountId), once it knows one. */
  account?: string;
  outcome: "initContext" | "token" | BridgeStatus;
}

export interface DemoBroker {
  answer(request: BridgeRequest): BridgeResponse;
  /** Every request answered so far, oldest first. */
  calls(): BrokerCall[];
}

const ENVIRONMENT = "login.microsoftonline.com";
const OIDC_SCOPES = new Set(["openid", "profile", "offline_access", "email"]);
const HOUR_SECONDS = 3600;
/**
 * What the organizer consented to when the add-in was installed. Anything else (the Files and Sites permissions of
 * the OneDrive picker) is asked for when first used: silent requests for it need interaction, as with Entra's
 * incremental consent, and the pop-up asks.
 */
const INSTALL_CONSENT = ["calendars.readwrite", "calendars.readwrite.shared"];

// Outlook on the web's answer when consent is missing (the text is Entra's AADSTS65001).
const CONSENT_MISSING: BridgeError = {
  status: "USER_INTERACTION_REQUIRED",
  code: "invalid_grant",
  description: "AADSTS65001: The user or administrator has not consented to use the application.",
};

const USER_CANCELLED: BridgeError = { status: "USER_CANCEL" };

/** Failures met by any answer, silent or pop-up, until spent. */
const ANSWER_FAILURES: Partial<Record<BrokerFailure, BridgeError>> = {
  noAccount: { status: "ACCOUNT_UNAVAILABLE" },
  transientError: {
    status: "TRANSIENT_ERROR",
    code: "temporarily_unavailable",
    description: "The sign-in service is temporarily unavailable.",
  },
  serverError: { status: "PERSISTENT_ERROR" },
  // Outlook's text, as reported from classic Outlook; MSAL shows "untrusted_origin: <description>", the shape it
  // gives server statuses (which status hosts use is not documented).
  untrustedOrigin: {
    status: "PERSISTENT_ERROR",
    code: "untrusted_origin",
    description: "The origin is not valid for Nested App Auth.",
  },
};

/** The delegated permissions an access token carries in `scp`: no OIDC scopes, no resource prefix. */
function grantedPermissions(scopes: readonly string[]): string[] {
  return scopes.filter((scope) => !OIDC_SCOPES.has(scope.toLowerCase())).map((scope) => scope.replace(/^.*\//, ""));
}

function scopesOf(params: BridgeTokenParams | undefined): string[] {
  return (params?.scope ?? "").split(" ").filter(Boolean);
}

/**
 * The simulated Outlook's side of nested app authentication: answers MSAL's bridge requests for the signed-in
 * organizer with the demo tokens the Graph emulator accepts, or with the failure it was asked to play.
 */
export function createDemoBroker(options: DemoBrokerOptions): DemoBroker {
  const now = options.now ?? Date.now;
  const lifetime = options.tokenLifetimeSeconds ?? HOUR_SECONDS;
  const plan = options.failure ?? null;
  const answerFailure = plan ? ANSWER_FAILURES[plan.failure] : undefined;
  let remaining = plan ? (plan.mode === "always" ? Number.POSITIVE_INFINITY : 1) : 0;
  const noConsentYet = plan?.failure === "consentRequired" || plan?.failure === "userCancelled";
  const consented = new Set(noConsentYet ? [] : INSTALL_CONSENT);
  const declined = new Set((options.declineConsentTo ?? []).map((permission) => permission.toLowerCase()));
  const missingConsent = (request: BridgeRequest): string[] =>
    grantedPermissions(scopesOf(request.tokenParams))
      .map((permission) => permission.toLowerCase())
      .filter((permission) => !consented.has(permission));
  const log: BrokerCall[] = [];

  const account: BridgeAccount = {
    homeAccountId: `${options.user.id}.${options.tenantId}`,
    environment: ENVIRONMENT,
    tenantId: options.tenantId,
    username: options.user.upn,
    localAccountId: options.user.id,
    name: options.user.displayName,
  };

  function record(request: BridgeRequest, outcome: BrokerCall["outcome"]): void {
    const call: BrokerCall = { method: request.method, scopes: scopesOf(request.tokenParams), outcome };
    if (request.tokenParams?.claims) call.claims = request.tokenParams.claims;
    if (request.tokenParams?.forceRefresh !== undefined) call.forceRefresh = request.tokenParams.forceRefresh;
    if (request.tokenParams?.platformBrokerId) call.account = request.tokenParams.platformBrokerId;
    log.push(call);
  }

  function fail(request: BridgeRequest, error: BridgeError): BridgeResponse {
    record(request, error.status);
    return { messageType: "NestedAppAuthResponse", requestId: request.requestId, success: false, error };
  }

  function spendFailure(): boolean {
    if (remaining <= 0) return false;
    remaining -= 1;
    return true;
  }

  function issue(request: BridgeRequest): BridgeResponse {
    const scopes = scopesOf(request.tokenParams);
    const issuedAt = new Date(now());
    const expiresAt = new Date(issuedAt.getTime() + lifetime * 1000);
    record(request, "token");
    return {
      messageType: "NestedAppAuthResponse",
      requestId: request.requestId,
      success: true,
      token: {
        access_token: makeDemoToken(options.user, grantedPermissions(scopes), expiresAt),
        id_token: makeDemoIdToken(options.user, {
          tenantId: options.tenantId,
          clientId: options.clientId,
          issuedAt,
          expiresAt,
        }),
        expires_in: lifetime,
        scope: scopes.join(" "),
        properties: null,
      },
      account,
    };
  }

  function initContext(request: BridgeRequest): BridgeResponse {
    record(request, "initContext");
    const signedIn = plan?.failure !== "noAccount";
    return {
      messageType: "NestedAppAuthResponse",
      requestId: request.requestId,
      success: true,
      initContext: {
        sdkName: "simulated-outlook",
        sdkVersion: "1.0.0",
        capabilities: { queryAccount: false },
        ...(signedIn
          ? {
              accountContext: {
                homeAccountId: account.homeAccountId,
                environment: ENVIRONMENT,
                tenantId: options.tenantId,
              },
            }
          : {}),
      },
    };
  }

  function silent(request: BridgeRequest): BridgeResponse {
    if (answerFailure && spendFailure()) return fail(request, answerFailure);
    if (missingConsent(request).length > 0) return fail(request, CONSENT_MISSING);
    return issue(request);
  }

  function popup(request: BridgeRequest): BridgeResponse {
    if (answerFailure && spendFailure()) return fail(request, answerFailure);
    if (plan?.failure === "userCancelled" && spendFailure()) return fail(request, USER_CANCELLED);
    const missing = missingConsent(request);
    if (missing.some((permission) => declined.has(permission))) return fail(request, USER_CANCELLED);
    // The organizer consents in the pop-up; with `always` the host forgets it again.
    if (plan?.mode !== "always") missing.forEach((permission) => consented.add(permission));
    return issue(request);
  }

  return {
    answer(request) {
      if (request.method === "GetInitContext") return initContext(request);
      if (request.tokenParams?.clientId !== options.clientId) {
        return fail(request, {
          status: "PERSISTENT_ERROR",
          code: "invalid_client",
          description: "AADSTS700016: Application not found in the directory.",
        });
      }
      return request.method === "GetToken" ? silent(request) : popup(request);
    },
    calls() {
      return log.map((call) => ({ ...call, scopes: [...call.scopes] }));
    },
  };
}
