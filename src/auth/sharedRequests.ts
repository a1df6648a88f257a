import { abortReason, whenAborted } from "../shared/abort";

interface Shared<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/**
 * Lets concurrent callers asking for the same thing share one sign-in: the Graph client sends several
 * requests at once, and two pop-ups or dialogs would fail (`interaction_in_progress`, dialog 12007).
 * A caller that aborts stops waiting; the shared work is aborted only when every caller has left.
 */
export class SharedRequests<T> {
  private readonly inFlight = new Map<string, Shared<T>>();

  async run(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) throw abortReason(signal);
    const shared = this.inFlight.get(key) ?? this.begin(key, start);
    shared.waiters += 1;
    const aborted = whenAborted(signal);
    try {
      return await Promise.race([shared.promise, aborted.promise]);
    } catch (error) {
      if (signal?.aborted) this.leave(key, shared, abortReason(signal));
      throw error;
    } finally {
      aborted.dispose();
    }
  }

  private begin(key: string, start: (signal: AbortSignal) => Promise<T>): Shared<T> {
    const controller = new AbortController();
    const shared: Shared<T> = { promise: start(controller.signal), controller, waiters: 0 };
    this.inFlight.set(key, shared);
    const forget = (): void => this.forget(key, shared);
    // Every waiter gets the outcome through its own race above; this branch only clears the entry.
    shared.promise.then(forget, forget);
    return shared;
  }

  private leave(key: string, shared: Shared<T>, reason: Error): void {
    shared.waiters -= 1;
    if (shared.waiters > 0) return;
    this.forget(key, shared);
    shared.controller.abort(reason);
  }

  private forget(key: string, shared: Shared<T>): void {
    if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
  }
}
