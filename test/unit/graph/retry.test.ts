import { createGraphClient, type GraphClientOptions } from "../../../src/graph";
import type { GraphTokenRequest } from "../../../src/shared/graphToken";
import { DROP, ME_EVENT, createFakeFetch, graphError, hang, json, type Handler } from "./support/fakeFetch";

const LIST_OK = { value: [] };

function setup(handler: Handler, options: Partial<GraphClientOptions> = {}) {
  const fake = createFakeFetch(handler);
  const tokenRequests: GraphTokenRequest[] = [];
  const client = createGraphClient({
    getToken: (request) => {
      tokenRequests.push(request);
      return Promise.resolve(`token-${tokenRequests.length}`);
    },
    fetch: fake.fetch,
    random: () => 0,
    ...options,
  });
  return { fake, client, tokenRequests };
}

/** Answers with `failures` in order, then with `success`. */
function sequence(failures: Array<() => Response | typeof DROP>, success: () => Response): Handler {
  return (_request, index) => (index < failures.length ? failures[index]() : success());
}

const throttled =
  (headers: Record<string, string> = {}) =>
  () =>
    graphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", headers);

/** Lets the zero-delay retry after a token refresh run under fake timers. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  await jest.advanceTimersByTimeAsync(10);
  return promise;
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date("2024-05-01T10:00:00Z") });
});
afterEach(() => {
  jest.useRealTimers();
});

describe("Retry-After", () => {
  it("waits the seconds Graph asks for, then sends again", async () => {
    const { fake, client } = setup(sequence([throttled({ "Retry-After": "2" })], () => json(200, LIST_OK)));
    const result = client.listAttachments(ME_EVENT);
    await jest.advanceTimersByTimeAsync(1999);
    expect(fake.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });

  it("accepts decimal seconds", async () => {
    const { fake, client } = setup(sequence([throttled({ "Retry-After": "0.249" })], () => json(200, LIST_OK)));
    const result = client.listAttachments(ME_EVENT);
    await jest.advanceTimersByTimeAsync(248);
    expect(fake.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual([]);
  });

  it("accepts an HTTP date", async () => {
    const at = new Date(Date.now() + 5000).toUTCString();
    const { fake, client } = setup(sequence([throttled({ "Retry-After": at })], () => json(200, LIST_OK)));
    const result = client.listAttachments(ME_EVENT);
    await jest.advanceTimersByTimeAsync(4900);
    expect(fake.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });

  it("cuts a very long Retry-After to maxRetryAfterMs", async () => {
    const { fake, client } = setup(
      sequence([throttled({ "Retry-After": "3600" })], () => json(200, LIST_OK)),
      {
        retry: { maxRetryAfterMs: 10_000 },
      },
    );
    const result = client.listAttachments(ME_EVENT);
    await jest.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });

  it("without Retry-After, backs off exponentially with jitter above a floor", async () => {
    const { fake, client } = setup(
      sequence([throttled(), () => graphError(503, "MailboxInfoStale", "")], () => json(200, LIST_OK)),
      { random: () => 0, retry: { baseDelayMs: 1000, floorMs: 500 } },
    );
    const result = client.listAttachments(ME_EVENT);
    // First retry: step 1000 ms, equal jitter with random 0 → 500 ms.
    await jest.advanceTimersByTimeAsync(499);
    expect(fake.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(fake.requests).toHaveLength(2);
    // Second retry: step 2000 ms → 1000 ms.
    await jest.advanceTimersByTimeAsync(999);
    expect(fake.requests).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual([]);
  });

  it("keeps the floor even when the jittered step would be shorter", async () => {
    const { fake, client } = setup(
      sequence([throttled()], () => json(200, LIST_OK)),
      {
        random: () => 0,
        retry: { baseDelayMs: 100, floorMs: 800 },
      },
    );
    const result = client.listAttachments(ME_EVENT);
    await jest.advanceTimersByTimeAsync(799);
    expect(fake.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual([]);
  });
});

describe("bounds", () => {
  it("gives up after the retry limit with a throttled error that counts the attempts", async () => {
    const { fake, client } = setup(throttled({ "Retry-After": "1" }), { retry: { limit: 3 } });
    const result = client.listAttachments(ME_EVENT);
    const settled = expect(result).rejects.toMatchObject({ reason: "throttled", status: 429, attempts: 4 });
    await jest.advanceTimersByTimeAsync(10_000);
    await settled;
    expect(fake.requests).toHaveLength(4);
  });

  it("starts no retry once the total time budget is spent", async () => {
    const { fake, client } = setup(throttled({ "Retry-After": "3" }), { retry: { limit: 10, totalBudgetMs: 5_000 } });
    const result = client.listAttachments(ME_EVENT);
    const settled = expect(result).rejects.toMatchObject({ reason: "throttled" });
    await jest.advanceTimersByTimeAsync(60_000);
    await settled;
    // t=0 and t=3 s are within the budget; the answer at t=6 s is final.
    expect(fake.requests).toHaveLength(3);
  });

  it("retries 503 and 504 but not 500", async () => {
    const { fake, client } = setup(
      sequence([() => graphError(503, "x", ""), () => graphError(504, "UnknownError", "")], () => json(200, LIST_OK)),
    );
    const result = client.listAttachments(ME_EVENT);
    await jest.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(3);

    const second = setup(() => graphError(500, "ErrorInternalServerError", "An internal server error occurred."));
    await expect(second.client.listAttachments(ME_EVENT)).rejects.toMatchObject({ reason: "server", status: 500 });
    expect(second.fake.requests).toHaveLength(1);
  });

  it("retries a dropped connection on a read", async () => {
    const { fake, client } = setup(sequence([() => DROP], () => json(200, LIST_OK)));
    const result = client.listAttachments(ME_EVENT);
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });

  it("reports network after the retries of a dropped connection run out", async () => {
    const { fake, client } = setup(() => DROP, { retry: { limit: 1 } });
    const result = client.listAttachments(ME_EVENT);
    const settled = expect(result).rejects.toMatchObject({ reason: "network", attempts: 2 });
    await jest.advanceTimersByTimeAsync(5_000);
    await settled;
    expect(fake.requests).toHaveLength(2);
  });

  it("times out a hanging request and reports timeout", async () => {
    const { fake, client } = setup(() => hang(), { retry: { limit: 1, timeoutMs: 1_000 } });
    const result = client.listAttachments(ME_EVENT);
    const settled = expect(result).rejects.toMatchObject({ reason: "timeout" });
    await jest.advanceTimersByTimeAsync(1_000);
    expect(fake.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(5_000);
    await settled;
    expect(fake.requests).toHaveLength(2);
  });

  it("uses the same client-request-id for every retry of one call", async () => {
    const { fake, client } = setup(sequence([throttled({ "Retry-After": "1" })], () => json(200, LIST_OK)));
    const result = client.listAttachments(ME_EVENT);
    await jest.advanceTimersByTimeAsync(1_000);
    await result;
    const [first, second] = fake.requests;
    expect(first.headers.get("client-request-id")).toBe(second.headers.get("client-request-id"));
  });
});

describe("401", () => {
  const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
  const challenge = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${btoa(claims)}"`;

  it("acquires a fresh token once, with the decoded claims challenge, and sends again", async () => {
    const { fake, client, tokenRequests } = setup(
      sequence(
        [
          () =>
            graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.", {
              "WWW-Authenticate": challenge,
            }),
        ],
        () => json(200, LIST_OK),
      ),
    );
    await expect(settle(client.listAttachments(ME_EVENT))).resolves.toEqual([]);
    expect(tokenRequests.map(({ forceRefresh, claims: c }) => ({ forceRefresh, claims: c }))).toEqual([
      { forceRefresh: false, claims: undefined },
      { forceRefresh: true, claims },
    ]);
    expect(fake.requests.map((request) => request.headers.get("authorization"))).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("refreshes without claims when the 401 carries no challenge", async () => {
    const { client, tokenRequests } = setup(
      sequence([() => graphError(401, "InvalidAuthenticationToken", "expired")], () => json(200, LIST_OK)),
    );
    await settle(client.listAttachments(ME_EVENT));
    expect(tokenRequests[1]).toEqual({ forceRefresh: true });
  });

  it("gives up with unauthorized when the fresh token is refused too", async () => {
    const { fake, client, tokenRequests } = setup(() =>
      graphError(401, "InvalidAuthenticationToken", "Invalid audience."),
    );
    await expect(settle(client.listAttachments(ME_EVENT))).rejects.toMatchObject({
      reason: "unauthorized",
      status: 401,
    });
    expect(tokenRequests).toHaveLength(2);
    expect(fake.requests).toHaveLength(2);
  });

  it("reports unauthorized when retries are switched off", async () => {
    const { fake, client } = setup(() => graphError(401, "InvalidAuthenticationToken", "expired"), {
      retry: { limit: 0 },
    });
    await expect(client.listAttachments(ME_EVENT)).rejects.toMatchObject({ reason: "unauthorized" });
    expect(fake.requests).toHaveLength(1);
  });

  it("hands the caller's signal to getToken", async () => {
    const controller = new AbortController();
    const { client, tokenRequests } = setup(() => json(200, LIST_OK));
    await client.listAttachments(ME_EVENT, { signal: controller.signal });
    expect(tokenRequests[0]?.signal).toBe(controller.signal);
  });
});

describe("cancel", () => {
  it("stops while waiting for Retry-After, without another request", async () => {
    const controller = new AbortController();
    const { fake, client } = setup(throttled({ "Retry-After": "30" }));
    const result = client.listAttachments(ME_EVENT, { signal: controller.signal });
    await jest.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await expect(result).rejects.toMatchObject({ reason: "cancelled" });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(fake.requests).toHaveLength(1);
  });

  it("stops a request in flight", async () => {
    const controller = new AbortController();
    const { fake, client } = setup(() => hang());
    const result = client.listAttachments(ME_EVENT, { signal: controller.signal });
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.inFlight()).toBe(1);
    controller.abort();
    await expect(result).rejects.toMatchObject({ reason: "cancelled" });
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.inFlight()).toBe(0);
  });

  it("refuses to start with a signal that is already aborted", async () => {
    const { fake, client } = setup(() => json(200, LIST_OK));
    await expect(client.listAttachments(ME_EVENT, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      reason: "cancelled",
    });
    expect(fake.requests).toHaveLength(0);
  });
});
