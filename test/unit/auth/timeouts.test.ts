import { AuthError } from "../../../src/auth/AuthError";
import { createOfficeTokenProvider, type OfficeTokenProviderDeps } from "../../../src/auth/officeTokenProvider";
import type { MsalResultLike } from "../../../src/auth/msalLike";
import {
  ACCOUNT,
  FakeNestedClient,
  type FakeOfficeOptions,
  fakeMsalModule,
  fakeOffice,
  msalError,
  tokenResult,
} from "./fakes";

const START = Date.UTC(2025, 0, 6, 9, 0, 0);
const SCOPES = ["Calendars.ReadWrite"];
const never = (): Promise<MsalResultLike> => new Promise(() => undefined);

function setup(officeOptions: FakeOfficeOptions = {}, overrides: Partial<OfficeTokenProviderDeps> = {}) {
  const client = new FakeNestedClient();
  const msal = fakeMsalModule(client);
  const host = fakeOffice(officeOptions);
  const provider = createOfficeTokenProvider({
    office: host.office,
    loadMsal: msal.load,
    config: { clientId: "client", cloud: "global", tenant: "organizations" },
    dialogUrl: "https://localhost:3000/dialog.html",
    now: () => START,
    isOnline: () => true,
    timeouts: { silentMs: 10_000, interactiveMs: 120_000, authContextMs: 2_000 },
    ...overrides,
  });
  return { client, host, provider };
}

function settle(promise: Promise<unknown>): { result: () => unknown } {
  let outcome: unknown = "pending";
  promise.then(
    (value) => (outcome = value),
    (error: unknown) => (outcome = error),
  );
  return { result: () => outcome };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it("times out a silent call that never answers, without opening a pop-up", async () => {
  const { client, provider } = setup();
  client.active = ACCOUNT;
  client.onSilent = never;
  const pending = settle(provider.getToken({ scopes: SCOPES }));
  await jest.advanceTimersByTimeAsync(9_999);
  expect(pending.result()).toBe("pending");
  await jest.advanceTimersByTimeAsync(1);
  expect(pending.result()).toBeInstanceOf(AuthError);
  expect(pending.result()).toMatchObject({ reason: "timeout" });
  expect(client.methods()).toEqual(["acquireTokenSilent"]);
});

it("times out a pop-up that never answers", async () => {
  const { client, provider } = setup();
  client.onSsoSilent = () => Promise.reject(msalError("InteractionRequiredAuthError", "login_required"));
  client.onPopup = never;
  const pending = settle(provider.getToken({ scopes: SCOPES }));
  await jest.advanceTimersByTimeAsync(119_999);
  expect(pending.result()).toBe("pending");
  await jest.advanceTimersByTimeAsync(1);
  expect(pending.result()).toMatchObject({ reason: "timeout" });
});

it("times out loading MSAL", async () => {
  const { host } = setup();
  const provider = createOfficeTokenProvider({
    office: host.office,
    loadMsal: () => new Promise(() => undefined),
    config: { clientId: "client", cloud: "global", tenant: "organizations" },
    dialogUrl: "https://localhost:3000/dialog.html",
    timeouts: { silentMs: 10_000 },
    isOnline: () => true,
  });
  const pending = settle(provider.getToken({ scopes: SCOPES }));
  await jest.advanceTimersByTimeAsync(10_000);
  expect(pending.result()).toMatchObject({ reason: "timeout" });
});

it("uses 30 s for silent calls by default", async () => {
  const { client } = setup();
  const host = fakeOffice();
  const provider = createOfficeTokenProvider({
    office: host.office,
    loadMsal: fakeMsalModule(client).load,
    config: { clientId: "client", cloud: "global", tenant: "organizations" },
    dialogUrl: "https://localhost:3000/dialog.html",
    isOnline: () => true,
  });
  client.active = ACCOUNT;
  client.onSilent = never;
  const pending = settle(provider.getToken({ scopes: SCOPES }));
  await jest.advanceTimersByTimeAsync(29_999);
  expect(pending.result()).toBe("pending");
  await jest.advanceTimersByTimeAsync(1);
  expect(pending.result()).toMatchObject({ reason: "timeout" });
});

it("goes on with the mailbox address when getAuthContext hangs", async () => {
  const { client, provider } = setup({ authContext: "hang" });
  client.onSsoSilent = () => Promise.resolve(tokenResult("t", new Date(START + 3_600_000)));
  const pending = settle(provider.getToken({ scopes: SCOPES }));
  await jest.advanceTimersByTimeAsync(1_999);
  expect(client.requests).toHaveLength(0);
  await jest.advanceTimersByTimeAsync(1);
  expect(pending.result()).toBe("t");
  expect(client.requests[0]?.request).toEqual({ scopes: SCOPES, loginHint: "adele.vance@contoso.example" });
});

it("lets one caller abort while another keeps waiting for the same sign-in", async () => {
  const { client, provider } = setup();
  let release: () => void = () => undefined;
  client.onSsoSilent = () =>
    new Promise((resolve) => (release = () => resolve(tokenResult("t", new Date(START + 3_600_000)))));
  const controller = new AbortController();
  const leaving = settle(provider.getToken({ scopes: SCOPES, signal: controller.signal }));
  const staying = settle(provider.getToken({ scopes: SCOPES }));
  await jest.advanceTimersByTimeAsync(0);
  controller.abort();
  await jest.advanceTimersByTimeAsync(0);
  expect(leaving.result()).toMatchObject({ name: "AbortError" });
  release();
  await jest.advanceTimersByTimeAsync(0);
  expect(staying.result()).toBe("t");
  expect(client.requests).toHaveLength(1);
});

it("rejects at once when the signal is already aborted, even with a cached token", async () => {
  const { client, provider } = setup();
  client.active = ACCOUNT;
  client.onSilent = () => Promise.resolve(tokenResult("t", new Date(START + 3_600_000)));
  await expect(provider.getToken({ scopes: SCOPES })).resolves.toBe("t");
  const controller = new AbortController();
  controller.abort();
  await expect(provider.getToken({ scopes: SCOPES, signal: controller.signal })).rejects.toMatchObject({
    name: "AbortError",
  });
  await expect(
    provider.getToken({ scopes: SCOPES, forceRefresh: true, signal: controller.signal }),
  ).rejects.toMatchObject({
    name: "AbortError",
  });
});
