import type { AttachmentInfo, DriveEntry, DriveLinkKind, EventAttachmentInput, LinkAttachmentInput } from "../../graph";

/** One thing the organizer attaches, whichever form it comes from. */
export type AttachRequest =
  | { kind: "file"; file: File }
  /** An event composed in the Event tab. */
  | { kind: "event"; input: EventAttachmentInput }
  /** An event picked from the organizer's calendar (`graphEventId`), as `input`. */
  | { kind: "pickedEvent"; graphEventId: string; input: EventAttachmentInput }
  | { kind: "link"; input: LinkAttachmentInput }
  /** A OneDrive or SharePoint item, attached as a sharing link of `link`'s kind, created once the event is found. */
  | { kind: "driveLink"; entry: DriveEntry; link: DriveLinkKind };

export interface AttachOptions {
  signal: AbortSignal;
  /** Fraction of the bytes sent so far (files only). */
  onProgress?: (fraction: number) => void;
  /** The attachment was handed to the meeting window and can no longer be cancelled. */
  onCommitted?: () => void;
}

/**
 * How one attach ended. `to`: the event on the server (with the attachment Graph returned) or the open meeting
 * window. `declined`: the organizer would not save the meeting, so nothing was sent. A failure keeps its error for
 * the form to describe; `uncertain` when it may have been stored anyway (the list is reloaded then).
 */
export type AttachOutcome =
  | { status: "attached"; to: "server"; name: string; size: number; attachment: AttachmentInfo }
  | { status: "attached"; to: "window"; name: string; size: number }
  | { status: "declined" }
  | { status: "cancelled" }
  | { status: "failed"; error: unknown; uncertain: boolean };
