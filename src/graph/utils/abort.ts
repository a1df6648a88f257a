import { raceAbort as raceSignal } from "../../shared/abort";
import { cancelledError } from "../errors/GraphRequestError";

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError(signal.reason);
}

/** Settles with `promise`, or rejects with a Graph `cancelled` error as soon as `signal` aborts. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  return raceSignal(promise, signal, (aborted) => cancelledError(aborted.reason));
}
