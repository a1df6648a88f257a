import { abortReason, whenAborted } from "../shared/abort";
import { AuthError } from "./AuthError";

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
