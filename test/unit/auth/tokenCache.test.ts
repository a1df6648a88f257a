import { TokenCache } from "../../../src/auth/tokenCache";

describe("TokenCache", () => {
  let now = 1_000_000;
  const cache = new TokenCache(() => now, 60_000);

  beforeEach(() => {
    now = 1_000_000;
    cache.clear();
  });

  it("returns a token until the margin before expiry", () => {
    cache.set(["Calendars.ReadWrite"], "t", now + 120_000);
    expect(cache.get(["calendars.readwrite"])).toBe("t");
    now += 59_999;
    expect(cache.get(["Calendars.ReadWrite"])).toBe("t");
    now += 1;
    expect(cache.get(["Calendars.ReadWrite"])).toBeUndefined();
    // The expired entry is gone even if the clock went back.
    now -= 10_000;
    expect(cache.get(["Calendars.ReadWrite"])).toBeUndefined();
  });

  it("does not keep tokens without expiry, and forgets all on clear", () => {
    cache.set(["a"], "no-expiry", null);
    expect(cache.get(["a"])).toBeUndefined();
    cache.set(["a"], "t", now + 3_600_000);
    cache.clear();
    expect(cache.get(["a"])).toBeUndefined();
  });

  it("uses a two-minute margin by default", () => {
    const defaults = new TokenCache(() => now);
    defaults.set(["a"], "t", now + 120_001);
    expect(defaults.get(["a"])).toBe("t");
    now += 1;
    expect(defaults.get(["a"])).toBeUndefined();
  });
});
