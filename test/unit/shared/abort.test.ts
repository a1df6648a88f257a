import { abortReason, raceAbort, sleep, whenAborted } from "../../../src/shared/abort";

async function settle(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    return error;
  }
}

describe("sleep", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("resolves after the delay and rejects with the caller's error when aborted before or during", async () => {
    const cancelled = (signal: AbortSignal): Error => new Error(`cancelled: ${String(signal.reason)}`);
    let slept = false;
    void sleep(100, undefined).then(() => (slept = true));
    await jest.advanceTimersByTimeAsync(100);
    expect(slept).toBe(true);
    const before = new AbortController();
    before.abort("early");
    expect(await settle(sleep(100, before.signal, cancelled))).toMatchObject({ message: "cancelled: early" });
    const during = new AbortController();
    const pending = settle(sleep(100, during.signal, cancelled));
    during.abort("late");
    expect(await pending).toMatchObject({ message: "cancelled: late" });
    const finished = new AbortController();
    const done = sleep(10, finished.signal);
    await jest.advanceTimersByTimeAsync(10);
    await expect(done).resolves.toBeUndefined();
  });

  it("rejects with the signal's reason by default, or an AbortError when the reason is not an Error", async () => {
    const reason = new Error("stop");
    expect(await settle(sleep(100, AbortSignal.abort(reason)))).toBe(reason);
    expect(await settle(sleep(100, AbortSignal.abort("text")))).toMatchObject({ name: "AbortError" });
  });
});

describe("whenAborted", () => {
  it("never settles without a signal, and stops listening once disposed", async () => {
    const controller = new AbortController();
    const watched = whenAborted(controller.signal);
    watched.dispose();
    controller.abort();
    const outcome = await Promise.race([watched.promise.then(() => "settled"), Promise.resolve("pending")]);
    expect(outcome).toBe("pending");
    expect(abortReason(controller.signal)).toMatchObject({ name: "AbortError" });
  });
});

describe("raceAbort", () => {
  it("prefers the abort when the signal has already aborted, even for a settled promise", async () => {
    await expect(raceAbort(Promise.resolve(1), AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
  });
});
