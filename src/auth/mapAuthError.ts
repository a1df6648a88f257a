import { AuthError } from "./AuthError";
import { type ErrorFields, readErrorFields } from "./errorFields";
import type { AuthFailureReason } from "./reasons";
import { redactTokens } from "./redactTokens";

const OFFICE_CODES: Readonly<Record<number, AuthFailureReason>> = {
  13001: "office13001",
  13002: "userCancelled",
  13006: "office13006",
  13012: "office13012",
  12006: "dialogClosed",
  12009: "popupBlocked",
  12011: "popupBlocked",
};

const ERROR_CODES: Readonly<Record<string, AuthFailureReason>> = {
  user_cancelled: "userCancelled",
  user_canceled: "userCancelled",
  access_denied: "userCancelled",
  popup_window_error: "popupBlocked",
  empty_window_error: "popupBlocked",
  no_account_error: "noAccount",
  no_account_found: "noAccount",
  untrusted_origin: "untrustedOrigin",
  no_network_connectivity: "offline",
  timed_out: "timeout",
  monitor_window_timeout: "timeout",
  monitor_popup_timeout: "timeout",
  consent_required: "consentRequired",
  interaction_required: "consentRequired",
  login_required: "consentRequired",
  not_configured: "notConfigured",
};

// AADSTS65001 (no consent, and the user could not give it), AADSTS90094 and AADSTS90008 (admin grant needed).
const ADMIN_CONSENT_PATTERN = /AADSTS(65001|90094|90008)\b/;
// The NAA bridge's own text, and Entra's "reply address must use brk-multihub" for a registration without it.
const UNTRUSTED_ORIGIN_PATTERN = /untrusted_origin|not valid for Nested App Auth|AADSTS700046/i;
const USER_DECLINED_PATTERN = /AADSTS65004\b/;

function allText(fields: ErrorFields): string {
  return `${fields.errorCode} ${fields.errorMessage} ${fields.message}`;
}

/** New Outlook reports AADSTS65001 through OneAuth as errorCode "2" and an "InteractionRequired {…}" text. */
function isOneAuthConsentFailure(fields: ErrorFields): boolean {
  return fields.errorCode === "2" && /^InteractionRequired\s*\{/.test(fields.errorMessage);
}

function reasonFor(fields: ErrorFields, online: boolean): AuthFailureReason {
  if (fields.officeCode !== undefined && OFFICE_CODES[fields.officeCode]) return OFFICE_CODES[fields.officeCode];
  if (!online) return "offline";
  const text = allText(fields);
  if (UNTRUSTED_ORIGIN_PATTERN.test(text)) return "untrustedOrigin";
  if (ADMIN_CONSENT_PATTERN.test(text) || isOneAuthConsentFailure(fields)) return "adminConsentRequired";
  if (USER_DECLINED_PATTERN.test(text)) return "userCancelled";
  const byCode = ERROR_CODES[fields.errorCode] ?? ERROR_CODES[fields.subError];
  if (byCode) return byCode;
  if (fields.name === "InteractionRequiredAuthError") return "consentRequired";
  return "unknown";
}

function detailFor(fields: ErrorFields): string {
  const parts = [fields.name, fields.officeCode === undefined ? "" : String(fields.officeCode), fields.errorCode];
  parts.push(fields.errorMessage || fields.message);
  return redactTokens(parts.filter(Boolean).join(": "));
}

/** Turns whatever MSAL, Office or the dialog page threw into an AuthError with a stable reason. */
export function toAuthError(error: unknown, online = true): AuthError {
  if (error instanceof AuthError) return error;
  const fields = readErrorFields(error);
  return new AuthError(reasonFor(fields, online), { detail: detailFor(fields), cause: error });
}

/**
 * Failures of nested app authentication that the Office dialog (a standard MSAL client on our own page) can
 * get around: a blocked pop-up, an origin the host does not trust for NAA, a disabled bridge, or the empty
 * ServerError some hosts return.
 */
export function isDialogFixable(error: unknown): boolean {
  if (error instanceof AuthError) return false;
  const fields = readErrorFields(error);
  if (fields.errorCode === "popup_window_error" || fields.errorCode === "nested_app_auth_bridge_disabled") return true;
  if (UNTRUSTED_ORIGIN_PATTERN.test(allText(fields))) return true;
  return fields.name === "ServerError" && !fields.errorCode.trim() && !fields.errorMessage.trim();
}
