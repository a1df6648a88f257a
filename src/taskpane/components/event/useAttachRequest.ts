import { useCallback, useEffect, useRef, useState } from "react";
import { useIntl } from "react-intl";
import type { AttachmentInfo } from "../../../graph";
import { useAttachTarget, type WindowAttachment } from "../../attachTarget";
import type { DescribedError } from "../../describeError";

export type AttachRequestState =
  | { status: "idle" }
  | { status: "sending" }
  | { status: "declined" }
  | { status: "cancelled" }
  | { status: "failed"; error: DescribedError }
  | { status: "attached"; name: string; where: "server" | "window" };

/**
 * Sends one attachment, to the event on the server or to the open meeting window: null means the organizer
 * declined to save (nothing was sent).
 */
export type AttachTask = (signal: AbortSignal) => Promise<AttachmentInfo | WindowAttachment | null>;

export interface AttachRequest {
  state: AttachRequestState;
  /**
   * The polite live region's text for a success or a cancellation. Failures and a declined save are shown in a
   * MessageBar, which announces itself.
   */
  announcement: string;
  run: (send: AttachTask) => Promise<AttachmentInfo | WindowAttachment | null>;
  cancel: () => void;
  reset: () => void;
}

/**
 * The life of one Attach press, shared by both ways of attaching an event: one request at a time, cancellable,
 * told to the taskpane on success and described in the organizer's language on failure. Resolves with the
 * attachment so the caller can clear its inputs, and only then.
 */
export function useAttachRequest(): AttachRequest {
  const target = useAttachTarget();
  const intl = useIntl();
  const [state, setState] = useState<AttachRequestState>({ status: "idle" });
  const [announcement, setAnnouncement] = useState("");
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (send: AttachTask): Promise<AttachmentInfo | WindowAttachment | null> => {
      if (controller.current) return null;
      const current = new AbortController();
      controller.current = current;
      setState({ status: "sending" });
      setAnnouncement("");
      try {
        const info = await send(current.signal);
        if (!info) {
          setState({ status: "declined" });
          return null;
        }
        if ("where" in info) {
          // The taskpane already knows: the window attachment went through its own target.
          setState({ status: "attached", name: info.name, where: "window" });
          setAnnouncement(intl.formatMessage({ id: "event.attachedToWindow" }, { name: info.name }));
          return info;
        }
        setState({ status: "attached", name: info.name, where: "server" });
        setAnnouncement(intl.formatMessage({ id: "event.attached" }, { name: info.name }));
        target.onAttached(info);
        return info;
      } catch (error: unknown) {
        if (target.isCancellation(error) || current.signal.aborted) {
          setState({ status: "cancelled" });
          setAnnouncement(intl.formatMessage({ id: "event.cancelled" }));
        } else {
          const described = target.describeError(error);
          setState({ status: "failed", error: described });
        }
        return null;
      } finally {
        controller.current = null;
      }
    },
    [intl, target],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, announcement, run, cancel, reset };
}
