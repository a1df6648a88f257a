import { argumentError, type SimulatedOfficeError } from "./officeErrors";

/**
 * The callback convention of Outlook's `…Async` methods: `(callback)`, `(options, callback)` or the legacy
 * `(callback, userContext)`; results always arrive asynchronously, never inside the call.
 */
export type Callback<T> = (result: Office.AsyncResult<T>) => void;

export interface ParsedAsyncArgs<T> {
  asyncContext: unknown;
  callback: Callback<T> | undefined;
}

export function parseAsyncArgs<T>(args: readonly unknown[], callbackRequired: boolean): ParsedAsyncArgs<T> {
  const [first, second] = args;
  let asyncContext: unknown;
  let callback: unknown;
  if (typeof first === "function") {
    callback = first;
    asyncContext = second;
  } else if (first === undefined || (typeof first === "object" && first !== null)) {
    asyncContext = (first as { asyncContext?: unknown } | undefined)?.asyncContext;
    callback = second;
  } else {
    throw argumentError("Sys.ArgumentTypeException", "options");
  }
  if (callback !== undefined && typeof callback !== "function") {
    throw argumentError("Sys.ArgumentTypeException", "callback");
  }
  if (callbackRequired && callback === undefined) throw argumentError("Sys.ArgumentNullException", "callback");
  return { asyncContext, callback: callback as Callback<T> | undefined };
}

// The hosts use these strings at run time; @types/office-js declares the enum as numeric.
export const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;
export const FAILED = "failed" as unknown as Office.AsyncResultStatus;

export function succeeded<T>(value: T, asyncContext: unknown): Office.AsyncResult<T> {
  const result: Omit<Office.AsyncResult<T>, "error"> = {
    status: SUCCEEDED,
    value,
    asyncContext,
    diagnostics: undefined,
  };
  // As in the real host, a successful result has no `error` property at all.
  return result as Office.AsyncResult<T>;
}

export function failed<T>(error: SimulatedOfficeError, asyncContext: unknown): Office.AsyncResult<T> {
  return {
    status: FAILED,
    value: undefined as T,
    error: { code: error.code, name: error.name, message: error.message },
    asyncContext,
    diagnostics: undefined,
  };
}

/** Schedules the callback as a separate task, the way results come back from the host's message channel. */
export function deliver<T>(
  callback: Callback<T> | undefined,
  result: Office.AsyncResult<T> | Promise<Office.AsyncResult<T>>,
  latencyMs: number,
): void {
  if (!callback) return;
  void Promise.resolve(result).then((settled) => {
    setTimeout(() => callback(settled), latencyMs);
  });
}
