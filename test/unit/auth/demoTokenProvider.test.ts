import { createDemoTokenProvider } from "../../../dev/auth/demoTokenProvider";
import { DEMO_CALENDAR_OWNER, readDemoToken } from "../../../dev/shared/demoIdentity";
import { AuthError } from "../../../src/auth/AuthError";
import { AUTH_FAILURE_REASONS } from "../../../src/auth/reasons";

const START = Date.UTC(2025, 0, 6, 9);

describe("demo token provider", () => {
  it("issues demo tokens for the organizer with the requested scopes and a one-hour expiry", async () => {
    const provider = createDemoTokenProvider({ now: () => START });
    expect(provider.lastPath).toBeNull();
    const token = await provider.getToken({ scopes: ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"] });
    expect(readDemoToken(token)).toEqual({
      oid: "cd209b0b-3f83-4c35-82d2-d88a61820480",
      upn: "adele.vance@contoso.example",
      scp: "Calendars.ReadWrite Calendars.ReadWrite.Shared",
      exp: (START + 3_600_000) / 1000,
      aud: "https://graph.microsoft.com",
    });
    expect(provider.lastPath).toBe("demo");
  });

  it("signs in another demo user when asked", async () => {
    const provider = createDemoTokenProvider({ user: DEMO_CALENDAR_OWNER, now: () => START });
    expect(readDemoToken(await provider.getToken({ scopes: ["a"] }))?.upn).toBe(DEMO_CALENDAR_OWNER.upn);
  });

  it("reuses a token until it expires, and renews on forceRefresh, claims or expiry", async () => {
    let now = START;
    const provider = createDemoTokenProvider({ now: () => now, tokenLifetimeMs: 5_000 });
    const first = await provider.getToken({ scopes: ["a"] });
    expect(await provider.getToken({ scopes: ["A"] })).toBe(first);
    expect(provider.issuedCount).toBe(1);
    now += 1_000;
    expect(await provider.getToken({ scopes: ["a"], forceRefresh: true })).not.toBe(first);
    now += 1_000;
    await provider.getToken({ scopes: ["a"], claims: "{}" });
    expect(provider.issuedCount).toBe(3);
    now += 4_999;
    await provider.getToken({ scopes: ["a"] });
    expect(provider.issuedCount).toBe(3);
    now += 1;
    await provider.getToken({ scopes: ["a"] });
    expect(provider.issuedCount).toBe(4);
  });

  it("can issue an already expired token once, for the 401 refresh path", async () => {
    const provider = createDemoTokenProvider({ now: () => START });
    provider.expireNextToken();
    const stale = readDemoToken(await provider.getToken({ scopes: ["a"] }));
    expect(stale?.exp).toBeLessThan(START / 1000);
    const fresh = readDemoToken(await provider.getToken({ scopes: ["a"] }));
    expect(fresh?.exp).toBe((START + 3_600_000) / 1000);
  });

  it.each(AUTH_FAILURE_REASONS)("fails the next call with %s when asked, then works again", async (reason) => {
    const provider = createDemoTokenProvider({ now: () => START });
    await provider.getToken({ scopes: ["a"] });
    provider.failNext(reason, "shown by the demo");
    const failure: unknown = await provider.getToken({ scopes: ["a"] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ reason, detail: "shown by the demo" });
    await expect(provider.getToken({ scopes: ["a"] })).resolves.toEqual(expect.any(String));
  });

  it("forgets tokens on sign-out", async () => {
    const provider = createDemoTokenProvider({ now: () => START });
    await provider.getToken({ scopes: ["a"] });
    await provider.signOut();
    expect(provider.lastPath).toBeNull();
    await provider.getToken({ scopes: ["a"] });
    expect(provider.issuedCount).toBe(2);
  });

  describe("simulated delay", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("waits the configured delay before answering", async () => {
      const provider = createDemoTokenProvider({ now: () => START, delayMs: 800 });
      let token: string | undefined;
      void provider.getToken({ scopes: ["a"] }).then((value) => (token = value));
      await jest.advanceTimersByTimeAsync(799);
      expect(token).toBeUndefined();
      await jest.advanceTimersByTimeAsync(1);
      expect(token).toEqual(expect.any(String));
    });

    it("stops waiting when aborted", async () => {
      const provider = createDemoTokenProvider({ now: () => START, delayMs: 800 });
      const controller = new AbortController();
      const pending = provider.getToken({ scopes: ["a"], signal: controller.signal });
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: "AbortError" });
      await expect(provider.getToken({ scopes: ["a"], signal: controller.signal })).rejects.toMatchObject({
        name: "AbortError",
      });
      expect(provider.issuedCount).toBe(0);
    });
  });
});
