/**
 * Base of every error the layers throw on purpose (Graph, sign-in, the Outlook host, the taskpane's own checks):
 * a stable `reason` the taskpane translates into the organizer's language, and a message for logs and support.
 * Each layer lists its reasons as a constant array with the union type derived from it, so a test can check that
 * every reason has a message in every language.
 */
export abstract class ReasonedError<Reason extends string = string> extends Error {
  readonly reason: Reason;

  protected constructor(reason: Reason, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
  }
}

/**
 * The one test for "the organizer (or the pane) cancelled this": every layer rejects a cancelled call with its
 * own error whose reason is `cancelled`; a plain AbortError (a signal's default reason) counts too.
 */
export function isCancellation(error: unknown): boolean {
  if (error instanceof ReasonedError) return error.reason === "cancelled";
  return error instanceof DOMException && error.name === "AbortError";
}
