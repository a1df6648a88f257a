import { AuthError } from "./AuthError";

/** The error a cancelled call rejects with: the signal's reason when it is an Error, else an AbortError. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException("The operation was aborted.", "AbortError");
}

/**
 * A promise that rejects when `signal` aborts, and a function to stop listening. Without a signal it never
 * settles, which is what `Promise.race` needs.
 */
export function whenAborted(signal: AbortSignal | undefined): { promise: Promise<never>; dispose: () => void } {
  if (!signal) return { promise: new Promise<never>(() => undefined), dispose: () => undefined };
  let onAbort: () => void = () => undefined;
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortReason(signal));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener("abort", onAbort) };
}

/**
 * Runs `work` with a deadline and the caller's abort signal. MSAL and Office calls cannot be cancelled, so on
 * timeout or abort this stops waiting (and aborts the signal given to `work`, which closes a dialog); the
 * organizer gets a `timeout` AuthError instead of an endless spinner.
 */
export async function runWithDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  options: { timeoutMs: number; signal?: AbortSignal; what: string },
): Promise<T> {
  if (options.signal?.aborted) throw abortReason(options.signal);
  const controller = new AbortController();
  const aborted = whenAborted(options.signal);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AuthError("timeout", { detail: `${options.what}: no answer within ${options.timeoutMs} ms` })),
      options.timeoutMs,
    );
  });
  try {
    return await Promise.race([work(controller.signal), timedOut, aborted.promise]);
  } catch (error) {
    controller.abort(error);
    throw error;
  } finally {
    clearTimeout(timer);
    aborted.dispose();
  }
}

/** Waits `ms`, or rejects when `signal` aborts first. */
export async function delay(ms: number, signal?: AbortSignal): Promise<void> {
  const aborted = whenAborted(signal);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), aborted.promise]);
  } finally {
    clearTimeout(timer);
    aborted.dispose();
  }
}
