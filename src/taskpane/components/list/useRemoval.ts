import { useCallback, useState } from "react";
import { useIntl } from "react-intl";
import type { AttachmentInfo } from "../../../graph";
import type { ReadyEvent } from "../../../office";
import { describeError } from "../../describeError";
import { useAttachSession } from "../../session/sessionContext";

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
 * Remove-with-confirmation: `ask` opens it, `confirm` deletes through the session (which counts a 404 as removed
 * and reloads the list).
 */
export function useRemoval(event: ReadyEvent | null, onRemoved: (attachment: AttachmentInfo) => void): Removal {
  const session = useAttachSession();
  const intl = useIntl();
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
    void session
      .removeAttachment(event, attachment)
      .then(
        () => {
          setPending(null);
          onRemoved(attachment);
        },
        (failure: unknown) => setError(describeError(failure, intl).message),
      )
      .finally(() => setBusy(false));
  }, [pending, event, busy, session, onRemoved, intl]);

  return { pending, busy, error, ask, cancel, confirm };
}
