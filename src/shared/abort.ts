/** Builds the error a cancelled call rejects with; each layer passes its own (auth keeps the signal's reason). */
export type CancelledError = (signal: AbortSignal) => Error;

/** The signal's reason when it is an Error, else an AbortError. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException("The operation was aborted.", "AbortError");
}

/**
 * A promise that rejects when `signal` aborts, and a function to stop listening. Without a signal it never
 * settles, which is what `Promise.race` needs.
 */
export function whenAborted(
  signal: AbortSignal | undefined,
  cancelled: CancelledError = abortReason,
): { promise: Promise<never>; dispose: () => void } {
  if (!signal) return { promise: new Promise<never>(() => undefined), dispose: () => undefined };
  let onAbort: () => void = () => undefined;
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(cancelled(signal));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener("abort", onAbort) };
}

/** Waits `ms`, or rejects as soon as `signal` aborts (at once when it already has). */
export async function sleep(
  ms: number,
  signal: AbortSignal | undefined,
  cancelled: CancelledError = abortReason,
): Promise<void> {
  const aborted = whenAborted(signal, cancelled);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), aborted.promise]);
  } finally {
    clearTimeout(timer);
    aborted.dispose();
  }
}

/**
 * Settles with `promise`, or rejects as soon as `signal` aborts. The losing promise is still observed so its later
 * rejection is not reported as unhandled: the caller has already been told. A non-Error rejection is wrapped.
 */
export async function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  cancelled: CancelledError = abortReason,
): Promise<T> {
  if (!signal) return promise;
  promise.catch(() => undefined);
  if (signal.aborted) throw cancelled(signal);
  const aborted = whenAborted(signal, cancelled);
  try {
    return await Promise.race([promise, aborted.promise]);
  } catch (error) {
    throw error instanceof Error ? error : new Error(String(error));
  } finally {
    aborted.dispose();
  }
}
