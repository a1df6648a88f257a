import type { MsalInteractiveRequestLike, MsalResultLike, RedirectMsalClientLike } from "../../../src/auth/msalLike";
import { isMsalPopupWindow, runDialogSignIn } from "../../../src/dialog/dialogSignIn";
import { ACCOUNT, msalError, tokenResult } from "./fakes";

class FakeRedirectClient implements RedirectMsalClientLike {
  readonly calls: string[] = [];
  redirects: MsalInteractiveRequestLike[] = [];
  constructor(
    private readonly redirectResult: () => Promise<MsalResultLike | null>,
    private readonly initializeResult: () => Promise<void> = () => Promise.resolve(),
  ) {}
  initialize(): Promise<void> {
    this.calls.push("initialize");
    return this.initializeResult();
  }
  handleRedirectPromise(): Promise<MsalResultLike | null> {
    this.calls.push("handleRedirectPromise");
    return this.redirectResult();
  }
  loginRedirect(request: MsalInteractiveRequestLike): Promise<void> {
    this.calls.push("loginRedirect");
    this.redirects.push(request);
    return Promise.resolve();
  }
}

function fakeDialogHost() {
  const messages: unknown[] = [];
  const storage = { cleared: 0, clear: () => (storage.cleared += 1) };
  const office = { context: { ui: { messageParent: (message: string) => messages.push(JSON.parse(message)) } } };
  return { messages, storage, office };
}

describe("runDialogSignIn", () => {
  it("starts the redirect sign-in with the scopes, hint and claims from its address", async () => {
    const msal = new FakeRedirectClient(() => Promise.resolve(null));
    const { messages, storage, office } = fakeDialogHost();
    const outcome = await runDialogSignIn(
      msal,
      office,
      {
        search:
          "?scopes=Calendars.ReadWrite%20Calendars.ReadWrite.Shared&loginHint=adele%40contoso.example&claims=%7B%7D",
      },
      storage,
    );
    expect(outcome).toBe("redirecting");
    expect(msal.calls).toEqual(["initialize", "handleRedirectPromise", "loginRedirect"]);
    expect(msal.redirects).toEqual([
      {
        scopes: ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"],
        loginHint: "adele@contoso.example",
        claims: "{}",
      },
    ]);
    expect(messages).toEqual([]);
    expect(storage.cleared).toBe(0);
  });

  it("sends the token back to the task pane after the redirect, then clears its session cache", async () => {
    const expiresOn = new Date(Date.UTC(2025, 0, 6, 10));
    const msal = new FakeRedirectClient(() => Promise.resolve(tokenResult("dialog-token", expiresOn)));
    const { messages, storage, office } = fakeDialogHost();
    await expect(runDialogSignIn(msal, office, { search: "" }, storage)).resolves.toBe("sent");
    expect(messages).toEqual([
      {
        type: "token",
        accessToken: "dialog-token",
        expiresOn: expiresOn.getTime(),
        account: { username: ACCOUNT.username, name: ACCOUNT.name },
      },
    ]);
    expect(msal.calls).not.toContain("loginRedirect");
    expect(storage.cleared).toBe(1);
  });

  it("sends a token without expiry or account as such", async () => {
    const msal = new FakeRedirectClient(() =>
      Promise.resolve({ accessToken: "t", expiresOn: null, account: { ...ACCOUNT, name: undefined } }),
    );
    const { messages, office } = fakeDialogHost();
    await runDialogSignIn(msal, office, { search: "" });
    expect(messages).toEqual([
      { type: "token", accessToken: "t", expiresOn: null, account: { username: ACCOUNT.username } },
    ]);

    const bare = new FakeRedirectClient(() => Promise.resolve({ accessToken: "t", expiresOn: null, account: null }));
    const second = fakeDialogHost();
    await runDialogSignIn(bare, second.office, { search: "" });
    expect(second.messages).toEqual([{ type: "token", accessToken: "t", expiresOn: null, account: null }]);
  });

  it("sends MSAL's error back and clears its session cache", async () => {
    const msal = new FakeRedirectClient(() =>
      Promise.reject(msalError("ServerError", "access_denied", "AADSTS65004: User declined to consent.")),
    );
    const { messages, storage, office } = fakeDialogHost();
    await expect(runDialogSignIn(msal, office, { search: "?scopes=Calendars.ReadWrite" }, storage)).resolves.toBe(
      "sent",
    );
    expect(messages).toEqual([
      {
        type: "error",
        name: "ServerError",
        errorCode: "access_denied",
        errorMessage: "AADSTS65004: User declined to consent.",
        subError: "",
      },
    ]);
    expect(storage.cleared).toBe(1);
  });

  it("reports a failed initialisation and a plain error's message", async () => {
    const msal = new FakeRedirectClient(
      () => Promise.resolve(null),
      () => Promise.reject(new Error("crypto unavailable")),
    );
    const { messages, office } = fakeDialogHost();
    await runDialogSignIn(msal, office, { search: "?scopes=a" });
    expect(messages).toEqual([
      { type: "error", name: "Error", errorCode: "", errorMessage: "crypto unavailable", subError: "" },
    ]);
  });

  it("reports a request without scopes instead of signing in for nothing", async () => {
    const msal = new FakeRedirectClient(() => Promise.resolve(null));
    const { messages, office } = fakeDialogHost();
    await runDialogSignIn(msal, office, { search: "?loginHint=a" });
    expect(msal.calls).not.toContain("loginRedirect");
    expect(messages).toEqual([expect.objectContaining({ type: "error", errorCode: "invalid_request" })]);
  });
});

describe("isMsalPopupWindow", () => {
  it("recognises MSAL's own pop-ups only", () => {
    expect(isMsalPopupWindow({ opener: {}, name: "msal.abc.popup" })).toBe(true);
    expect(isMsalPopupWindow({ opener: null, name: "msal.abc.popup" })).toBe(false);
    expect(isMsalPopupWindow({ opener: {}, name: "" })).toBe(false);
  });
});
