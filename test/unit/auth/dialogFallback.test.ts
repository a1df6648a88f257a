import { AuthError } from "../../../src/auth/AuthError";
import { createOfficeTokenProvider, type OfficeTokenProviderDeps } from "../../../src/auth/officeTokenProvider";
import type { BuildConfig } from "../../../src/config/buildConfig";
import { ACCOUNT, FakeNestedClient, type FakeOfficeOptions, fakeMsalModule, fakeOffice, msalError } from "./fakes";

const CONFIG: BuildConfig = {
  clientId: "0b1c2d3e-aaaa-bbbb-cccc-000000000001",
  cloud: "global",
  tenant: "organizations",
};
const DIALOG_URL = "https://localhost:3000/dialog.html";
const START = Date.UTC(2025, 0, 6, 9, 0, 0);
const HOUR = 60 * 60 * 1000;
const SCOPES = ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"];

function setup(officeOptions: FakeOfficeOptions = {}, overrides: Partial<OfficeTokenProviderDeps> = {}) {
  const client = new FakeNestedClient();
  const msal = fakeMsalModule(client);
  const host = fakeOffice(officeOptions);
  const provider = createOfficeTokenProvider({
    office: host.office,
    loadMsal: msal.load,
    config: CONFIG,
    dialogUrl: DIALOG_URL,
    now: () => START,
    isOnline: () => true,
    ...overrides,
  });
  return { client, msal, host, provider };
}

function tokenMessage(accessToken: string) {
  return { type: "token", accessToken, expiresOn: START + HOUR, account: { username: ACCOUNT.username } };
}

async function failureOf(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("Office dialog fallback", () => {
  it("signs in through the dialog where NestedAppAuth 1.1 is unsupported, without loading MSAL", async () => {
    const { msal, host, provider } = setup({ naa: false });
    const pending = provider.getToken({ scopes: SCOPES });
    const dialog = await host.opened;
    dialog.sendMessage(tokenMessage("dialog-token"));

    await expect(pending).resolves.toBe("dialog-token");
    expect(provider.lastPath).toBe("dialog");
    expect(msal.loads).toBe(0);
    expect(dialog.closeCount).toBe(1);
    expect(host.dialogOptions).toEqual([{ height: 60, width: 30 }]);
    const url = new URL(host.dialogUrls[0] ?? "");
    expect(`${url.origin}${url.pathname}`).toBe(DIALOG_URL);
    expect(url.searchParams.get("scopes")).toBe(SCOPES.join(" "));
    expect(url.searchParams.get("loginHint")).toBe("adele.vance@contoso.example");
    // The dialog's token is cached like any other.
    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("dialog-token");
    expect(host.dialogUrls).toHaveLength(1);
  });

  it("goes to the dialog, asking MSAL for nothing, when the host offers no nested app authentication bridge", async () => {
    const { client, msal, host, provider } = setup();
    client.noBridge = true;
    const pending = provider.getToken({ scopes: SCOPES });
    (await host.opened).sendMessage(tokenMessage("dialog-token"));

    await expect(pending).resolves.toBe("dialog-token");
    expect(provider.lastPath).toBe("dialog");
    expect(msal.loads).toBe(1);
    expect(client.methods()).toEqual([]);
  });

  it("passes promptBeforeOpen and claims to the dialog", async () => {
    const { host, provider } = setup({ naa: false }, { promptBeforeOpen: false });
    const pending = provider.getToken({ scopes: SCOPES, claims: '{"access_token":{}}' });
    (await host.opened).sendMessage(tokenMessage("t"));
    await pending;
    expect(host.dialogOptions[0]).toEqual({ height: 60, width: 30, promptBeforeOpen: false });
    expect(new URL(host.dialogUrls[0] ?? "").searchParams.get("claims")).toBe('{"access_token":{}}');
  });

  it.each([
    [
      "pop-up blocked",
      "acquireTokenPopup",
      msalError("BrowserAuthError", "popup_window_error", "Error opening popup window."),
    ],
    ["empty ServerError", "ssoSilent", msalError("ServerError", "", "")],
    [
      "untrusted origin",
      "ssoSilent",
      msalError("ServerError", "untrusted_origin", "The origin is not valid for Nested App Auth."),
    ],
    [
      "missing brk-multihub redirect",
      "ssoSilent",
      msalError("ServerError", "invalid_client", "AADSTS700046: Invalid Reply Address"),
    ],
    ["disabled bridge", "ssoSilent", msalError("ClientAuthError", "nested_app_auth_bridge_disabled")],
  ])("falls back to the dialog on NAA failure: %s", async (_label, failingMethod, error) => {
    const { client, host, provider } = setup();
    client.onSsoSilent = () =>
      Promise.reject(
        failingMethod === "ssoSilent" ? error : msalError("InteractionRequiredAuthError", "consent_required"),
      );
    client.onPopup = () => Promise.reject(error);
    const pending = provider.getToken({ scopes: SCOPES });
    (await host.opened).sendMessage(tokenMessage("fallback-token"));

    await expect(pending).resolves.toBe("fallback-token");
    expect(client.methods().at(-1)).toBe(failingMethod);
    expect(provider.lastPath).toBe("dialog");
  });

  it.each([
    ["user_cancelled", "User cancelled the flow.", "userCancelled"],
    ["access_denied", "AADSTS65004: User declined to consent to access the app.", "userCancelled"],
    ["invalid_grant", "AADSTS65001: The user or administrator has not consented", "adminConsentRequired"],
    ["not_configured", "", "notConfigured"],
  ])("maps an error sent by the dialog (%s) and closes it", async (errorCode, errorMessage, reason) => {
    const { host, provider } = setup({ naa: false });
    const pending = provider.getToken({ scopes: SCOPES });
    const dialog = await host.opened;
    dialog.sendMessage({ type: "error", name: "BrowserAuthError", errorCode, errorMessage, subError: "" });
    await expect(failureOf(pending)).resolves.toMatchObject({ reason });
    expect(dialog.closeCount).toBe(1);
  });

  it("reports dialogClosed when the organizer closes the dialog (12006)", async () => {
    const { host, provider } = setup({ naa: false });
    const pending = provider.getToken({ scopes: SCOPES });
    const dialog = await host.opened;
    dialog.sendEvent(12006);
    await expect(failureOf(pending)).resolves.toMatchObject({ reason: "dialogClosed" });
    expect(dialog.closeCount).toBe(0);
  });

  it.each([12002, 12003])("reports dialog event %d as unknown with the code in the detail", async (code) => {
    const { host, provider } = setup({ naa: false });
    const pending = provider.getToken({ scopes: SCOPES });
    const dialog = await host.opened;
    dialog.sendEvent(code);
    await expect(failureOf(pending)).resolves.toMatchObject({ reason: "unknown", detail: `dialog event ${code}` });
    expect(dialog.closeCount).toBe(1);
  });

  it("ignores messages from another origin and malformed messages", async () => {
    const { host, provider } = setup({ naa: false });
    const pending = provider.getToken({ scopes: SCOPES });
    const dialog = await host.opened;
    dialog.sendMessage(tokenMessage("forged"), "https://evil.example");
    dialog.sendMessage("not json");
    dialog.sendMessage({ type: "token" });
    dialog.sendMessage(tokenMessage("genuine"), undefined);
    await expect(pending).resolves.toBe("genuine");
  });

  it.each([
    [12009, "popupBlocked"],
    [12011, "popupBlocked"],
    [12004, "unknown"],
    [12005, "unknown"],
  ])("maps displayDialogAsync failure %d to %s", async (code, reason) => {
    const { host, provider } = setup({ naa: false, dialogFailures: [code] });
    const failure = await failureOf(provider.getToken({ scopes: SCOPES }));
    expect(failure.reason).toBe(reason);
    expect(failure.detail).toContain(String(code));
    expect(host.dialogUrls).toHaveLength(1);
  });

  describe("with fake timers", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("retries once after a short wait when a dialog is already open (12007)", async () => {
      const { host, provider } = setup(
        { naa: false, dialogFailures: [12007] },
        { timeouts: { dialogRetryDelayMs: 500 } },
      );
      const pending = provider.getToken({ scopes: SCOPES });
      await jest.advanceTimersByTimeAsync(499);
      expect(host.dialogUrls).toHaveLength(1);
      await jest.advanceTimersByTimeAsync(1);
      expect(host.dialogUrls).toHaveLength(2);
      (await host.opened).sendMessage(tokenMessage("second-try"));
      await expect(pending).resolves.toBe("second-try");
    });

    it("gives up after the single 12007 retry", async () => {
      const { host, provider } = setup({ naa: false, dialogFailures: [12007, 12007] });
      const pending = failureOf(provider.getToken({ scopes: SCOPES }));
      await jest.advanceTimersByTimeAsync(1_000);
      await expect(pending).resolves.toMatchObject({ reason: "unknown" });
      expect(host.dialogUrls).toHaveLength(2);
    });

    it("times out a dialog nobody answers and closes it", async () => {
      const { host, provider } = setup({ naa: false }, { timeouts: { interactiveMs: 60_000 } });
      const pending = failureOf(provider.getToken({ scopes: SCOPES }));
      const dialog = await host.opened;
      await jest.advanceTimersByTimeAsync(59_999);
      expect(dialog.closeCount).toBe(0);
      await jest.advanceTimersByTimeAsync(1);
      await expect(pending).resolves.toMatchObject({ reason: "timeout" });
      expect(dialog.closeCount).toBe(1);
    });

    it("closes the dialog when the caller aborts", async () => {
      const { host, provider } = setup({ naa: false });
      const controller = new AbortController();
      const pending = provider.getToken({ scopes: SCOPES, signal: controller.signal });
      const dialog = await host.opened;
      await jest.advanceTimersByTimeAsync(0);
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: "AbortError" });
      await jest.advanceTimersByTimeAsync(0);
      expect(dialog.closeCount).toBe(1);
    });

    it("stops waiting for the retry pause when aborted", async () => {
      const { host, provider } = setup({ naa: false, dialogFailures: [12007] });
      const controller = new AbortController();
      const pending = provider.getToken({ scopes: SCOPES, signal: controller.signal });
      await jest.advanceTimersByTimeAsync(10);
      controller.abort(new Error("organizer left"));
      await expect(pending).rejects.toThrow("organizer left");
      await jest.advanceTimersByTimeAsync(5_000);
      expect(host.dialogUrls).toHaveLength(1);
    });
  });
});
