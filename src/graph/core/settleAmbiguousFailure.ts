import { GraphRequestError, isGraphRequestError } from "../errors/GraphRequestError";
import { messageFor } from "../errors/mapGraphError";
import type { AttachmentInfo } from "./attachmentInfo";

/** Failures after which Graph may still have stored the attachment (the answer, not the request, was lost). */
const AMBIGUOUS = new Set(["network", "timeout", "server"]);

/**
 * The last word on a create whose final attempt failed ambiguously: the event's list is checked once more, so an
 * attachment Graph did store is reported as created, never as failed (a Retry would then duplicate it). When even
 * that check fails, the outcome is honestly unknown (`outcomeUnknown`), so the UI can ask the organizer to look at
 * the list instead of offering a blind retry. Any other failure is rethrown unchanged, unless an earlier attempt of
 * the same call was itself ambiguous (a lost answer followed by throttling, or by a failed check).
 */
export async function settleAmbiguousFailure(
  error: unknown,
  signal: AbortSignal | undefined,
  findOurs: () => Promise<AttachmentInfo | undefined>,
  /** An earlier attempt already failed in a way that may have stored the attachment, whatever the last error is. */
  earlierAttemptAmbiguous = false,
): Promise<AttachmentInfo> {
  if (!isGraphRequestError(error) || signal?.aborted) throw error;
  if (!earlierAttemptAmbiguous && !AMBIGUOUS.has(error.reason)) throw error;
  let found: AttachmentInfo | undefined;
  try {
    found = await findOurs();
  } catch (checkError) {
    if (signal?.aborted) throw checkError;
    throw new GraphRequestError("outcomeUnknown", messageFor("outcomeUnknown"), {
      status: error.status,
      code: error.code,
      requestId: error.requestId,
      clientRequestId: error.clientRequestId,
      attempts: error.attempts,
      cause: error,
    });
  }
  if (found) return found;
  throw error;
}
