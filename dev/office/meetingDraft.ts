import { createMeetingWindow, type MeetingWindow } from "./meetingWindow";
import { freshEwsId } from "./meetings";
import { OFFICE_ERRORS, type SimulatedOfficeError } from "./officeErrors";
import { initialMeetingFields, type ScenarioProfile } from "./scenarios";

/** What the simulated host reports when a meeting is saved for the first time. */
export interface SavedItemInfo {
  /** The id the host now gives for the item (a REST id on REST-id hosts). */
  ewsId: string;
  restId: string;
  /** UPN of the calendar's owner. */
  owner: string;
  subject: string;
  start: Date;
  end: Date;
  location: string;
  /** Cached mode: Graph must answer ErrorItemNotFound for this event until this moment. */
  visibleAfter?: Date;
}

export interface MeetingDraftOptions {
  /** Called when a new meeting is saved; the save succeeds once it resolves and fails (9021) if it rejects. */
  onItemSaved?: (info: SavedItemInfo) => Promise<void>;
  now?: () => number;
  randomBytes?: (length: number) => Uint8Array;
}

export type SaveOutcome = { ok: true; itemId: string } | { ok: false; error: SimulatedOfficeError };

/** The appointment open in the organizer's form: its fields, its id once saved, and saving it. */
export interface MeetingDraft {
  readonly fields: { subject: string; location: string; start: Date; end: Date };
  /** The id the host gives for the item, or null while it was never saved. */
  currentItemId(): string | null;
  save(): Promise<SaveOutcome>;
  saveCount(): number;
  /** What was attached to the open window itself, through Office.js. */
  readonly window: MeetingWindow;
}

export function toRestForm(id: string): string {
  return id.replace(/\//g, "-").replace(/\+/g, "_");
}

/** Shared by the in-process simulated Office and the simulated Outlook on the web. */
export function createMeetingDraft(profile: ScenarioProfile, options: MeetingDraftOptions = {}): MeetingDraft {
  const now = options.now ?? Date.now;
  const randomBytes = options.randomBytes ?? ((length: number) => crypto.getRandomValues(new Uint8Array(length)));
  const fields = initialMeetingFields(profile, now());
  let itemId = profile.itemId;
  let saves = 0;
  let saving = false;

  return {
    fields,
    window: createMeetingWindow(profile.formLimits, now),
    currentItemId: () => itemId,
    saveCount: () => saves,
    async save() {
      if (itemId !== null) {
        saves++;
        return { ok: true, itemId };
      }
      // A second save while the first is still on its way fails, as Outlook's does.
      if (saving) return { ok: false, error: OFFICE_ERRORS.saveError };
      saving = true;
      try {
        const ewsId = freshEwsId(profile.calendarOwner.upn, randomBytes);
        const hostId = profile.restIds ? toRestForm(ewsId) : ewsId;
        await options.onItemSaved?.({
          ewsId: hostId,
          restId: toRestForm(ewsId),
          owner: profile.calendarOwner.upn,
          subject: fields.subject,
          start: new Date(fields.start),
          end: new Date(fields.end),
          location: fields.location,
          ...(profile.syncDelayMs > 0 ? { visibleAfter: new Date(now() + profile.syncDelayMs) } : {}),
        });
        itemId = hostId;
        saves++;
        return { ok: true, itemId: hostId };
      } catch {
        // The item stays unsaved, as when Outlook cannot reach the server.
        return { ok: false, error: OFFICE_ERRORS.saveError };
      } finally {
        saving = false;
      }
    },
  };
}
