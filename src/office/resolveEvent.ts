import type { EventRef } from "../shared/eventRef";
import { currentAppointment } from "./appointment";
import { cancelledError, type HostCallOptions } from "./callHost";
import { toRestId } from "./itemId";
import { OfficeHostError } from "./OfficeHostError";
import type { OfficeLike } from "./officeHost";
import { REQUIRED_MAILBOX_VERSION } from "./requirements";
import { canReadItemId, readSavedItemId, saveItem } from "./savedItemId";
import { readSharedCalendarAccess } from "./sharedCalendar";

/**
 * `new`: the meeting was never saved; saving puts it on the calendar without sending invitations.
 * `existing`: saving updates the stored meeting and sends updates to attendees who were added or removed. Hosts
 * without Mailbox 1.8 cannot tell the two apart, so they ask with `existing`, the more cautious wording.
 */
export type SaveKind = "new" | "existing";

export interface ResolveEventOptions extends HostCallOptions {
  /** Asks the organizer whether the meeting may be saved. Resolving false cancels without touching anything. */
  confirmSave: (kind: SaveKind) => Promise<boolean>;
  /** Timeout of `saveAsync` alone; reads use `timeoutMs`. */
  saveTimeoutMs?: number;
}

export interface ReadyEvent {
  status: "ready";
  ref: EventRef;
  /** The meeting is in another person's calendar (delegate access or shared mailbox). */
  sharedCalendar: boolean;
  /** SMTP address of the calendar's owner, for shared calendars. */
  owner?: string;
  /** False when the organizer may only read this calendar: say so before uploading anything. */
  canWrite: boolean;
  /** The meeting was saved just now: Graph may need a while to see it (see `waitUntilEventVisible`). */
  justSaved: boolean;
}

export type ResolvedEvent = ReadyEvent | { status: "declined" };

/**
 * Finds the Graph event behind the meeting being edited: its REST id and the mailbox it lives in. A meeting that
 * was never saved has no id; it is saved only after `confirmSave` agrees, and a refusal returns
 * `{ status: "declined" }` with nothing changed. Throws `OfficeHostError` for every host failure.
 */
export async function resolveEvent(host: OfficeLike, options: ResolveEventOptions): Promise<ResolvedEvent> {
  const { confirmSave, signal, timeoutMs, saveTimeoutMs } = options;
  const reads: HostCallOptions = { signal, timeoutMs };
  const item = currentAppointment(host);
  const hasItemIdApi = canReadItemId(host, item);

  const access = await readSharedCalendarAccess(host, item, reads);
  let hostId = hasItemIdApi ? await readSavedItemId(host, item, reads) : null;
  let justSaved = false;

  if (hostId === null) {
    if (access.shared && !access.canWrite) {
      throw new OfficeHostError("accessDenied", "You can only read this calendar, so the meeting cannot be saved.", {
        operation: "item.saveAsync",
      });
    }
    if (typeof item.saveAsync !== "function") {
      throw new OfficeHostError(
        "notAvailable",
        `This version of Outlook can neither give the meeting's id (Mailbox ${REQUIRED_MAILBOX_VERSION}) nor save it.`,
        { operation: "item.saveAsync", missingRequirement: `Mailbox ${REQUIRED_MAILBOX_VERSION}` },
      );
    }
    const agreed = await confirmSave(hasItemIdApi ? "new" : "existing");
    if (signal?.aborted) throw cancelledError("confirmSave", signal);
    if (!agreed) return { status: "declined" };
    hostId = await saveItem(host, item, { signal, timeoutMs: saveTimeoutMs });
    justSaved = true;
  }

  const eventId = toRestId(host, hostId);
  const ref: EventRef = {
    mailbox: access.shared ? { kind: "user", idOrUpn: access.owner } : { kind: "me" },
    eventId,
  };
  if (!access.shared) {
    return { status: "ready", ref, sharedCalendar: false, canWrite: true, justSaved };
  }
  return {
    status: "ready",
    ref,
    sharedCalendar: true,
    owner: access.owner,
    canWrite: access.canWrite,
    justSaved,
  };
}
