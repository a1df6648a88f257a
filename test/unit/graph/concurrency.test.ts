import { createGraphClient } from "../../../src/graph";
import { createMailboxLimiter } from "../../../src/graph/core/mailboxLimiter";
import { ME_EVENT, createFakeFetch, json, staticToken } from "./support/fakeFetch";

/** A fetch whose answers the test releases one by one. */
function gatedFetch() {
  const gates: Array<() => void> = [];
  const fake = createFakeFetch(
    () =>
      new Promise<Response>((resolve) => {
        gates.push(() => resolve(json(200, { value: [] })));
      }),
  );
  return { fake, release: () => gates.shift()?.() };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("per-mailbox concurrency", () => {
  it("runs four requests at once; the fifth waits for a free slot", async () => {
    const { fake, release } = gatedFetch();
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const calls = Array.from({ length: 5 }, () => client.listAttachments(ME_EVENT));
    await flush();
    expect(fake.requests).toHaveLength(4);
    expect(fake.inFlight()).toBe(4);
    release();
    await flush();
    expect(fake.requests).toHaveLength(5);
    for (let i = 0; i < 4; i += 1) release();
    await expect(Promise.all(calls)).resolves.toHaveLength(5);
  });

  it("serves queued calls first come, first served", async () => {
    const { fake, release } = gatedFetch();
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch, maxConcurrentPerMailbox: 1 });
    const events = ["E1", "E2", "E3"];
    const calls = events.map((eventId) => client.listAttachments({ mailbox: { kind: "me" }, eventId }));
    for (let i = 0; i < events.length; i += 1) {
      await flush();
      release();
    }
    await Promise.all(calls);
    expect(fake.requests.map((request) => new URL(request.url).pathname.split("/")[4])).toEqual(events);
  });

  it("keeps separate queues for separate mailboxes", async () => {
    const { fake, release } = gatedFetch();
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const other = { mailbox: { kind: "user" as const, idOrUpn: "megan.bowen@contoso.example" }, eventId: "E" };
    const calls = [...Array.from({ length: 4 }, () => client.listAttachments(ME_EVENT)), client.listAttachments(other)];
    await flush();
    expect(fake.requests).toHaveLength(5);
    for (let i = 0; i < 5; i += 1) release();
    await Promise.all(calls);
  });

  it("releases a cancelled queued call at once and never sends it", async () => {
    const { fake, release } = gatedFetch();
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const running = Array.from({ length: 4 }, () => client.listAttachments(ME_EVENT));
    const controller = new AbortController();
    const queued = client.listAttachments(ME_EVENT, { signal: controller.signal });
    await flush();
    controller.abort();
    await expect(queued).rejects.toMatchObject({ reason: "cancelled" });
    for (let i = 0; i < 4; i += 1) release();
    await Promise.all(running);
    await flush();
    expect(fake.requests).toHaveLength(4);
  });
});

describe("createMailboxLimiter", () => {
  it("reports its load and forgets idle mailboxes", async () => {
    const limiter = createMailboxLimiter(1);
    let finish: () => void = () => undefined;
    const first = limiter.run("k", undefined, () => new Promise<void>((resolve) => (finish = resolve)));
    const second = limiter.run("k", undefined, () => Promise.resolve("done"));
    await flush();
    expect(limiter.load("k")).toEqual({ active: 1, pending: 1 });
    finish();
    await first;
    await expect(second).resolves.toBe("done");
    await flush();
    expect(limiter.load("k")).toEqual({ active: 0, pending: 0 });
  });

  it("passes a task's failure to its caller", async () => {
    const limiter = createMailboxLimiter(2);
    await expect(limiter.run("k", undefined, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run("k", AbortSignal.abort(), () => Promise.resolve(1))).rejects.toMatchObject({
      reason: "cancelled",
    });
  });
});
