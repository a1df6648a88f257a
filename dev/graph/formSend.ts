import { ControlPayloadError } from "./controlPayloads";
import { toGraphDateTime } from "./formats";
import { toStoredAttachment } from "./graphOperations";
import type { EmulatorServices } from "./services";
import type { StoredAttachment, StoredEvent } from "./store";

/** What the simulated meeting window attached to itself. */
export type FormSendAttachment =
  | { kind: "file"; name: string; isInline: boolean; bytes: Uint8Array }
  | { kind: "item"; name: string; eventId: string };

/** The organizer sent the update from the open window. */
export interface FormSend {
  eventId: string;
  /** When the window was opened. */
  openedAt: Date;
  /**
   * The window writes its own copy back (classic Outlook on Windows, Outlook on Mac): the attachments stored
   * after `openedAt`, which it never saw, are dropped. Otherwise only the window's own attachments are added.
   */
  writesOwnCopy: boolean;
  attachments: FormSendAttachment[];
}

/** By attachment name: what the meeting holds afterwards (what attendees receive), and what was dropped. */
export interface FormSendResult {
  sent: string[];
  dropped: string[];
}

/** An attached event as Graph returns it inside an item attachment. */
function eventAsItem(event: StoredEvent): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.event",
    subject: event.subject,
    body: { contentType: event.body.contentType, content: event.body.content },
    start: { dateTime: toGraphDateTime(event.start), timeZone: "UTC" },
    end: { dateTime: toGraphDateTime(event.end), timeZone: "UTC" },
    location: { displayName: event.location },
    isAllDay: event.isAllDay,
  };
}

/**
 * Applies a send from the window to the stored meeting, as Exchange ends up holding it. Every attached event is
 * looked up before anything changes, so a refused send leaves the meeting as it was.
 */
export function applyFormSend(services: EmulatorServices, send: FormSend): FormSendResult {
  const { store } = services;
  if (!store.getEvent(send.eventId)) throw new ControlPayloadError(`No event ${send.eventId}.`);
  const now = services.options.now();
  const added: StoredAttachment[] = send.attachments.map((attachment) => {
    if (attachment.kind === "file") {
      const { name, isInline, bytes } = attachment;
      return toStoredAttachment(
        { kind: "file", name, isInline, bytes, contentType: null, contentId: null },
        send.eventId,
        now,
      );
    }
    const source = store.getEvent(attachment.eventId);
    if (!source) throw new ControlPayloadError(`No event ${attachment.eventId} to attach.`);
    const draft = { kind: "item" as const, name: attachment.name, isInline: false, item: eventAsItem(source) };
    return toStoredAttachment(draft, send.eventId, now);
  });
  const dropped = send.writesOwnCopy ? store.attachmentsStoredAfter(send.eventId, send.openedAt) : [];
  for (const attachment of dropped) store.removeAttachment(send.eventId, attachment.id);
  for (const attachment of added) store.addAttachment(attachment);
  return {
    sent: store.attachments(send.eventId).map((attachment) => attachment.name),
    dropped: dropped.map((attachment) => attachment.name),
  };
}
