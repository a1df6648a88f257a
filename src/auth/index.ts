export { AUTH_FAILURE_REASONS, type AuthFailureReason, isAuthFailureReason, isRetryableAuthFailure } from "./reasons";
export { AuthError, isAuthError } from "./AuthError";
export type { SignInPath, TokenProvider, TokenRequest } from "./tokenProvider";
export {
  type AuthTimeouts,
  DEFAULT_AUTH_TIMEOUTS,
  type OfficeTokenProviderDeps,
  createOfficeTokenProvider,
} from "./officeTokenProvider";
export { driveScopesFor, graphScopesFor, qualifyGraphScope, type DriveReach } from "./scopes";
export { authorityFor } from "./msalConfiguration";
export { loadMsalBrowser } from "./loadMsalBrowser";
export { toAuthError } from "./mapAuthError";
export type { OfficeLike } from "./officeLike";
export type { MsalModuleLike } from "./msalLike";
