import { useCallback, useRef, useState } from "react";
import { isGraphRequestError } from "../../graph";
import { resolveEvent, type OfficeLike, type ReadyEvent, type SaveKind } from "../../office";
import { CannotWriteError } from "../CannotWriteError";
import { waitUntilEventVisible } from "../waitUntilEventVisible";
import type { GraphClients } from "./useGraphClients";

export interface SyncWait {
  elapsedSeconds: number;
}

export interface EventSession {
  /**
   * The event when the meeting is already saved (even in a read-only calendar, so it can be shown), without ever
   * saving or asking; null for an unsaved meeting.
   */
  peekEvent: () => Promise<ReadyEvent | null>;
  /** The event to attach to; null when the organizer declined to save the meeting. Shared by concurrent callers. */
  ensureEvent: () => Promise<ReadyEvent | null>;
  /** Non-null while the organizer is being asked whether the meeting may be saved. */
  pendingSave: SaveKind | null;
  answerSave: (save: boolean) => void;
  /** Non-null while waiting for a just-saved meeting to reach Graph. */
  syncWait: SyncWait | null;
  cancelSyncWait: () => void;
}

/**
 * Finds the event once and shares it: asks before saving, waits (cancellably) for a just-saved meeting to reach
 * the server, and refuses read-only calendars before any upload. A decline or a failure is not remembered, so the
 * next attempt asks again.
 */
export function useEventSession(office: OfficeLike, graph: GraphClients, onSaved: () => void): EventSession {
  const current = useRef<Promise<ReadyEvent | null> | null>(null);
  const saveAnswer = useRef<((save: boolean) => void) | null>(null);
  const syncController = useRef<AbortController | null>(null);
  const [pendingSave, setPendingSave] = useState<SaveKind | null>(null);
  const [syncWait, setSyncWait] = useState<SyncWait | null>(null);

  const confirmSave = useCallback(
    (kind: SaveKind) =>
      new Promise<boolean>((resolve) => {
        saveAnswer.current = resolve;
        setPendingSave(kind);
      }),
    [],
  );

  const answerSave = useCallback((save: boolean) => {
    setPendingSave(null);
    saveAnswer.current?.(save);
    saveAnswer.current = null;
  }, []);

  const locate = useCallback(async (): Promise<ReadyEvent | null> => {
    const resolved = await resolveEvent(office, { confirmSave });
    if (resolved.status === "declined") return null;
    if (resolved.justSaved) {
      onSaved();
      const client = graph.forCalendar(resolved.sharedCalendar);
      const controller = new AbortController();
      syncController.current = controller;
      try {
        await waitUntilEventVisible(
          (signal) =>
            client.listAttachments(resolved.ref, signal ? { signal } : {}).then(
              () => "found" as const,
              (error: unknown) => {
                if (isGraphRequestError(error) && error.reason === "notFound") return "notFound" as const;
                throw error;
              },
            ),
          {
            signal: controller.signal,
            onWait: (_attempt, elapsedMs) => setSyncWait({ elapsedSeconds: Math.round(elapsedMs / 1000) }),
          },
        );
      } finally {
        syncController.current = null;
        setSyncWait(null);
      }
    }
    if (!resolved.canWrite) throw new CannotWriteError(resolved.owner ?? "");
    return resolved;
  }, [office, graph, confirmSave, onSaved]);

  const ensureEvent = useCallback((): Promise<ReadyEvent | null> => {
    if (!current.current) {
      const attempt = locate();
      current.current = attempt;
      attempt.then(
        (event) => {
          if (!event && current.current === attempt) current.current = null;
        },
        () => {
          if (current.current === attempt) current.current = null;
        },
      );
    }
    return current.current;
  }, [locate]);

  const peeked = useRef<Promise<ReadyEvent | null> | null>(null);
  const peekEvent = useCallback((): Promise<ReadyEvent | null> => {
    if (current.current) return current.current;
    // One look shared by everyone who asks at start (the header and the list), never saving anything.
    peeked.current ??= resolveEvent(office, { confirmSave: () => Promise.resolve(false) }).then((resolved) => {
      if (resolved.status === "declined") {
        peeked.current = null;
        return null;
      }
      // Saved already: share it with later attaches, so they neither ask nor look it up again. A read-only
      // calendar is not shared: attaching must go through ensureEvent's refusal.
      if (resolved.canWrite) current.current ??= Promise.resolve(resolved);
      return resolved;
    });
    peeked.current.catch(() => {
      peeked.current = null;
    });
    return peeked.current;
  }, [office]);

  const cancelSyncWait = useCallback(() => syncController.current?.abort(), []);

  return { peekEvent, ensureEvent, pendingSave, answerSave, syncWait, cancelSyncWait };
}
