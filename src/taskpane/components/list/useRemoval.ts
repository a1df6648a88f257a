import { useCallback, useState } from "react";
import { isGraphRequestError, type AttachmentInfo } from "../../../graph";
import type { ReadyEvent } from "../../../office";
import type { AttachTarget } from "../../attachTarget";

export interface Removal {
  /** The attachment waiting for the organizer's confirmation; null when none is. */
  pending: AttachmentInfo | null;
  busy: boolean;
  /** Why the last attempt failed, in the organizer's language; the dialog stays open to retry or cancel. */
  error: string | null;
  ask: (attachment: AttachmentInfo) => void;
  cancel: () => void;
  confirm: () => void;
}

/**
 * Remove-with-confirmation: `ask` opens it, `confirm` deletes through Graph. A 404 counts as removed: the client
 * repeats a DELETE whose answer was lost, and the repeat finds the attachment already gone.
 */
export function useRemoval(
  target: Pick<AttachTarget, "graphFor" | "describeError" | "onRemoved">,
  event: ReadyEvent | null,
  onRemoved: (attachment: AttachmentInfo) => void,
): Removal {
  const [pending, setPending] = useState<AttachmentInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ask = useCallback((attachment: AttachmentInfo) => {
    setError(null);
    setPending(attachment);
  }, []);

  const cancel = useCallback(() => {
    setError(null);
    setPending(null);
  }, []);

  const confirm = useCallback(() => {
    if (!pending || !event || busy) return;
    const attachment = pending;
    setBusy(true);
    setError(null);
    void target
      .graphFor(event)
      .deleteAttachment(event.ref, attachment.id)
      .catch((failure: unknown) => {
        if (!isGraphRequestError(failure, "notFound")) throw failure;
      })
      .then(
        () => {
          setPending(null);
          onRemoved(attachment);
          target.onRemoved(attachment.id);
        },
        (failure: unknown) => setError(target.describeError(failure).message),
      )
      .finally(() => setBusy(false));
  }, [pending, event, busy, target, onRemoved]);

  return { pending, busy, error, ask, cancel, confirm };
}
