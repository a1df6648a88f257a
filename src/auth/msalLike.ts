/**
 * The parts of `@azure/msal-browser` the sign-in code uses, as structural types. The real module satisfies them
 * (checked in loadMsalBrowser.ts); tests pass small fakes.
 */
export interface MsalAccountLike {
  homeAccountId: string;
  environment: string;
  tenantId: string;
  username: string;
  localAccountId: string;
  name?: string;
}

export interface MsalResultLike {
  accessToken: string;
  expiresOn: Date | null;
  account: MsalAccountLike | null;
}

export interface MsalSilentRequestLike {
  scopes: string[];
  account?: MsalAccountLike;
  forceRefresh?: boolean;
  claims?: string;
}

export interface MsalSsoSilentRequestLike {
  scopes: string[];
  loginHint?: string;
  claims?: string;
}

export interface MsalInteractiveRequestLike {
  scopes: string[];
  loginHint?: string;
  claims?: string;
}

export interface MsalAccountFilterLike {
  username?: string;
  localAccountId?: string;
  tenantId?: string;
}

/** What the taskpane uses of MSAL's nested app authentication client (msalNestedAppAuth.ts). */
export interface NestedMsalClientLike {
  acquireTokenSilent(request: MsalSilentRequestLike): Promise<MsalResultLike>;
  ssoSilent(request: MsalSsoSilentRequestLike): Promise<MsalResultLike>;
  acquireTokenPopup(request: MsalInteractiveRequestLike): Promise<MsalResultLike>;
  getActiveAccount(): MsalAccountLike | null;
  setActiveAccount(account: MsalAccountLike | null): void;
  getAllAccounts(): MsalAccountLike[];
  getAccount(filter: MsalAccountFilterLike): MsalAccountLike | null;
}

/** What the dialog page uses of a standard `PublicClientApplication`. */
export interface RedirectMsalClientLike {
  initialize(): Promise<void>;
  handleRedirectPromise(): Promise<MsalResultLike | null>;
  loginRedirect(request: MsalInteractiveRequestLike): Promise<void>;
}

export interface MsalConfigurationLike {
  auth: { clientId: string; authority: string; redirectUri: string; clientCapabilities: string[] };
  cache: { cacheLocation: "memoryStorage" | "sessionStorage" };
}

export interface MsalModuleLike {
  /** The nested app authentication client, or null when the host offers no bridge. */
  createNestedAppAuthClient(configuration: MsalConfigurationLike): Promise<NestedMsalClientLike | null>;
}
