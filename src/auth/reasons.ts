/**
 * Why a sign-in failed, as stable keys the taskpane translates into a message and an action.
 * The list is exported so the UI can check that every reason has a message in every language.
 */
export const AUTH_FAILURE_REASONS = [
  "consentRequired",
  "adminConsentRequired",
  "userCancelled",
  "popupBlocked",
  "noAccount",
  "untrustedOrigin",
  "personalAccountUnsupported",
  "office13001",
  "office13006",
  "office13012",
  "dialogClosed",
  "timeout",
  "offline",
  "notConfigured",
  "unknown",
] as const;

export type AuthFailureReason = (typeof AUTH_FAILURE_REASONS)[number];

/**
 * Reasons the organizer can fix by trying again (possibly after closing a window or reconnecting).
 * The others need someone else: an administrator, the add-in's publisher, or a different account.
 */
const RETRYABLE: ReadonlySet<AuthFailureReason> = new Set<AuthFailureReason>([
  "consentRequired",
  "userCancelled",
  "popupBlocked",
  "noAccount",
  "office13001",
  "office13006",
  "dialogClosed",
  "timeout",
  "offline",
  "unknown",
]);

export function isRetryableAuthFailure(reason: AuthFailureReason): boolean {
  return RETRYABLE.has(reason);
}

export function isAuthFailureReason(value: unknown): value is AuthFailureReason {
  return typeof value === "string" && (AUTH_FAILURE_REASONS as readonly string[]).includes(value);
}
