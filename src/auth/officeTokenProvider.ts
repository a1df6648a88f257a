import type { BuildConfig } from "../config/buildConfig";
import { type AccountHints, readAccountHints } from "./accountHints";
import { AuthError } from "./AuthError";
import { abortReason } from "../shared/abort";
import { runWithDeadline } from "./deadline";
import { acquireTokenWithDialog } from "./dialogTokenSource";
import { isAbortError, readErrorFields } from "./errorFields";
import { isDialogFixable, toAuthError } from "./mapAuthError";
import { msalConfigurationFor, tenantAcceptsPersonalAccounts } from "./msalConfiguration";
import type { MsalModuleLike } from "./msalLike";
import { NaaTokenSource } from "./naaTokenSource";
import type { OfficeLike } from "./officeLike";
import { scopeKey } from "./scopes";
import { SharedRequests } from "./sharedRequests";
import { TokenCache } from "./tokenCache";
import type { SignInPath, TokenProvider, TokenRequest } from "./tokenProvider";

export interface AuthTimeouts {
  /** Loading MSAL, creating the client and each silent call. */
  silentMs: number;
  /** A pop-up or dialog the organizer has to answer. */
  interactiveMs: number;
  /** `Office.auth.getAuthContext()`, which only supplies a hint. */
  authContextMs: number;
  /** Wait before reopening the dialog after 12007. */
  dialogRetryDelayMs: number;
}

export const DEFAULT_AUTH_TIMEOUTS: Readonly<AuthTimeouts> = {
  silentMs: 30_000,
  interactiveMs: 5 * 60_000,
  authContextMs: 5_000,
  dialogRetryDelayMs: 1_000,
};

export interface OfficeTokenProviderDeps {
  office: OfficeLike;
  /** Usually `loadMsalBrowser`: a dynamic import, so MSAL loads only when a token is first needed. */
  loadMsal: () => Promise<MsalModuleLike>;
  config: BuildConfig;
  /** Absolute https URL of dialog.html on the task pane's origin; also the redirect URI MSAL registers. */
  dialogUrl: string;
  timeouts?: Partial<AuthTimeouts>;
  now?: () => number;
  /** Defaults to `navigator.onLine` where there is a navigator. */
  isOnline?: () => boolean;
  promptBeforeOpen?: boolean;
}

interface Acquired {
  token: string;
  expiresAt: number | null;
  path: SignInPath;
}

const NAA_REQUIREMENT_SET = "NestedAppAuth";
const NAA_REQUIREMENT_VERSION = "1.1";

function defaultIsOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

/** Silent NAA failures a pop-up cannot help with: they go to the dialog or straight to the organizer. */
function popupCannotHelp(error: unknown): boolean {
  return (
    error instanceof AuthError ||
    isAbortError(error) ||
    isDialogFixable(error) ||
    readErrorFields(error).errorCode === "no_network_connectivity"
  );
}

class OfficeTokenProvider implements TokenProvider {
  private readonly cache: TokenCache;
  private readonly shared = new SharedRequests<Acquired>();
  private readonly naa: NaaTokenSource;
  private readonly timeouts: AuthTimeouts;
  private readonly isOnline: () => boolean;
  private path: SignInPath | null = null;

  constructor(private readonly deps: OfficeTokenProviderDeps) {
    this.cache = new TokenCache(deps.now ?? Date.now);
    this.timeouts = { ...DEFAULT_AUTH_TIMEOUTS, ...deps.timeouts };
    this.isOnline = deps.isOnline ?? defaultIsOnline;
    this.naa = new NaaTokenSource(deps.loadMsal, () =>
      msalConfigurationFor(deps.config, { redirectUri: deps.dialogUrl, cacheLocation: "memoryStorage" }),
    );
  }

  get lastPath(): SignInPath | null {
    return this.path;
  }

  async getToken(request: TokenRequest): Promise<string> {
    if (!this.deps.config.clientId) {
      throw new AuthError("notConfigured", { detail: "ADDIN_CLIENT_ID was empty at build time" });
    }
    const scopes = [...request.scopes];
    const fresh = request.forceRefresh === true || Boolean(request.claims);
    if (!fresh) {
      if (request.signal?.aborted) throw abortReason(request.signal);
      const cached = this.cache.get(scopes);
      if (cached) return cached;
    }
    const key = `${scopeKey(scopes)}|${fresh ? "fresh" : ""}|${request.claims ?? ""}`;
    const acquired = await this.shared.run(key, request.signal, (signal) => this.acquire(scopes, request, signal));
    return acquired.token;
  }

  signOut(): Promise<void> {
    this.cache.clear();
    this.path = null;
    return this.naa.forgetAccount();
  }

  private async acquire(scopes: string[], request: TokenRequest, signal: AbortSignal): Promise<Acquired> {
    if (!this.isOnline()) throw new AuthError("offline");
    const naaSupported = this.deps.office.context.requirements.isSetSupported(
      NAA_REQUIREMENT_SET,
      NAA_REQUIREMENT_VERSION,
    );
    const hints = await readAccountHints(this.deps.office, {
      naaSupported,
      timeoutMs: this.timeouts.authContextMs,
    });
    if (hints.personal && !tenantAcceptsPersonalAccounts(this.deps.config)) {
      throw new AuthError("personalAccountUnsupported");
    }
    const acquired = await this.acquireFresh(scopes, request, hints, naaSupported && !hints.personal, signal);
    this.cache.set(scopes, acquired.token, acquired.expiresAt);
    this.path = acquired.path;
    return acquired;
  }

  private async acquireFresh(
    scopes: string[],
    request: TokenRequest,
    hints: AccountHints,
    useNaa: boolean,
    signal: AbortSignal,
  ): Promise<Acquired> {
    if (useNaa) {
      try {
        const acquired = await this.withNaa(scopes, request, hints, signal);
        if (acquired) return acquired;
      } catch (error) {
        if (signal.aborted || isAbortError(error)) throw error;
        if (!isDialogFixable(error)) throw toAuthError(error, this.isOnline());
      }
    }
    return this.withDialog(scopes, request, hints, signal);
  }

  /** Null when the host brokers nothing: the caller goes to the dialog. */
  private async withNaa(
    scopes: string[],
    request: TokenRequest,
    hints: AccountHints,
    signal: AbortSignal,
  ): Promise<Acquired | null> {
    const naaRequest = {
      scopes,
      forceRefresh: request.forceRefresh === true,
      hints,
      ...(request.claims ? { claims: request.claims } : {}),
    };
    // Loading MSAL and creating the client are not sign-in failures a pop-up could fix.
    const brokered = await runWithDeadline(() => this.naa.isHostBrokered(), {
      timeoutMs: this.timeouts.silentMs,
      signal,
      what: "loading sign-in",
    });
    // No bridge: MSAL fell back to its standard client, whose hidden iframe and browser pop-up a task pane cannot
    // count on (blocked cookies, blocked or out-of-app windows). The Office dialog is the documented way round.
    if (!brokered) return null;
    try {
      const result = await runWithDeadline(() => this.naa.silent(naaRequest), {
        timeoutMs: this.timeouts.silentMs,
        signal,
        what: "silent sign-in",
      });
      return { token: result.accessToken, expiresAt: result.expiresOn?.getTime() ?? null, path: "naa-silent" };
    } catch (error) {
      if (popupCannotHelp(error)) throw error;
    }
    const result = await runWithDeadline(() => this.naa.popup(naaRequest), {
      timeoutMs: this.timeouts.interactiveMs,
      signal,
      what: "sign-in pop-up",
    });
    return { token: result.accessToken, expiresAt: result.expiresOn?.getTime() ?? null, path: "naa-popup" };
  }

  private async withDialog(
    scopes: string[],
    request: TokenRequest,
    hints: AccountHints,
    signal: AbortSignal,
  ): Promise<Acquired> {
    const dialogRequest = {
      scopes,
      ...(hints.loginHint ? { loginHint: hints.loginHint } : {}),
      ...(request.claims ? { claims: request.claims } : {}),
    };
    const settings = {
      office: this.deps.office,
      dialogUrl: this.deps.dialogUrl,
      retryDelayMs: this.timeouts.dialogRetryDelayMs,
      ...(this.deps.promptBeforeOpen === undefined ? {} : { promptBeforeOpen: this.deps.promptBeforeOpen }),
    };
    const result = await runWithDeadline(
      (deadlineSignal) => acquireTokenWithDialog(settings, dialogRequest, deadlineSignal),
      { timeoutMs: this.timeouts.interactiveMs, signal, what: "sign-in dialog" },
    );
    return { token: result.accessToken, expiresAt: result.expiresAt, path: "dialog" };
  }
}

/**
 * The production token provider: nested app authentication (silent, then a host pop-up), falling back to an
 * Office dialog where NAA is unsupported or fails in a way the dialog avoids. Tokens stay in memory.
 */
export function createOfficeTokenProvider(deps: OfficeTokenProviderDeps): TokenProvider {
  return new OfficeTokenProvider(deps);
}
