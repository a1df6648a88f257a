import { OfficeHostError, fromOfficeError, fromThrown } from "./OfficeHostError";
import type { AsyncCallback, OfficeLike } from "./officeHost";

/** Reads (subject, ids, shared properties) answer in well under a second; a host that is silent this long is stuck. */
export const DEFAULT_HOST_TIMEOUT_MS = 15_000;
/** Saving goes to Exchange in online mode and can be slow on a poor connection. */
export const DEFAULT_SAVE_TIMEOUT_MS = 60_000;

export interface HostCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export function cancelledError(operation: string, signal: AbortSignal): OfficeHostError {
  return new OfficeHostError("cancelled", `${operation} was cancelled.`, { operation, cause: signal.reason });
}

/**
 * Calls a callback-style Office method and returns a promise. Whatever happens, the promise settles once: with the
 * value, or with an `OfficeHostError` for a failed result, a synchronous throw, a timeout or an abort. Nothing is
 * ever thrown back into the host's callback. After a timeout a late answer is ignored (a late save still happened).
 */
export function callHost<T>(
  host: OfficeLike,
  operation: string,
  start: (callback: AsyncCallback<T>) => void,
  options: HostCallOptions = {},
): Promise<T> {
  const { signal, timeoutMs = DEFAULT_HOST_TIMEOUT_MS } = options;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelledError(operation, signal));
      return;
    }
    let settled = false;
    const onAbort = (): void => finish(() => reject(cancelledError(operation, signal as AbortSignal)));
    const timer = setTimeout(() => {
      finish(() =>
        reject(new OfficeHostError("timeout", `${operation} did not answer within ${timeoutMs} ms.`, { operation })),
      );
    }, timeoutMs);
    signal?.addEventListener("abort", onAbort, { once: true });

    function finish(settle: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      settle();
    }

    const callback: AsyncCallback<T> = (result) => {
      try {
        if (result?.status === host.AsyncResultStatus.Succeeded) {
          finish(() => resolve(result.value));
        } else {
          finish(() => reject(fromOfficeError(operation, result?.error)));
        }
      } catch (thrown) {
        finish(() => reject(fromThrown(operation, thrown)));
      }
    };

    try {
      start(callback);
    } catch (thrown) {
      finish(() => reject(fromThrown(operation, thrown)));
    }
  });
}

/** Runs a synchronous host call (conversion, requirement checks) and types whatever it throws. */
export function callHostSync<T>(operation: string, run: () => T): T {
  try {
    return run();
  } catch (thrown) {
    throw fromThrown(operation, thrown);
  }
}
