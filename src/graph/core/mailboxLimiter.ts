import pLimit, { type LimitFunction } from "p-limit";
import { cancelledError } from "../errors/GraphRequestError";
import { raceAbort, throwIfCancelled } from "../utils/abort";

/** Runs tasks with at most `concurrency` in flight per key, first come first served. */
export interface MailboxLimiter {
  run<T>(key: string, signal: AbortSignal | undefined, task: () => Promise<T>): Promise<T>;
  /** In flight and waiting, for one key (tests and diagnostics). */
  load(key: string): { active: number; pending: number };
}

/**
 * One p-limit queue per mailbox. A cancelled caller is released at once; its queued task, when its turn comes,
 * returns without sending, so it never holds a slot.
 */
export function createMailboxLimiter(concurrency: number): MailboxLimiter {
  const queues = new Map<string, LimitFunction>();

  const queueFor = (key: string): LimitFunction => {
    let limit = queues.get(key);
    if (!limit) {
      limit = pLimit(concurrency);
      queues.set(key, limit);
    }
    return limit;
  };

  return {
    run(key, signal, task) {
      if (signal?.aborted) return Promise.reject(cancelledError(signal.reason));
      const limit = queueFor(key);
      const queued = limit(async () => {
        throwIfCancelled(signal);
        return task();
      }).finally(() => {
        if (limit.activeCount === 0 && limit.pendingCount === 0 && queues.get(key) === limit) queues.delete(key);
      });
      return raceAbort(queued, signal);
    },
    load(key) {
      const limit = queues.get(key);
      return { active: limit?.activeCount ?? 0, pending: limit?.pendingCount ?? 0 };
    },
  };
}
