import { createContext, useContext } from "react";
import type { AttachmentInfo, GraphClient, Mailbox } from "../graph";
import type { ReadyEvent } from "../office";
import type { DescribedError } from "./describeError";

/** Something attached to the open meeting window itself rather than to the event on the server. */
export interface WindowAttachment {
  where: "window";
  name: string;
}

/**
 * The open meeting window, in Outlooks where it keeps its own copy of the meeting (classic Outlook on Windows,
 * Outlook on Mac) and would drop what Graph adds when the organizer sends from it.
 */
export interface OpenFormTarget {
  /**
   * Attaches an event from the organizer's calendar (its Graph id) to the window; absent where Outlook cannot,
   * and then events go to the server like everything else.
   */
  attachEvent?: (graphEventId: string, name: string, signal: AbortSignal) => Promise<WindowAttachment>;
}

/**
 * What every form needs to attach something to the meeting being edited. Provided by the taskpane; the forms
 * never talk to Outlook or sign-in themselves.
 */
export interface AttachTarget {
  /**
   * The event to attach to. Asks the organizer before saving an unsaved meeting and waits for a just-saved one to
   * reach the server; resolves null when the organizer declined to save (nothing was sent: keep the form as it is).
   * Rejects with errors `describeError` understands (read-only calendar, Outlook failures, …).
   */
  ensureEvent: () => Promise<ReadyEvent | null>;
  /**
   * The event if the meeting is already saved, without asking or saving anything; null for an unsaved meeting.
   * May be a read-only calendar (`canWrite: false`): fine for listing, never for attaching.
   */
  peekEvent: () => Promise<ReadyEvent | null>;
  /** The Graph client for that event (the shared-calendar scope only when it is in someone else's calendar). */
  graphFor: (event: ReadyEvent) => GraphClient;
  /** The organizer's own calendar, for searching existing events. */
  ownMailbox: Mailbox;
  /** The organizer's Windows time zone from Outlook (`userProfile.timeZone`), when known. */
  timeZone: string | undefined;
  /** Any failure, told in the organizer's language, with the form field it belongs to when there is one. */
  describeError: (error: unknown) => DescribedError;
  isCancellation: (error: unknown) => boolean;
  /** Tell the taskpane something was attached: the list refreshes and the "send the update" notice shows. */
  onAttached: (attachment: AttachmentInfo) => void;
  /** Tell the taskpane something was removed. */
  onRemoved: (attachmentId: string) => void;
  /** The window, where it keeps its own copy of the meeting; null where it edits the server's copy. */
  openForm: OpenFormTarget | null;
}

export const AttachTargetContext = createContext<AttachTarget | null>(null);

export function useAttachTarget(): AttachTarget {
  const target = useContext(AttachTargetContext);
  if (!target) throw new Error("useAttachTarget must be used inside the taskpane");
  return target;
}
