import type { GraphTokenRequest } from "../../../../src/shared/graphToken";
import { DROP, graphError, json } from "../support/fakeFetch";
import { createFakeDriveUpload, driveSetup, file, bytes, KIB_320 } from "./support/fakeDrive";

const EMPTY = { value: [] };

beforeEach(() => {
  jest.useFakeTimers({ now: new Date("2024-05-01T10:00:00Z") });
});
afterEach(() => {
  jest.useRealTimers();
});

function sequence(answers: Array<() => Response | typeof DROP>, then: () => Response) {
  return (_request: unknown, index: number) => (index < answers.length ? (answers[index] as () => Response)() : then());
}

describe("drive requests share the client's retry machinery", () => {
  it("waits out a 429 with Retry-After", async () => {
    const { fake, client } = driveSetup(
      sequence([() => graphError(429, "activityLimitReached", "", { "Retry-After": "2" })], () => json(200, EMPTY)),
      { retryPolicy: { maxRetryAfterMs: 60_000 } },
    );
    const result = client.recent();
    await jest.advanceTimersByTimeAsync(1_999);
    expect(fake.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });

  it("backs off on a 429 without Retry-After and on 503", async () => {
    const { fake, client } = driveSetup(
      sequence(
        [() => graphError(429, "activityLimitReached", ""), () => graphError(503, "serviceNotAvailable", "")],
        () => json(200, EMPTY),
      ),
      { retryPolicy: { baseDelayMs: 1_000, floorMs: 500 } },
    );
    const result = client.children();
    await jest.advanceTimersByTimeAsync(499);
    expect(fake.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(fake.requests).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(3);
  });

  it("gives up with throttled once the limit is spent", async () => {
    const { client } = driveSetup(() => graphError(429, "activityLimitReached", "", { "Retry-After": "0" }), {
      retryPolicy: { limit: 2 },
    });
    const result = client.search("x");
    const settled = expect(result).rejects.toMatchObject({
      name: "GraphRequestError",
      reason: "throttled",
      attempts: 3,
    });
    await jest.advanceTimersByTimeAsync(1_000);
    await settled;
  });

  it("refreshes the token once on 401", async () => {
    const { fake, client, tokenRequests } = driveSetup(
      sequence(
        [() => graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.")],
        () => json(201, { link: { type: "view", scope: "organization", webUrl: "https://c.example/l" } }),
      ),
    );
    const result = client.createLink({ id: "x" }, { type: "view", scope: "organization" });
    await jest.advanceTimersByTimeAsync(10);
    await result;
    expect(tokenRequests.map((request: GraphTokenRequest) => request.forceRefresh)).toEqual([false, true]);
    expect(fake.requests.map((request) => request.headers.get("authorization"))).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("a 401 that stays is unauthorized, or consent when Graph says the token has no scope", async () => {
    const { client } = driveSetup(() =>
      graphError(401, "InvalidAuthenticationToken", "Access token validation failure."),
    );
    const result = client.followedSites();
    const settled = expect(result).rejects.toMatchObject({ reason: "unauthorized" });
    await jest.advanceTimersByTimeAsync(10);
    await settled;
    const noScope = driveSetup(() =>
      graphError(401, "AccessDenied", "Either scp or roles claim need to be present in the token."),
    );
    const second = noScope.client.children();
    const settledSecond = expect(second).rejects.toMatchObject({ reason: "consentRequired" });
    await jest.advanceTimersByTimeAsync(10);
    await settledSecond;
  });

  it("retries a dropped connection on a read", async () => {
    const { fake, client } = driveSetup(sequence([() => DROP], () => json(200, EMPTY)));
    const result = client.siteDrives("a,b,c");
    await jest.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });

  it("a throttled upload slice waits for Retry-After, without a token on the retry either", async () => {
    const server = createFakeDriveUpload();
    let throttled = false;
    const { fake, client } = driveSetup(
      (request) => {
        if (request.method === "PUT" && !throttled) {
          throttled = true;
          return graphError(429, "activityLimitReached", "", { "Retry-After": "3" });
        }
        return server.handle(request);
      },
      { retryPolicy: { maxRetryAfterMs: 60_000 } },
    );
    const result = client.uploadFile(file(bytes(KIB_320 + 1)));
    await jest.advanceTimersByTimeAsync(2_999);
    expect(fake.requests.filter((request) => request.method === "PUT")).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(100);
    await result;
    const slices = fake.requests.filter((request) => request.method === "PUT");
    expect(slices).toHaveLength(3);
    expect(slices.every((request) => request.headers.get("authorization") === null)).toBe(true);
  });

  it("gives a large slice more time than the usual request (64 KiB/s at least)", async () => {
    const server = createFakeDriveUpload();
    const { fake, client } = driveSetup(
      (request) => (request.method === "PUT" ? new Promise<Response>(() => undefined) : server.handle(request)),
      { retryPolicy: { timeoutMs: 1_000, limit: 0 }, chunkBytes: 32 * KIB_320 },
    );
    const result = client.uploadFile(file(bytes(32 * KIB_320 + 1)));
    result.catch(() => undefined);
    const slices = () => fake.requests.filter((request) => request.method === "PUT").length;
    await jest.advanceTimersByTimeAsync(100_000);
    expect(slices()).toBe(1);
    // 10 MiB at 64 KiB/s: 160 s; then the session is asked where it stands and the slice is sent again.
    await jest.advanceTimersByTimeAsync(61_000);
    expect(slices()).toBe(2);
    await jest.advanceTimersByTimeAsync(3 * 161_000);
    await expect(result).rejects.toMatchObject({ reason: "timeout" });
  });
});
