import { isGraphRequestError } from "../../graph";
import { resolveEvent, type OfficeLike, type ReadyEvent, type SaveKind } from "../../office";
import { CannotWriteError } from "../CannotWriteError";
import { waitUntilEventVisible } from "../waitUntilEventVisible";
import type { GraphClientFor } from "./graphClients";

export interface SyncWait {
  elapsedSeconds: number;
}

export interface EventFinderEvents {
  /** The organizer is asked whether the meeting may be saved (null: no longer asked). */
  onAskSave: (kind: SaveKind | null) => void;
  /** Waiting for a just-saved meeting to reach Graph (null: no longer waiting). */
  onSyncWait: (wait: SyncWait | null) => void;
  /** Outlook saved the meeting. */
  onSaved: () => void;
}

/**
 * Finds the event being edited, once, and shares it: asks before saving, waits (cancellably) for a just-saved
 * meeting to reach the server, and refuses read-only calendars before any upload. A decline or a failure is not
 * remembered, so the next attempt asks again.
 */
export class EventFinder {
  private found: Promise<ReadyEvent | null> | null = null;
  private peeked: Promise<ReadyEvent | null> | null = null;
  private saveAnswer: ((save: boolean) => void) | null = null;
  private syncController: AbortController | null = null;

  constructor(
    private readonly office: OfficeLike,
    private readonly graphFor: GraphClientFor,
    private readonly events: EventFinderEvents,
  ) {}

  /** The event to attach to; null when the organizer declined to save the meeting. Shared by concurrent callers. */
  ensureEvent(): Promise<ReadyEvent | null> {
    if (!this.found) {
      const attempt = this.locate();
      this.found = attempt;
      const forget = (): void => {
        if (this.found === attempt) this.found = null;
      };
      attempt.then((event) => (event ? undefined : forget()), forget);
    }
    return this.found;
  }

  /**
   * The event when the meeting is already saved (even in a read-only calendar, so it can be shown), without ever
   * saving or asking; null for an unsaved meeting. One look is shared by everyone who asks.
   */
  peekEvent(): Promise<ReadyEvent | null> {
    if (this.found) return this.found;
    if (!this.peeked) {
      const look = resolveEvent(this.office, { confirmSave: () => Promise.resolve(false) }).then((resolved) => {
        if (resolved.status === "declined") {
          this.peeked = null;
          return null;
        }
        // Saved already: later attaches share it and neither ask nor look again. A read-only calendar is not
        // shared: attaching must go through ensureEvent's refusal.
        if (resolved.canWrite) this.found ??= Promise.resolve(resolved);
        return resolved;
      });
      look.catch(() => {
        if (this.peeked === look) this.peeked = null;
      });
      this.peeked = look;
    }
    return this.peeked;
  }

  answerSave(save: boolean): void {
    const answer = this.saveAnswer;
    this.saveAnswer = null;
    this.events.onAskSave(null);
    answer?.(save);
  }

  cancelSyncWait(): void {
    this.syncController?.abort();
  }

  private confirmSave = (kind: SaveKind): Promise<boolean> =>
    new Promise<boolean>((resolve) => {
      this.saveAnswer = resolve;
      this.events.onAskSave(kind);
    });

  private async locate(): Promise<ReadyEvent | null> {
    const resolved = await resolveEvent(this.office, { confirmSave: this.confirmSave });
    if (resolved.status === "declined") return null;
    if (resolved.justSaved) {
      this.events.onSaved();
      await this.waitForServer(resolved);
    }
    if (!resolved.canWrite) throw new CannotWriteError(resolved.owner ?? "");
    return resolved;
  }

  /** A meeting Outlook just saved reaches Graph a little later (much later in cached mode): poll until it does. */
  private async waitForServer(event: ReadyEvent): Promise<void> {
    const client = await this.graphFor(event.sharedCalendar);
    const controller = new AbortController();
    this.syncController = controller;
    try {
      await waitUntilEventVisible(
        (signal) =>
          client.listAttachments(event.ref, signal ? { signal } : {}).then(
            () => "found" as const,
            (error: unknown) => {
              if (isGraphRequestError(error, "notFound")) return "notFound" as const;
              throw error;
            },
          ),
        {
          signal: controller.signal,
          onWait: (_attempt, elapsedMs) => this.events.onSyncWait({ elapsedSeconds: Math.round(elapsedMs / 1000) }),
        },
      );
    } finally {
      this.syncController = null;
      this.events.onSyncWait(null);
    }
  }
}
