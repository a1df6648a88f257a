import {
  buildDriveLinkAttachment,
  isGraphRequestError,
  type AttachmentInfo,
  type DriveClient,
  type GraphClient,
  type Mailbox,
} from "../../graph";
import {
  readMeeting,
  readOpenFormPolicy,
  type FormAttacher,
  type MeetingDetails,
  type OfficeLike,
  type OpenFormPolicy,
  type ReadyEvent,
  type SaveKind,
} from "../../office";
import type { DriveReach, SignInPath } from "../../auth";
import { CannotWriteError } from "../CannotWriteError";
import { precheckFile, type FileRefusal } from "../precheckFile";
import { isCancellation } from "../../shared/ReasonedError";
import { openFormRoute, type OpenFormRoute } from "../openFormRoute";
import type { AttachOptions, AttachOutcome, AttachRequest } from "./attachRequest";
import { attachedBytesOf, type AttachmentListState } from "./attachmentListState";
import { EventFinder, type SyncWait } from "./eventFinder";
import { reachForEntry, type DriveClientFor } from "./driveClients";
import type { GraphClientFor } from "./graphClients";

export type MeetingState =
  { status: "loading" } | { status: "ready"; meeting: MeetingDetails } | { status: "failed"; error: unknown };

/** The organizer's Windows time zone from Outlook (`userProfile.timeZone`), once the meeting is read. */
export function outlookTimeZone(state: SessionState): string | undefined {
  return state.meeting.status === "ready" ? state.meeting.meeting.timeZone : undefined;
}

/** Everything the pane shows about the meeting and what it has done to it; replaced as a whole on each change. */
export interface SessionState {
  /** The meeting's details from Outlook (subject, times, time zone), read at start and after a save. */
  meeting: MeetingState;
  /** The event as far as it is known without saving: who owns the calendar, whether it is read-only. */
  known: ReadyEvent | null;
  list: AttachmentListState;
  /** What the meeting holds already, in bytes, as the list last showed it (0 before it is known). */
  attachedBytes: number;
  /** The bytes of the files the organizer picked that are not attached yet (uploading, waiting, or to retry). */
  pendingBytes: number;
  /** Non-null while the organizer is asked whether the meeting may be saved. */
  pendingSave: SaveKind | null;
  /** Non-null while waiting for a just-saved meeting to reach Graph. */
  syncWait: SyncWait | null;
  /** Graph added or removed something on the event: attendees get it only once the update is sent. */
  serverChanged: boolean;
  /** Something went into the open meeting window. */
  windowChanged: boolean;
  /** How the last attachment's token was obtained (shown for support). */
  signInPath: SignInPath | null;
}

export interface AttachSessionDependencies {
  office: OfficeLike;
  graphFor: GraphClientFor;
  /** The open meeting window's attacher (loaded on first use). */
  formAttacher: FormAttacher;
  /** How the last token was obtained. */
  signInPath?: () => SignInPath | null;
  /** OneDrive and SharePoint, for the cloud link picker and uploads too large to attach; absent, they are off. */
  driveFor?: DriveClientFor;
}

/**
 * The organizer's session with the meeting being edited, outside React: it finds the event (asking before a save,
 * waiting for a just-saved one to reach Graph), holds a Graph client per calendar, keeps the attachment list and
 * its total, and attaches whatever a form sends, to the server or to the open meeting window, with one outcome
 * type. React reads it through `subscribe` and `getState` (`useSyncExternalStore`).
 */
export class AttachSession {
  readonly openForm: { policy: OpenFormPolicy; route: OpenFormRoute };
  /** The organizer's own calendar, for searching existing events. */
  readonly ownMailbox: Mailbox = { kind: "me" };
  private state: SessionState = {
    meeting: { status: "loading" },
    known: null,
    list: { status: "loading" },
    attachedBytes: 0,
    pendingBytes: 0,
    pendingSave: null,
    syncWait: null,
    serverChanged: false,
    windowChanged: false,
    signInPath: null,
  };
  private readonly listeners = new Set<() => void>();
  /** Room held in the mailbox limit, by the form's key for each file still to attach. */
  private readonly held = new Map<string, number>();
  private readonly finder: EventFinder;
  private meetingLoad: AbortController | null = null;
  private listLoad: AbortController | null = null;
  private started = false;

  constructor(private readonly deps: AttachSessionDependencies) {
    const policy = readOpenFormPolicy(deps.office);
    this.openForm = { policy, route: openFormRoute(policy) };
    this.finder = new EventFinder(deps.office, deps.graphFor, {
      onAskSave: (pendingSave) => this.update({ pendingSave }),
      onSyncWait: (syncWait) => this.update({ syncWait }),
      onSaved: () => this.readMeeting(),
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  /** Reads the meeting and loads the list, once; later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.readMeeting();
    this.reloadList();
  }

  /** Stops what is loading (the pane is going away); `start` begins again. */
  dispose(): void {
    this.started = false;
    this.meetingLoad?.abort();
    this.listLoad?.abort();
    this.finder.cancelSyncWait();
  }

  ensureEvent = (): Promise<ReadyEvent | null> =>
    this.finder.ensureEvent().then((event) => {
      if (event) this.update({ known: event });
      return event;
    });

  peekEvent = (): Promise<ReadyEvent | null> => this.finder.peekEvent();

  answerSave = (save: boolean): void => this.finder.answerSave(save);

  cancelSyncWait = (): void => this.finder.cancelSyncWait();

  /** The Graph client for the event's calendar (the shared-calendar scope only for someone else's calendar). */
  graphFor = (event: ReadyEvent): Promise<GraphClient> => this.deps.graphFor(event.sharedCalendar);

  /** The OneDrive and SharePoint client for `reach`; rejects where the pane has none. */
  driveFor = (reach: DriveReach): Promise<DriveClient> =>
    this.deps.driveFor ? this.deps.driveFor(reach) : Promise.reject(new Error("OneDrive is not available here."));

  /** Whether the pane can reach OneDrive and SharePoint at all. */
  get hasDrive(): boolean {
    return this.deps.driveFor !== undefined;
  }

  /** Attaches one thing where the open meeting window will keep it. Never rejects: the outcome says what happened. */
  attach = async (request: AttachRequest, options: AttachOptions): Promise<AttachOutcome> => {
    try {
      const outcome = await this.send(request, options);
      if (outcome.status === "attached") this.noteAttached(outcome.to);
      return outcome;
    } catch (error: unknown) {
      if (options.signal.aborted || isCancellation(error)) return { status: "cancelled" };
      const uncertain = isGraphRequestError(error, "outcomeUnknown");
      // The attachment may be there: the list shows it, and the message asks the organizer to look first.
      if (uncertain) this.reloadList();
      return { status: "failed", error, uncertain };
    }
  };

  /**
   * Deletes an attachment from the event (the list's Remove). A 404 counts as removed: the client repeats a DELETE
   * whose answer was lost, and the repeat finds it already gone. Rejects with Graph's error otherwise.
   */
  removeAttachment = async (event: ReadyEvent, attachment: AttachmentInfo): Promise<void> => {
    await (await this.graphFor(event)).deleteAttachment(event.ref, attachment.id).catch((failure: unknown) => {
      if (!isGraphRequestError(failure, "notFound")) throw failure;
    });
    const list = this.state.list;
    if (list.status === "ready") {
      this.setList({ ...list, attachments: list.attachments.filter((item) => item.id !== attachment.id) });
    }
    this.update({ serverChanged: true });
    this.reloadList();
  };

  /**
   * Why a file cannot be attached at all, or null: empty, over 150 MB, or taking the meeting over the mailbox limit
   * with what it holds and what is still waiting.
   */
  fileRefusal = (file: Blob): FileRefusal | null =>
    precheckFile(file, this.state.pendingBytes, this.state.attachedBytes);

  /** Keeps room for a file the organizer picked until it is attached or given up (`releaseRoom`). */
  holdRoom = (key: string, bytes: number): void => {
    if (this.held.get(key) === bytes) return;
    this.held.set(key, bytes);
    this.updatePending();
  };

  releaseRoom = (key: string): void => {
    if (this.held.delete(key)) this.updatePending();
  };

  private updatePending(): void {
    let pendingBytes = 0;
    for (const bytes of this.held.values()) pendingBytes += bytes;
    this.update({ pendingBytes });
  }

  /** Loads the list again. Each load cancels the one before it, so a slow answer never overwrites a newer one. */
  reloadList = (): void => {
    this.listLoad?.abort();
    const controller = new AbortController();
    this.listLoad = controller;
    const previous = this.state.list;
    if (previous.status === "ready") this.setList({ ...previous, refreshing: true });
    else if (previous.status !== "loading") this.setList({ status: "loading" });
    void this.loadList(controller.signal).then(
      (list) => !controller.signal.aborted && this.setList(list),
      (error: unknown) => !controller.signal.aborted && this.setList({ status: "failed", error }),
    );
  };

  private async loadList(signal: AbortSignal): Promise<AttachmentListState> {
    // peekEvent never asks or saves anything, and cannot be cancelled: the signal is checked once it answers.
    const event = await this.peekEvent();
    signal.throwIfAborted();
    this.update({ known: event });
    if (!event) return { status: "unsaved" };
    const attachments = await (await this.graphFor(event)).listAttachments(event.ref, { signal });
    signal.throwIfAborted();
    return { status: "ready", event, attachments, refreshing: false };
  }

  private async send(request: AttachRequest, options: AttachOptions): Promise<AttachOutcome> {
    const { route } = this.openForm;
    const { signal } = options;
    const attacher = this.deps.formAttacher;
    if (request.kind === "file" && route.fileToWindow(request.file.size)) {
      // The window takes a file even when the meeting was never saved: nothing to save, nothing to sync.
      const known = this.state.known;
      if (known && !known.canWrite) throw new CannotWriteError(known.owner ?? "");
      const { file } = request;
      await attacher.attachFile(file, file.name, {
        signal,
        ...(options.onCommitted ? { onCommitted: options.onCommitted } : {}),
      });
      return { status: "attached", to: "window", name: file.name, size: file.size };
    }
    if (request.kind === "pickedEvent" && route.eventsToWindow) {
      await attacher.attachItem(request.graphEventId, request.input.name, { signal });
      return { status: "attached", to: "window", name: request.input.name, size: 0 };
    }
    const event = await this.ensureEvent();
    if (!event) return { status: "declined" };
    signal.throwIfAborted();
    const graph = await this.graphFor(event);
    signal.throwIfAborted();
    let attachment: AttachmentInfo;
    switch (request.kind) {
      case "file":
        attachment = await graph.attachFile(event.ref, request.file, {
          signal,
          onProgress: (progress) =>
            options.onProgress?.(progress.totalBytes ? progress.bytesSent / progress.totalBytes : 1),
        });
        break;
      case "event":
      case "pickedEvent":
        attachment = await graph.attachEvent(event.ref, request.input, { signal });
        break;
      case "link":
        attachment = await graph.attachLink(event.ref, request.input, { signal });
        break;
      case "driveLink": {
        // After the event is found (and a save agreed to): a declined save leaves no sharing link behind.
        const drive = await this.driveFor(reachForEntry(request.entry));
        const link = await drive.createLink(request.entry, { ...request.link, signal });
        attachment = await graph.attachLink(event.ref, buildDriveLinkAttachment(request.entry, link), { signal });
        break;
      }
    }
    const size = attachment.size ?? (request.kind === "file" ? request.file.size : 0);
    const name = attachment.name || requestName(request);
    return { status: "attached", to: "server", name, size, attachment };
  }

  private noteAttached(to: "server" | "window"): void {
    if (to === "window") {
      this.update({ windowChanged: true });
      return;
    }
    this.update({ serverChanged: true, signInPath: this.deps.signInPath?.() ?? null });
    this.reloadList();
  }

  private readMeeting(): void {
    this.meetingLoad?.abort();
    const controller = new AbortController();
    this.meetingLoad = controller;
    readMeeting(this.deps.office, { signal: controller.signal }).then(
      (meeting) => !controller.signal.aborted && this.update({ meeting: { status: "ready", meeting } }),
      (error: unknown) => !controller.signal.aborted && this.update({ meeting: { status: "failed", error } }),
    );
  }

  private setList(list: AttachmentListState): void {
    this.update({ list, attachedBytes: attachedBytesOf(list) ?? this.state.attachedBytes });
  }

  /** Replaces the parts that change; when none does, the state stays the same object and nothing re-renders. */
  private update(change: Partial<SessionState>): void {
    const changed = (Object.keys(change) as (keyof SessionState)[]).some((key) => change[key] !== this.state[key]);
    if (!changed) return;
    this.state = { ...this.state, ...change };
    for (const listener of [...this.listeners]) listener();
  }
}

/** What the organizer attached, by the name they know it by (when Graph's answer has none). */
function requestName(request: AttachRequest): string {
  switch (request.kind) {
    case "file":
      return request.file.name;
    case "driveLink":
      return request.entry.name;
    default:
      return request.input.name.trim();
  }
}
