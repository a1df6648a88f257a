import { useCallback, useEffect, useState } from "react";
import type { AttachmentInfo } from "../../../graph";
import type { ReadyEvent } from "../../../office";
import type { AttachTarget } from "../../attachTarget";
import { loadAttachments } from "./loadAttachments";

export type AttachmentListState =
  | { status: "loading" }
  | { status: "unsaved" }
  /** `refreshing` while a reload runs: the rows already shown stay until the new answer arrives. */
  | { status: "ready"; event: ReadyEvent; attachments: AttachmentInfo[]; refreshing: boolean }
  | { status: "failed"; error: unknown };

export interface AttachmentListController {
  state: AttachmentListState;
  /** Loads the list again (after a failure). */
  retry: () => void;
  /** Drops a row the organizer just removed, before the reload confirms it. */
  forget: (attachmentId: string) => void;
}

/**
 * Loads the list whenever the target or `refreshKey` changes, or on retry. Each load cancels the one before it,
 * and unmounting cancels the last, so a slow answer never overwrites a newer one.
 */
export function useAttachmentList(target: AttachTarget, refreshKey: number): AttachmentListController {
  const [state, setState] = useState<AttachmentListState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.status === "ready" ? { ...previous, refreshing: true } : { status: "loading" }));
    loadAttachments(target, controller.signal).then(
      (loaded) => {
        if (controller.signal.aborted) return;
        setState(loaded.status === "ready" ? { ...loaded, refreshing: false } : loaded);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "failed", error });
      },
    );
    return () => controller.abort();
  }, [target, refreshKey, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const forget = useCallback(
    (attachmentId: string) =>
      setState((previous) =>
        previous.status === "ready"
          ? { ...previous, attachments: previous.attachments.filter((attachment) => attachment.id !== attachmentId) }
          : previous,
      ),
    [],
  );

  return { state, retry, forget };
}
