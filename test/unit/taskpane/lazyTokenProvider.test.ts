import type { TokenProvider, TokenRequest } from "../../../src/auth";
import { lazyTokenProvider } from "../../../src/taskpane/lazyTokenProvider";

function fakeProvider(): TokenProvider & { requests: TokenRequest[]; signedOut: number } {
  const requests: TokenRequest[] = [];
  return {
    requests,
    signedOut: 0,
    lastPath: "naa-silent",
    getToken(request) {
      requests.push(request);
      return Promise.resolve(`token-${requests.length}`);
    },
    signOut() {
      this.signedOut += 1;
      return Promise.resolve();
    },
  };
}

test("loads the real provider once, on the first request, and passes requests through", async () => {
  const real = fakeProvider();
  const load = jest.fn(() => Promise.resolve(real));
  const tokens = lazyTokenProvider(load);
  expect(load).not.toHaveBeenCalled();
  expect(tokens.lastPath).toBeNull();
  const [first, second] = await Promise.all([
    tokens.getToken({ scopes: ["Calendars.ReadWrite"] }),
    tokens.getToken({ scopes: ["Calendars.ReadWrite"], forceRefresh: true }),
  ]);
  expect([first, second]).toEqual(["token-1", "token-2"]);
  expect(load).toHaveBeenCalledTimes(1);
  expect(real.requests[1]?.forceRefresh).toBe(true);
  expect(tokens.lastPath).toBe("naa-silent");
});

test("a failed load is retried by the next request", async () => {
  const real = fakeProvider();
  const load = jest.fn().mockRejectedValueOnce(new Error("chunk failed")).mockResolvedValue(real);
  const tokens = lazyTokenProvider(load);
  await expect(tokens.getToken({ scopes: ["x"] })).rejects.toThrow("chunk failed");
  await expect(tokens.getToken({ scopes: ["x"] })).resolves.toBe("token-1");
  expect(load).toHaveBeenCalledTimes(2);
});

test("sign-out before any sign-in loads nothing; after one it signs the real provider out", async () => {
  const real = fakeProvider();
  const load = jest.fn(() => Promise.resolve(real));
  const tokens = lazyTokenProvider(load);
  await tokens.signOut();
  expect(load).not.toHaveBeenCalled();
  await tokens.getToken({ scopes: ["x"] });
  await tokens.signOut();
  expect(real.signedOut).toBe(1);
});
