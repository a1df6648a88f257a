import { OfficeHostError } from "../../../src/office";
import { DEFAULT_EVENT_SYNC_WAIT_MS, waitUntilEventVisible } from "../../../src/taskpane/waitUntilEventVisible";

async function settle(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    return error;
  }
}

describe("waitUntilEventVisible", () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse("2030-01-01T00:00:00Z") }));
  afterEach(() => jest.useRealTimers());

  it("returns at once when Graph already sees the event", async () => {
    const probe = jest.fn(() => Promise.resolve("found" as const));
    const onWait = jest.fn();
    await expect(waitUntilEventVisible(probe, { onWait })).resolves.toEqual({ attempts: 1, elapsedMs: 0 });
    expect(onWait).not.toHaveBeenCalled();
  });

  it("finds the event after N tries, backing off 2 s, 4 s, 8 s, 15 s…", async () => {
    const answers = ["notFound", "notFound", "notFound", "notFound", "found"] as const;
    let calls = 0;
    const probe = jest.fn(() => Promise.resolve(answers[calls++] ?? "found"));
    const waits: Array<[number, number, number]> = [];
    const pending = waitUntilEventVisible(probe, { onWait: (...args) => waits.push(args) });
    await jest.advanceTimersByTimeAsync(60_000);
    await expect(pending).resolves.toEqual({ attempts: 5, elapsedMs: 2_000 + 4_000 + 8_000 + 15_000 });
    expect(waits).toEqual([
      [1, 0, 2_000],
      [2, 2_000, 4_000],
      [3, 6_000, 8_000],
      [4, 14_000, 15_000],
    ]);
  });

  it("gives up at the limit with eventNotSynced, never pausing past it", async () => {
    const probe = jest.fn(() => Promise.resolve("notFound" as const));
    const delays: number[] = [];
    const pending = settle(
      waitUntilEventVisible(probe, { maxWaitMs: 20_000, onWait: (_a, _e, next) => delays.push(next) }),
    );
    await jest.advanceTimersByTimeAsync(25_000);
    const error = await pending;
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ reason: "eventNotSynced", attempts: 5, elapsedMs: 20_000 });
    expect((error as Error).message).toMatch(/online mode|Send\/Receive/);
    expect(delays).toEqual([2_000, 4_000, 8_000, 6_000]);
  });

  it("waits three minutes by default, covering slow cached-mode uploads", async () => {
    expect(DEFAULT_EVENT_SYNC_WAIT_MS).toBe(180_000);
    // Graph first sees the meeting 130 s after saving.
    const visibleAt = Date.now() + 130_000;
    const probe = (): Promise<"found" | "notFound"> => Promise.resolve(Date.now() >= visibleAt ? "found" : "notFound");
    const pending = waitUntilEventVisible(probe);
    await jest.advanceTimersByTimeAsync(200_000);
    const result = await pending;
    expect(result.elapsedMs).toBeGreaterThanOrEqual(130_000);
    expect(result.elapsedMs).toBeLessThan(130_000 + 15_000);
  });

  it("stops when cancelled during a pause", async () => {
    const controller = new AbortController();
    const probe = jest.fn(() => Promise.resolve("notFound" as const));
    const pending = settle(waitUntilEventVisible(probe, { signal: controller.signal }));
    await jest.advanceTimersByTimeAsync(3_000);
    controller.abort();
    expect(await pending).toMatchObject({ reason: "cancelled" });
    const calls = probe.mock.calls.length;
    await jest.advanceTimersByTimeAsync(60_000);
    expect(probe).toHaveBeenCalledTimes(calls);
  });

  it("stops before probing when already cancelled, and when the probe fails because of the abort", async () => {
    const controller = new AbortController();
    controller.abort();
    const probe = jest.fn(() => Promise.resolve("found" as const));
    expect(await settle(waitUntilEventVisible(probe, { signal: controller.signal }))).toMatchObject({
      reason: "cancelled",
    });
    expect(probe).not.toHaveBeenCalled();

    const during = new AbortController();
    const aborting = (): Promise<"found"> => {
      during.abort();
      return Promise.reject(new Error("request aborted"));
    };
    expect(await settle(waitUntilEventVisible(aborting, { signal: during.signal }))).toMatchObject({
      reason: "cancelled",
    });
  });

  it("passes on probe errors other than not found", async () => {
    const failure = new Error("403 ErrorAccessDenied");
    expect(await settle(waitUntilEventVisible(() => Promise.reject(failure)))).toBe(failure);
  });

  it("uses an injected clock and sleep", async () => {
    jest.useRealTimers();
    let clock = 0;
    const sleep = jest.fn((ms: number) => {
      clock += ms;
      return Promise.resolve();
    });
    const probe = (): Promise<"found" | "notFound"> => Promise.resolve(clock >= 5_000 ? "found" : "notFound");
    const result = await waitUntilEventVisible(probe, {
      now: () => clock,
      sleep,
      initialDelayMs: 1_000,
      maxDelayMs: 2_000,
    });
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([1_000, 2_000, 2_000]);
    expect(result).toEqual({ attempts: 4, elapsedMs: 5_000 });
  });
});
