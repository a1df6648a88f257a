import { ReasonedError } from "../shared/ReasonedError";
import type { AuthFailureReason } from "./reasons";

/**
 * A sign-in failure the taskpane can explain. `detail` is diagnostic text from MSAL or Office with anything
 * token-shaped removed; it is never shown in place of the translated message for `reason`.
 */
export class AuthError extends ReasonedError<AuthFailureReason> {
  override readonly name = "AuthError";
  readonly detail?: string;

  constructor(reason: AuthFailureReason, options: { detail?: string; cause?: unknown } = {}) {
    super(reason, `Sign-in failed: ${reason}`, options);
    if (options.detail !== undefined) this.detail = options.detail;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}
