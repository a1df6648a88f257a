import { AUTH_FAILURE_REASONS, isAuthFailureReason, isRetryableAuthFailure } from "../../../src/auth/reasons";
import { AuthError, isAuthError } from "../../../src/auth/AuthError";

it("lists each reason once", () => {
  expect(new Set(AUTH_FAILURE_REASONS).size).toBe(AUTH_FAILURE_REASONS.length);
  expect(AUTH_FAILURE_REASONS).toEqual(
    expect.arrayContaining([
      "consentRequired",
      "adminConsentRequired",
      "office13001",
      "timeout",
      "notConfigured",
      "unknown",
    ]),
  );
});

it("recognises reasons", () => {
  expect(isAuthFailureReason("popupBlocked")).toBe(true);
  expect(isAuthFailureReason("popupblocked")).toBe(false);
  expect(isAuthFailureReason(42)).toBe(false);
});

it("says which failures the organizer can retry", () => {
  expect(isRetryableAuthFailure("timeout")).toBe(true);
  expect(isRetryableAuthFailure("dialogClosed")).toBe(true);
  expect(isRetryableAuthFailure("adminConsentRequired")).toBe(false);
  expect(isRetryableAuthFailure("notConfigured")).toBe(false);
  expect(isRetryableAuthFailure("personalAccountUnsupported")).toBe(false);
  expect(isRetryableAuthFailure("untrustedOrigin")).toBe(false);
});

it("builds AuthErrors with reason and optional detail", () => {
  const bare = new AuthError("offline");
  expect(bare).toBeInstanceOf(Error);
  expect(bare.name).toBe("AuthError");
  expect(bare.reason).toBe("offline");
  expect(bare.detail).toBeUndefined();
  expect(isAuthError(bare)).toBe(true);
  expect(isAuthError(new Error("x"))).toBe(false);
  expect(new AuthError("unknown", { detail: "d", cause: bare }).cause).toBe(bare);
});
