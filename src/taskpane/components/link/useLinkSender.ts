import { useCallback, useEffect, useRef, useState } from "react";
import type { AttachmentInfo, LinkAttachmentInput } from "../../../graph";
import { useAttachTarget } from "../../attachTarget";
import type { DescribedError } from "../../describeError";

export type LinkSendOutcome =
  | { status: "attached"; attachment: AttachmentInfo }
  | { status: "declined" }
  | { status: "cancelled" }
  | { status: "failed"; error: DescribedError };

export interface LinkSender {
  sending: boolean;
  /** Finds (or, with the organizer's consent, saves) the meeting and attaches the link; never rejects. */
  send: (input: LinkAttachmentInput) => Promise<LinkSendOutcome>;
  cancel: () => void;
}

/** Sends one link at a time through the taskpane's attach target, cancellably. */
export function useLinkSender(): LinkSender {
  const target = useAttachTarget();
  const [sending, setSending] = useState(false);
  const controller = useRef<AbortController | null>(null);

  // A form that goes away stops its request rather than attaching behind the organizer's back.
  useEffect(() => () => controller.current?.abort(), []);

  const send = useCallback(
    async (input: LinkAttachmentInput): Promise<LinkSendOutcome> => {
      const current = new AbortController();
      controller.current = current;
      setSending(true);
      try {
        const event = await target.ensureEvent();
        if (!event) return { status: "declined" };
        current.signal.throwIfAborted();
        const attachment = await target.graphFor(event).attachLink(event.ref, input, { signal: current.signal });
        target.onAttached(attachment);
        return { status: "attached", attachment };
      } catch (error) {
        if (current.signal.aborted || target.isCancellation(error)) return { status: "cancelled" };
        return { status: "failed", error: target.describeError(error) };
      } finally {
        if (controller.current === current) controller.current = null;
        setSending(false);
      }
    },
    [target],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { sending, send, cancel };
}
