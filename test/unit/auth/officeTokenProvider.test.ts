import { AuthError } from "../../../src/auth/AuthError";
import { createOfficeTokenProvider, type OfficeTokenProviderDeps } from "../../../src/auth/officeTokenProvider";
import type { BuildConfig } from "../../../src/config/buildConfig";
import {
  ACCOUNT,
  FakeNestedClient,
  type FakeOfficeOptions,
  fakeMsalModule,
  fakeOffice,
  msalError,
  tokenResult,
} from "./fakes";

const CONFIG: BuildConfig = {
  clientId: "0b1c2d3e-aaaa-bbbb-cccc-000000000001",
  cloud: "global",
  tenant: "organizations",
};
const DIALOG_URL = "https://localhost:3000/dialog.html";
const START = Date.UTC(2025, 0, 6, 9, 0, 0);
const HOUR = 60 * 60 * 1000;
const SCOPES = ["Calendars.ReadWrite"];

function setup(officeOptions: FakeOfficeOptions = {}, overrides: Partial<OfficeTokenProviderDeps> = {}) {
  const client = new FakeNestedClient();
  const msal = fakeMsalModule(client);
  const host = fakeOffice(officeOptions);
  const clock = { now: START, online: true };
  const provider = createOfficeTokenProvider({
    office: host.office,
    loadMsal: msal.load,
    config: CONFIG,
    dialogUrl: DIALOG_URL,
    now: () => clock.now,
    isOnline: () => clock.online,
    ...overrides,
  });
  const expiry = (ms = HOUR) => new Date(clock.now + ms);
  return { client, msal, host, clock, provider, expiry };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error.reason;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("nested app authentication", () => {
  it("returns a silently acquired token for the active account", async () => {
    const { client, provider, expiry } = setup();
    client.active = ACCOUNT;
    client.onSilent = () => Promise.resolve(tokenResult("silent-token", expiry()));

    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("silent-token");
    expect(client.requests).toEqual([
      { method: "acquireTokenSilent", request: { scopes: SCOPES, account: ACCOUNT, forceRefresh: false } },
    ]);
    expect(provider.lastPath).toBe("naa-silent");
  });

  it("loads MSAL only on the first request and creates one client with the cloud's authority", async () => {
    const { client, msal, provider, expiry } = setup();
    client.active = ACCOUNT;
    client.onSilent = () => Promise.resolve(tokenResult("t", expiry()));
    expect(msal.loads).toBe(0);

    await provider.getToken({ scopes: SCOPES });
    await provider.getToken({ scopes: ["Calendars.ReadWrite.Shared"] });

    expect(msal.loads).toBe(1);
    expect(msal.configurations).toEqual([
      {
        auth: {
          clientId: CONFIG.clientId,
          authority: "https://login.microsoftonline.com/organizations",
          redirectUri: DIALOG_URL,
          clientCapabilities: ["CP1"],
        },
        cache: { cacheLocation: "memoryStorage" },
      },
    ]);
  });

  it("uses the national cloud's sign-in root", async () => {
    const { client, msal, provider, expiry } = setup(
      {},
      { config: { ...CONFIG, cloud: "usGovL5DoD", tenant: "contoso.onmicrosoft.us" } },
    );
    client.active = ACCOUNT;
    client.onSilent = () => Promise.resolve(tokenResult("t", expiry()));
    await provider.getToken({ scopes: ["https://dod-graph.microsoft.us/Calendars.ReadWrite"] });
    expect(msal.configurations[0]?.auth.authority).toBe("https://login.microsoftonline.us/contoso.onmicrosoft.us");
    expect(client.requests[0]?.request).toMatchObject({
      scopes: ["https://dod-graph.microsoft.us/Calendars.ReadWrite"],
    });
  });

  it("tries again to create the client after a failed creation", async () => {
    const client = new FakeNestedClient();
    client.active = ACCOUNT;
    client.onSilent = () => Promise.resolve(tokenResult("t", new Date(START + HOUR)));
    let attempts = 0;
    const { office } = fakeOffice();
    const provider = createOfficeTokenProvider({
      office,
      config: CONFIG,
      dialogUrl: DIALOG_URL,
      now: () => START,
      isOnline: () => true,
      loadMsal: () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(Object.assign(new Error("Loading chunk msal failed."), { name: "ChunkLoadError" }))
          : Promise.resolve({ createNestedAppAuthClient: () => Promise.resolve(client) });
      },
    });
    await expect(reasonOf(provider.getToken({ scopes: SCOPES }))).resolves.toBe("unknown");
    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("t");
    expect(attempts).toBe(2);
  });

  it("uses Office's auth context as login hint when MSAL knows no account", async () => {
    const { client, provider, expiry } = setup({
      authContext: { loginHint: "hint@contoso.example", userPrincipalName: "adele@contoso.example", userObjectId: "x" },
    });
    client.onSsoSilent = () => Promise.resolve(tokenResult("sso-token", expiry()));

    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("sso-token");
    expect(client.requests).toEqual([
      { method: "ssoSilent", request: { scopes: SCOPES, loginHint: "hint@contoso.example" } },
    ]);
    expect(client.accountFilters).toEqual([{ username: "adele@contoso.example", localAccountId: "x" }]);
    expect(client.active).toEqual(ACCOUNT);
  });

  it("finds the account Office reports among MSAL's accounts", async () => {
    const other = { ...ACCOUNT, username: "other@contoso.example", localAccountId: "other" };
    const { client, provider, expiry } = setup({
      authContext: { userPrincipalName: ACCOUNT.username, userObjectId: ACCOUNT.localAccountId, tenantId: "tid" },
    });
    client.accounts = [other, ACCOUNT];
    client.onSilent = () => Promise.resolve(tokenResult("t", expiry()));
    await provider.getToken({ scopes: SCOPES });
    expect(client.requests[0]).toMatchObject({ method: "acquireTokenSilent", request: { account: ACCOUNT } });
  });

  it("picks the only account MSAL knows, or the one matching the mailbox address", async () => {
    const first = setup({ authContext: new Error("not supported") });
    first.client.accounts = [ACCOUNT];
    first.client.onSilent = () => Promise.resolve(tokenResult("t", first.expiry()));
    await first.provider.getToken({ scopes: SCOPES });
    expect(first.client.requests[0]).toMatchObject({ method: "acquireTokenSilent", request: { account: ACCOUNT } });

    const other = { ...ACCOUNT, username: "other@contoso.example" };
    const second = setup({ userProfile: { emailAddress: "ADELE.VANCE@contoso.example", accountType: "office365" } });
    second.client.accounts = [other, ACCOUNT];
    second.client.onSilent = () => Promise.resolve(tokenResult("t", second.expiry()));
    await second.provider.getToken({ scopes: SCOPES });
    expect(second.client.requests[0]).toMatchObject({ method: "acquireTokenSilent", request: { account: ACCOUNT } });

    const third = setup({ userProfile: {} });
    third.client.accounts = [other, ACCOUNT];
    third.client.onSsoSilent = () => Promise.resolve(tokenResult("t", third.expiry()));
    await third.provider.getToken({ scopes: SCOPES });
    expect(third.client.requests[0]).toEqual({ method: "ssoSilent", request: { scopes: SCOPES } });
  });

  it("falls back to the mailbox address when getAuthContext fails", async () => {
    const { client, provider, expiry } = setup({ authContext: new Error("getAuthContext is not supported") });
    client.onSsoSilent = () => Promise.resolve(tokenResult("t", expiry()));
    await provider.getToken({ scopes: SCOPES });
    expect(client.requests[0]?.request).toEqual({ scopes: SCOPES, loginHint: "adele.vance@contoso.example" });
  });

  it.each([
    ["InteractionRequiredAuthError", "consent_required", "AADSTS65001: consent needed"],
    ["InteractionRequiredAuthError", "login_required", "AADSTS50058: no user signed in"],
    ["InteractionRequiredAuthError", "2", 'InteractionRequired {"Description":"(pii)"}'],
    ["BrowserAuthError", "no_account_error", "No account object provided"],
  ])("asks through a pop-up when silent sign-in fails with %s %s", async (name, code, text) => {
    const { client, provider, expiry } = setup({ authContext: { loginHint: "adele@contoso.example" } });
    client.onSsoSilent = () => Promise.reject(msalError(name, code, text));
    client.onPopup = () => Promise.resolve(tokenResult("popup-token", expiry()));

    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("popup-token");
    expect(client.methods()).toEqual(["ssoSilent", "acquireTokenPopup"]);
    expect(client.requests[1]?.request).toEqual({ scopes: SCOPES, loginHint: "adele@contoso.example" });
    expect(provider.lastPath).toBe("naa-popup");
    expect(client.active).toEqual(ACCOUNT);
  });

  it.each([
    ["ClientAuthError", "user_canceled", "User cancelled the flow.", "userCancelled"],
    [
      "InteractionRequiredAuthError",
      "invalid_grant",
      "AADSTS65001: The user or administrator has not consented",
      "adminConsentRequired",
    ],
    [
      "InteractionRequiredAuthError",
      "2",
      'InteractionRequired {"Domain":"com.microsoft.oneauth"}',
      "adminConsentRequired",
    ],
    ["ClientAuthError", "no_account_found", "", "noAccount"],
    ["ServerError", "invalid_client", "AADSTS90094: The grant requires admin permission.", "adminConsentRequired"],
  ])("reports a pop-up failure %s %s as %s", async (name, code, text, reason) => {
    const { client, provider } = setup();
    client.onPopup = () => Promise.reject(msalError(name, code, text));
    await expect(reasonOf(provider.getToken({ scopes: SCOPES }))).resolves.toBe(reason);
    expect(provider.lastPath).toBeNull();
  });

  it("does not open a pop-up when the silent call failed for lack of network", async () => {
    const { client, provider } = setup();
    client.onSsoSilent = () => Promise.reject(msalError("ClientAuthError", "no_network_connectivity"));
    await expect(reasonOf(provider.getToken({ scopes: SCOPES }))).resolves.toBe("offline");
    expect(client.methods()).toEqual(["ssoSilent"]);
  });
});

describe("cache, forceRefresh and claims", () => {
  it("reuses a token until shortly before it expires", async () => {
    const { client, clock, provider, expiry } = setup();
    client.active = ACCOUNT;
    let issued = 0;
    client.onSilent = () => Promise.resolve(tokenResult(`token-${++issued}`, expiry(HOUR)));

    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("token-1");
    clock.now += HOUR - 3 * 60 * 1000;
    await expect(provider.getToken({ scopes: ["calendars.readwrite"] })).resolves.toBe("token-1");
    clock.now += 60 * 1000 + 1;
    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("token-2");
    expect(client.requests).toHaveLength(2);
  });

  it("keeps tokens apart by scope set", async () => {
    const { client, provider, expiry } = setup();
    client.active = ACCOUNT;
    client.onSilent = (request) => Promise.resolve(tokenResult(request.scopes.join("+"), expiry()));
    await provider.getToken({ scopes: SCOPES });
    const shared = await provider.getToken({ scopes: ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"] });
    expect(shared).toBe("Calendars.ReadWrite+Calendars.ReadWrite.Shared");
    expect(client.requests).toHaveLength(2);
  });

  it("does not keep a token whose expiry is unknown", async () => {
    const { client, provider } = setup();
    client.active = ACCOUNT;
    client.onSilent = () => Promise.resolve(tokenResult("no-expiry", null));
    await provider.getToken({ scopes: SCOPES });
    await provider.getToken({ scopes: SCOPES });
    expect(client.requests).toHaveLength(2);
  });

  it("skips the cache and passes forceRefresh and claims to MSAL", async () => {
    const { client, provider, expiry } = setup();
    client.active = ACCOUNT;
    let issued = 0;
    client.onSilent = () => Promise.resolve(tokenResult(`token-${++issued}`, expiry()));
    await provider.getToken({ scopes: SCOPES });

    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    await expect(provider.getToken({ scopes: SCOPES, forceRefresh: true, claims })).resolves.toBe("token-2");
    expect(client.requests[1]?.request).toEqual({ scopes: SCOPES, account: ACCOUNT, forceRefresh: true, claims });
    // The refreshed token replaces the cached one.
    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("token-2");
  });

  it("forces a refresh through acquireTokenSilent even when MSAL knows no account", async () => {
    const { client, provider, expiry } = setup();
    client.onSilent = () => Promise.resolve(tokenResult("refreshed", expiry(), null));
    await expect(provider.getToken({ scopes: SCOPES, forceRefresh: true })).resolves.toBe("refreshed");
    expect(client.requests).toEqual([
      { method: "acquireTokenSilent", request: { scopes: SCOPES, forceRefresh: true } },
    ]);
    expect(client.active).toBeNull();
  });

  it("passes claims on to the pop-up when the silent call needs interaction", async () => {
    const { client, provider, expiry } = setup();
    client.active = ACCOUNT;
    client.onSilent = () => Promise.reject(msalError("InteractionRequiredAuthError", "interaction_required"));
    client.onPopup = () => Promise.resolve(tokenResult("t", expiry()));
    await provider.getToken({ scopes: SCOPES, claims: "{}" });
    expect(client.requests[1]?.request).toEqual({
      scopes: SCOPES,
      loginHint: "adele.vance@contoso.example",
      claims: "{}",
    });
  });

  it("shares one sign-in between concurrent callers", async () => {
    const { client, provider, expiry } = setup();
    let release: () => void = () => undefined;
    client.onPopup = () => new Promise((resolve) => (release = () => resolve(tokenResult("shared", expiry()))));
    const first = provider.getToken({ scopes: SCOPES });
    const second = provider.getToken({ scopes: SCOPES });
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await expect(Promise.all([first, second])).resolves.toEqual(["shared", "shared"]);
    expect(client.methods()).toEqual(["ssoSilent", "acquireTokenPopup"]);
  });

  it("forgets tokens and the account on sign-out", async () => {
    const { client, provider, expiry } = setup();
    client.active = ACCOUNT;
    client.onSilent = () => Promise.resolve(tokenResult("t", expiry()));
    client.onSsoSilent = () => Promise.resolve(tokenResult("t2", expiry()));
    await provider.getToken({ scopes: SCOPES });
    await provider.signOut();
    expect(provider.lastPath).toBeNull();
    expect(client.active).toBeNull();
    await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("t2");
    expect(client.methods()).toEqual(["acquireTokenSilent", "ssoSilent"]);
  });

  it("signs out cleanly before any sign-in", async () => {
    const { msal, provider } = setup();
    await expect(provider.signOut()).resolves.toBeUndefined();
    expect(msal.loads).toBe(0);
  });
});

describe("failures before any sign-in", () => {
  it("reports notConfigured without a client id, without loading MSAL", async () => {
    const { msal, provider } = setup({}, { config: { ...CONFIG, clientId: "" } });
    await expect(reasonOf(provider.getToken({ scopes: SCOPES }))).resolves.toBe("notConfigured");
    expect(msal.loads).toBe(0);
  });

  it("reports notConfigured for a malformed tenant", async () => {
    const { provider } = setup({}, { config: { ...CONFIG, tenant: "contoso/../evil" } });
    await expect(reasonOf(provider.getToken({ scopes: SCOPES }))).resolves.toBe("notConfigured");
  });

  it("reports offline when the browser is offline", async () => {
    const { clock, msal, provider } = setup();
    clock.online = false;
    await expect(reasonOf(provider.getToken({ scopes: SCOPES }))).resolves.toBe("offline");
    expect(msal.loads).toBe(0);
  });

  it.each([
    [{ userProfile: { emailAddress: "someone@outlook.com", accountType: "outlookCom" } }],
    [{ userProfile: { emailAddress: "someone@gmail.com", accountType: "gmail" } }],
    [{ authContext: { authorityType: "msa", loginHint: "someone@outlook.com" } }],
  ] as FakeOfficeOptions[][])(
    "reports personalAccountUnsupported for %j with a work-account audience",
    async (options) => {
      const { msal, host, provider } = setup(options);
      await expect(reasonOf(provider.getToken({ scopes: SCOPES }))).resolves.toBe("personalAccountUnsupported");
      expect(msal.loads).toBe(0);
      expect(host.dialogUrls).toEqual([]);
    },
  );

  it("signs personal accounts in through the dialog when the audience accepts them", async () => {
    const { msal, host, provider } = setup(
      { userProfile: { emailAddress: "someone@outlook.com", accountType: "outlookCom" } },
      { config: { ...CONFIG, tenant: "common" } },
    );
    const pending = provider.getToken({ scopes: SCOPES });
    (await host.opened).sendMessage({
      type: "token",
      accessToken: "msa-token",
      expiresOn: START + HOUR,
      account: null,
    });
    await expect(pending).resolves.toBe("msa-token");
    expect(msal.loads).toBe(0);
  });
});
