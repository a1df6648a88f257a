import { OfficeHostError, cancelledError } from "../office";
import { sleep as sleepUnlessAborted } from "../shared/abort";

export type EventProbe = (signal: AbortSignal | undefined) => Promise<"found" | "notFound">;

export interface WaitUntilEventVisibleOptions {
  /** Called before each pause: the attempt that just missed, time spent so far and the coming pause. */
  onWait?: (attempt: number, elapsedMs: number, nextDelayMs: number) => void;
  signal?: AbortSignal;
  /**
   * How long to keep asking. Classic Outlook in cached Exchange mode has been seen to take from 30 s to over two
   * minutes to upload a saved meeting; the default, 180 s, covers that with some margin.
   */
  maxWaitMs?: number;
  /** First pause; it doubles after each miss up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

const operation = "waitUntilEventVisible";

export const DEFAULT_EVENT_SYNC_WAIT_MS = 180_000;
const DEFAULT_INITIAL_DELAY_MS = 2_000;
const DEFAULT_MAX_DELAY_MS = 15_000;

export interface EventVisible {
  attempts: number;
  elapsedMs: number;
}

/**
 * Asks Graph (through `probe`) until it sees the event, pausing with exponential backoff in between. Throws
 * `OfficeHostError` `eventNotSynced` when the limit passes (tell the organizer to switch Outlook to online mode,
 * press Send/Receive, or wait and try again) and `cancelled` when the signal aborts. Errors from the probe other
 * than "not found" are not retried here.
 */
export async function waitUntilEventVisible(
  probe: EventProbe,
  options: WaitUntilEventVisibleOptions = {},
): Promise<EventVisible> {
  const {
    onWait,
    signal,
    maxWaitMs = DEFAULT_EVENT_SYNC_WAIT_MS,
    initialDelayMs = DEFAULT_INITIAL_DELAY_MS,
    maxDelayMs = DEFAULT_MAX_DELAY_MS,
    now = Date.now,
    sleep = cancellableSleep,
  } = options;
  const startedAt = now();
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw cancelledError(operation, signal);
    let answer: "found" | "notFound";
    try {
      answer = await probe(signal);
    } catch (error) {
      if (signal?.aborted) throw cancelledError(operation, signal);
      throw error;
    }
    const elapsedMs = now() - startedAt;
    if (answer === "found") return { attempts: attempt, elapsedMs };
    const remainingMs = maxWaitMs - elapsedMs;
    if (remainingMs <= 0) {
      throw new OfficeHostError(
        "eventNotSynced",
        `Graph still does not see the saved meeting after ${Math.round(elapsedMs / 1000)} s. Outlook may be in ` +
          "cached mode: switch to online mode or press Send/Receive, then try again.",
        { operation, attempts: attempt, elapsedMs },
      );
    }
    const nextDelayMs = Math.min(initialDelayMs * 2 ** (attempt - 1), maxDelayMs, remainingMs);
    onWait?.(attempt, elapsedMs, nextDelayMs);
    await sleep(nextDelayMs, signal);
  }
}

function cancellableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return sleepUnlessAborted(ms, signal, (aborted) => cancelledError(operation, aborted));
}
