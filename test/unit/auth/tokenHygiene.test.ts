import { createOfficeTokenProvider } from "../../../src/auth/officeTokenProvider";
import { runDialogSignIn } from "../../../src/dialog/dialogSignIn";
import { ACCOUNT, FakeNestedClient, fakeMsalModule, fakeOffice, msalError, tokenResult } from "./fakes";

// Tokens shaped like real ones, so any leak is easy to find.
const NAA_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJuYWEifQ.naa-signature-0001";
const POPUP_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJwb3B1cCJ9.popup-signature-0002";
const DIALOG_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJkaWFsb2cifQ.dialog-signature-0003";
const TOKENS = [NAA_TOKEN, POPUP_TOKEN, DIALOG_TOKEN];

class RecordingStorage {
  readonly writes: string[] = [];
  private readonly values = new Map<string, string>();
  get length(): number {
    return this.values.size;
  }
  clear(): void {
    this.values.clear();
  }
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
  setItem(key: string, value: string): void {
    this.writes.push(`${key}=${value}`);
    this.values.set(key, value);
  }
}

const consoleMethods = ["log", "info", "warn", "error", "debug", "trace"] as const;

describe("tokens stay in memory", () => {
  let localStore: RecordingStorage;
  let sessionStore: RecordingStorage;
  let consoleCalls: unknown[][];

  beforeEach(() => {
    localStore = new RecordingStorage();
    sessionStore = new RecordingStorage();
    Object.assign(globalThis, { localStorage: localStore, sessionStorage: sessionStore });
    consoleCalls = [];
    for (const method of consoleMethods) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleCalls.push(args);
      });
    }
  });

  afterEach(() => {
    jest.restoreAllMocks();
    Reflect.deleteProperty(globalThis, "localStorage");
    Reflect.deleteProperty(globalThis, "sessionStorage");
  });

  function leaks(text: string): boolean {
    return TOKENS.some((token) => text.includes(token) || text.includes(encodeURIComponent(token)));
  }

  it("never logs, stores or puts a token in a URL on any sign-in path", async () => {
    const expiry = new Date(Date.now() + 3_600_000);
    // NAA silent, then NAA pop-up after interaction is needed, then the dialog after a blocked pop-up.
    const client = new FakeNestedClient();
    client.active = ACCOUNT;
    client.onSilent = () => Promise.resolve(tokenResult(NAA_TOKEN, expiry));
    const msal = fakeMsalModule(client);
    const host = fakeOffice();
    const provider = createOfficeTokenProvider({
      office: host.office,
      loadMsal: msal.load,
      config: { clientId: "client", cloud: "global", tenant: "organizations" },
      dialogUrl: "https://localhost:3000/dialog.html",
      isOnline: () => true,
    });
    await expect(provider.getToken({ scopes: ["a"] })).resolves.toBe(NAA_TOKEN);

    client.onSilent = () => Promise.reject(msalError("InteractionRequiredAuthError", "interaction_required"));
    client.onPopup = () => Promise.resolve(tokenResult(POPUP_TOKEN, expiry));
    await expect(provider.getToken({ scopes: ["b"] })).resolves.toBe(POPUP_TOKEN);

    client.onPopup = () => Promise.reject(msalError("BrowserAuthError", "popup_window_error"));
    const pending = provider.getToken({ scopes: ["c"], claims: "{}" });
    (await host.opened).sendMessage({
      type: "token",
      accessToken: DIALOG_TOKEN,
      expiresOn: expiry.getTime(),
      account: null,
    });
    await expect(pending).resolves.toBe(DIALOG_TOKEN);

    // A failure carrying a token in its text must not leak it through the error either.
    client.onSilent = () => Promise.reject(msalError("ServerError", "invalid_grant", `bad ${NAA_TOKEN}`));
    client.onPopup = () => Promise.reject(msalError("ServerError", "invalid_grant", `bad ${POPUP_TOKEN}`));
    const failure: unknown = await provider.getToken({ scopes: ["d"] }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ reason: "unknown" });
    expect(leaks(String((failure as Error).message) + String((failure as { detail?: string }).detail))).toBe(false);

    const urls = [...host.dialogUrls, ...msal.configurations.map((configuration) => configuration.auth.redirectUri)];
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.filter(leaks)).toEqual([]);
    expect(JSON.stringify(client.requests).includes("eyJ")).toBe(false);
    expect(localStore.writes).toEqual([]);
    expect(sessionStore.writes).toEqual([]);
    expect(consoleCalls).toEqual([]);
  });

  it("the dialog page hands its token over only through messageParent and clears its session cache", async () => {
    sessionStore.setItem("msal.token.keys.client", DIALOG_TOKEN);
    const sent: string[] = [];
    await runDialogSignIn(
      {
        initialize: () => Promise.resolve(),
        handleRedirectPromise: () => Promise.resolve(tokenResult(DIALOG_TOKEN, null)),
        loginRedirect: () => Promise.resolve(),
      },
      { context: { ui: { messageParent: (message: string) => sent.push(message) } } },
      { search: "" },
      sessionStore,
    );
    expect(sent.filter(leaks)).toHaveLength(1);
    expect(sessionStore.length).toBe(0);
    expect(localStore.writes).toEqual([]);
    expect(consoleCalls).toEqual([]);
  });
});
