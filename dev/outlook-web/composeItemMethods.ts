import type { MeetingDraft } from "../office/meetingDraft";
import type { WindowAddOutcome } from "../office/meetingWindow";
import { OFFICE_ERRORS } from "../office/officeErrors";
import type { ScenarioProfile } from "../office/scenarios";
import { hostError, hostValue, type HostResponse } from "./hostResponses";

/** Outlook's dispatch ids for the methods of the appointment in compose mode (outlook-web-16.01.debug.js). */
export const DISPATCH_ID = {
  getSubject: 18,
  getTime: 24,
  getLocation: 26,
  getRecurrence: 103,
  getOrganizer: 107,
  getSharedProperties: 108,
  getItemId: 164,
  save: 32,
  addFileAttachmentFromBase64: 148,
  addItemAttachment: 19,
} as const;

/** `TimeProperty` in a getTime call. */
const TIME_PROPERTY = { start: 1, end: 2 } as const;

/** `ResponseType` and `RecipientType` as the host encodes them (indices into office.js's own tables). */
const ORGANIZER_RESPONSE = 1;
const USER_RECIPIENT = 2;

function windowAnswer(outcome: WindowAddOutcome): HostResponse {
  return outcome.ok ? hostValue(outcome.id) : hostError(outcome.error.code);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export type ComposeItemMethod = (parameters: Record<string, unknown>) => HostResponse | Promise<HostResponse>;

function weekdayOf(date: Date): string {
  return ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][date.getUTCDay()] ?? "mon";
}

/** The series a recurring scenario plays: weekly on the meeting's weekday, no end date. */
function weeklyRecurrence(profile: ScenarioProfile, draft: MeetingDraft): Record<string, unknown> {
  const start = draft.fields.start;
  return {
    recurrenceType: "weekly",
    recurrenceProperties: { interval: 1, days: [weekdayOf(start)], firstDayOfWeek: "sun" },
    recurrenceTimeZone: { name: profile.user.timeZone },
    seriesTimeJson: {
      startYear: start.getUTCFullYear(),
      startMonth: start.getUTCMonth() + 1,
      startDay: start.getUTCDate(),
      noEndDate: true,
      startTimeMin: start.getUTCHours() * 60 + start.getUTCMinutes(),
      durationMin: Math.round((draft.fields.end.getTime() - start.getTime()) / 60_000),
    },
  };
}

/**
 * What Outlook on the web answers for each dispatch id the add-in's calls reach, for the scenario's appointment.
 * Methods the scenario's Outlook lacks are missing here and get office.js's "not supported" treatment.
 */
export function composeItemMethods(
  profile: ScenarioProfile,
  draft: MeetingDraft,
): Readonly<Record<number, ComposeItemMethod>> {
  const methods: Record<number, ComposeItemMethod> = {
    [DISPATCH_ID.getSubject]: () => hostValue(draft.fields.subject),
    [DISPATCH_ID.getLocation]: () => hostValue(draft.fields.location),
    [DISPATCH_ID.getTime]: (parameters) =>
      hostValue((parameters.TimeProperty === TIME_PROPERTY.end ? draft.fields.end : draft.fields.start).getTime()),
    [DISPATCH_ID.save]: async () => {
      const outcome = await draft.save();
      return outcome.ok ? hostValue(outcome.itemId) : hostError(outcome.error.code);
    },
    // office.js has checked the arguments and turned the id into the host's form (EWS here) before this call.
    [DISPATCH_ID.addItemAttachment]: (parameters) =>
      windowAnswer(draft.window.addItem(text(parameters.itemId), text(parameters.name))),
  };
  if (profile.mailboxMinor >= 7) {
    methods[DISPATCH_ID.getOrganizer] = () =>
      hostValue({
        name: profile.user.displayName,
        address: profile.user.upn,
        appointmentResponse: ORGANIZER_RESPONSE,
        recipientType: USER_RECIPIENT,
      });
    methods[DISPATCH_ID.getRecurrence] = () => hostValue(profile.recurring ? weeklyRecurrence(profile, draft) : null);
  }
  if (profile.mailboxMinor >= 8) {
    methods[DISPATCH_ID.addFileAttachmentFromBase64] = (parameters) =>
      windowAnswer(
        draft.window.addFile(text(parameters.base64String), text(parameters.name), parameters.isInline === true),
      );
    methods[DISPATCH_ID.getItemId] = () => {
      const itemId = draft.currentItemId();
      return itemId === null ? hostError(OFFICE_ERRORS.itemNotSaved.code) : hostValue(itemId);
    };
    if (profile.delegatePermissions !== undefined) {
      const delegatePermissions = profile.delegatePermissions;
      methods[DISPATCH_ID.getSharedProperties] = () =>
        hostValue({
          owner: profile.calendarOwner.upn,
          targetMailbox: profile.calendarOwner.upn,
          targetRestUrl: "https://outlook.office.com/api",
          delegatePermissions,
        });
    }
  }
  return methods;
}
