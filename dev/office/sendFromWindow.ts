import { toRestForm, type MeetingDraft } from "./meetingDraft";
import type { WindowAttachment } from "./meetingWindow";
import type { ScenarioProfile } from "./scenarios";

/** What the window hands over when the organizer sends the update from it. */
export interface FormSendInfo {
  /** The meeting's REST id (Graph's id) and the calendar's owner; sending saves a never-saved meeting first. */
  restId: string;
  owner: string;
  /** When the window was opened: it never saw what Graph added after this. */
  openedAt: Date;
  /** The window writes its own copy back (classic Outlook, Outlook on Mac), so what Graph added is dropped. */
  writesOwnCopy: boolean;
  /** What was attached to the window itself; items carry the REST id of the attached event. */
  attachments: ReadonlyArray<WindowAttachment & { itemRestId?: string }>;
}

/** What the send did to the stored meeting, by attachment name. */
export interface FormSendReport {
  /** Attachments the meeting holds after the send: what attendees receive. */
  sent: string[];
  /** Attachments Graph had added while the window was open, dropped by the window's write-back. */
  dropped: string[];
}

export type FormSendHandler = (info: FormSendInfo) => Promise<FormSendReport>;

/**
 * The organizer presses Send in the window: a never-saved meeting is saved first, then `onFormSent` plays the
 * server's side of the send. Afterwards the window behaves as if opened again: nothing pending, and it knows what
 * the server holds. Without a handler the report says only what the window itself sent.
 */
export async function sendFromWindow(
  profile: ScenarioProfile,
  draft: MeetingDraft,
  onFormSent?: FormSendHandler,
): Promise<FormSendReport> {
  const saved = await draft.save();
  if (!saved.ok) throw new Error(`The meeting could not be saved (${saved.error.name}).`);
  const held = draft.window.list();
  const info: FormSendInfo = {
    restId: toRestForm(saved.itemId),
    owner: profile.calendarOwner.upn,
    openedAt: draft.window.openedAt(),
    writesOwnCopy: profile.formKeepsOwnCopy,
    attachments: held.map((attachment) =>
      attachment.itemId ? { ...attachment, itemRestId: toRestForm(attachment.itemId) } : attachment,
    ),
  };
  const report = onFormSent ? await onFormSent(info) : { sent: held.map((attachment) => attachment.name), dropped: [] };
  draft.window.reopen();
  return report;
}
