import { AuthError } from "../../../src/auth/AuthError";
import { isDialogFixable, toAuthError } from "../../../src/auth/mapAuthError";
import { msalError } from "./fakes";

function officeError(code: number, message = "Office error"): { code: number; name: string; message: string } {
  return { code, name: "Office error", message };
}

describe("toAuthError", () => {
  it.each([
    [
      "new Outlook OneAuth shape",
      msalError(
        "InteractionRequiredAuthError",
        "2",
        'InteractionRequired {"Description":"(pii)","Domain":"com.microsoft.oneauth","Error":6}',
      ),
      "adminConsentRequired",
    ],
    [
      "OWA AADSTS65001 shape",
      msalError(
        "InteractionRequiredAuthError",
        "invalid_grant",
        "AADSTS65001: The user or administrator has not consented to use the application with ID 'x'.",
      ),
      "adminConsentRequired",
    ],
    [
      "AADSTS90094",
      msalError("ServerError", "invalid_grant", "AADSTS90094: The grant requires admin permission."),
      "adminConsentRequired",
    ],
    [
      "AADSTS90008",
      msalError(
        "ServerError",
        "invalid_grant",
        "AADSTS90008: The user or administrator has not consented to use the application because it must be pre-authorized.",
      ),
      "adminConsentRequired",
    ],
    ["consent_required", msalError("InteractionRequiredAuthError", "consent_required", "consent"), "consentRequired"],
    ["interaction_required", msalError("InteractionRequiredAuthError", "interaction_required"), "consentRequired"],
    ["login_required", msalError("InteractionRequiredAuthError", "login_required", "AADSTS50058"), "consentRequired"],
    [
      "sub-error consent_required",
      msalError("ServerError", "invalid_grant", "needs consent", "consent_required"),
      "consentRequired",
    ],
    ["other interaction-required", msalError("InteractionRequiredAuthError", "bad_token"), "consentRequired"],
    ["user_cancelled", msalError("BrowserAuthError", "user_cancelled", "User cancelled the flow."), "userCancelled"],
    ["NAA user_canceled", msalError("ClientAuthError", "user_canceled", "User cancelled the flow."), "userCancelled"],
    [
      "AADSTS65004",
      msalError("ServerError", "access_denied", "AADSTS65004: User declined to consent"),
      "userCancelled",
    ],
    [
      "popup_window_error",
      msalError("BrowserAuthError", "popup_window_error", "Error opening popup window."),
      "popupBlocked",
    ],
    ["empty_window_error", msalError("BrowserAuthError", "empty_window_error"), "popupBlocked"],
    ["no_account_error", msalError("BrowserAuthError", "no_account_error"), "noAccount"],
    ["no_account_found", msalError("ClientAuthError", "no_account_found"), "noAccount"],
    [
      "untrusted_origin",
      msalError("ServerError", "untrusted_origin", "The origin is not valid for Nested App Auth."),
      "untrustedOrigin",
    ],
    [
      "untrusted_origin in text only",
      new Error("untrusted_origin: The origin is not valid for Nested App Auth."),
      "untrustedOrigin",
    ],
    [
      "AADSTS700046",
      msalError("ServerError", "invalid_client", "AADSTS700046: Invalid Reply Address. brk-multihub"),
      "untrustedOrigin",
    ],
    ["no_network_connectivity", msalError("ClientAuthError", "no_network_connectivity"), "offline"],
    ["timed_out", msalError("BrowserAuthError", "timed_out"), "timeout"],
    ["monitor_window_timeout", msalError("BrowserAuthError", "monitor_window_timeout"), "timeout"],
    ["Office 13001", officeError(13001, "No user is signed into Office."), "office13001"],
    ["Office 13002", officeError(13002), "userCancelled"],
    ["Office 13006", officeError(13006), "office13006"],
    ["Office 13012", officeError(13012), "office13012"],
    ["dialog 12006", officeError(12006), "dialogClosed"],
    ["dialog 12009", officeError(12009), "popupBlocked"],
    ["dialog 12011", officeError(12011), "popupBlocked"],
    ["unlisted Office code", officeError(13003), "unknown"],
    ["interaction_in_progress", msalError("BrowserAuthError", "interaction_in_progress"), "unknown"],
    ["plain Error", new Error("boom"), "unknown"],
    ["a string", "something odd", "unknown"],
    ["null", null, "unknown"],
  ])("maps %s", (_label, error, reason) => {
    const mapped = toAuthError(error);
    expect(mapped).toBeInstanceOf(AuthError);
    expect(mapped.reason).toBe(reason);
  });

  it("reports offline for any failure while the browser is offline, except Office's own codes", () => {
    expect(toAuthError(msalError("ServerError", "", ""), false).reason).toBe("offline");
    expect(toAuthError(officeError(12006), false).reason).toBe("dialogClosed");
  });

  it("returns an AuthError unchanged", () => {
    const original = new AuthError("timeout", { detail: "silent sign-in" });
    expect(toAuthError(original)).toBe(original);
  });

  it("keeps the cause and a readable detail with codes", () => {
    const error = msalError("BrowserAuthError", "popup_window_error", "Error opening popup window.");
    const mapped = toAuthError(error);
    expect(mapped.cause).toBe(error);
    expect(mapped.detail).toBe("BrowserAuthError: popup_window_error: Error opening popup window.");
    expect(mapped.message).toBe("Sign-in failed: popupBlocked");
    expect(toAuthError(officeError(13006, "An unexpected error occurred in the client.")).detail).toBe(
      "Office error: 13006: An unexpected error occurred in the client.",
    );
  });

  it("removes anything token-shaped from the detail", () => {
    const jwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzY3AiOiJDYWxlbmRhcnMuUmVhZFdyaXRlIn0.c2lnbmF0dXJl";
    const opaque = "x".repeat(200);
    const mapped = toAuthError(msalError("ServerError", "invalid_grant", `token ${jwt} and ${opaque} refused`));
    expect(mapped.detail).toBe("ServerError: invalid_grant: token [redacted] and [redacted] refused");
  });

  it("keeps the detail short", () => {
    const mapped = toAuthError(new Error("word ".repeat(500)));
    expect(mapped.detail?.length).toBeLessThanOrEqual(501);
  });
});

describe("isDialogFixable", () => {
  it.each([
    [msalError("BrowserAuthError", "popup_window_error"), true],
    [msalError("ServerError", "", ""), true],
    [msalError("ServerError", " ", ""), true],
    [msalError("ServerError", "untrusted_origin"), true],
    [new Error("The origin is not valid for Nested App Auth."), true],
    [msalError("ClientAuthError", "nested_app_auth_bridge_disabled"), true],
    [msalError("ServerError", "invalid_grant", "AADSTS65001"), false],
    [msalError("ServerError", "", "server said no"), false],
    [msalError("ClientAuthError", "user_canceled"), false],
    [new AuthError("popupBlocked"), false],
    [undefined, false],
  ])("%#: %p → %p", (error, expected) => {
    expect(isDialogFixable(error)).toBe(expected);
  });
});
