import { AttachmentInputError, validateAttachmentName, type EventAttachmentInput } from "../../../graph";
import type { MessageId } from "../../../i18n/messages/en";
import type { ComposeDraft } from "./composeDraft";
import { toEventBody } from "./eventBody";
import { addDays, localDateTime, parseDateInput, parseTimeInput, wallClockMs } from "../../../shared/time/localDates";
import { resolveTimeZone } from "../../../shared/time/timeZones";
import { instantOf, wallClockAt } from "../../../shared/time/zonedTime";

/** The compose form's fields that can carry a message. */
export type ComposeField = "name" | "subject" | "startDate" | "startTime" | "endDate" | "endTime" | "timeZone";

/** What is wrong with one field: a message id and its values. */
export interface FieldProblem {
  id: MessageId;
  values?: Record<string, string>;
}

export type ComposeProblems = Partial<Record<ComposeField, FieldProblem>>;

export type ComposeCheck = { ok: true; input: EventAttachmentInput } | { ok: false; problems: ComposeProblems };

/** The order fields appear in, so the first problem can take the focus. */
export const COMPOSE_FIELD_ORDER: readonly ComposeField[] = [
  "name",
  "subject",
  "startDate",
  "startTime",
  "endDate",
  "endTime",
  "timeZone",
];

function checkName(draft: ComposeDraft): FieldProblem | undefined {
  const typed = draft.name.trim();
  const name = typed || draft.subject.trim();
  // No name and no subject: the subject field carries that message.
  if (name === "") return undefined;
  try {
    validateAttachmentName(name);
    return undefined;
  } catch (error) {
    if (!(error instanceof AttachmentInputError)) throw error;
    if (error.reason === "nameTooLong" && !typed) return { id: "event.error.nameFromSubjectTooLong" };
    return { id: `error.input.${error.reason}` };
  }
}

/** The years Outlook can store an appointment in (its calendar runs from 1601 to 4500). */
const FIRST_YEAR = 1601;
const LAST_YEAR = 4500;

function checkDate(text: string, missing: MessageId): FieldProblem | undefined {
  const parsed = parseDateInput(text);
  if (!parsed.ok) return { id: parsed.problem === "missing" ? missing : "event.error.dateImpossible" };
  const year = Number(parsed.value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return { id: "event.error.dateOutOfRange", values: { first: String(FIRST_YEAR), last: String(LAST_YEAR) } };
  }
  return undefined;
}

/** A wall-clock time that the zone skips (clocks going forward) names no instant: it must be chosen again. */
function skippedByClockChange(date: string, time: string, iana: string): boolean {
  const wallClock = wallClockMs(date, time);
  return wallClockAt(instantOf(wallClock, iana), iana) !== wallClock;
}

function checkTime(text: string, missing: MessageId): FieldProblem | undefined {
  const parsed = parseTimeInput(text);
  if (parsed.ok) return undefined;
  return { id: parsed.problem === "missing" ? missing : "event.error.timeInvalid" };
}

function withoutUndefined(problems: Record<ComposeField, FieldProblem | undefined>): ComposeProblems {
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== undefined));
}

/**
 * Checks the draft the way the organizer thinks of it (per field, in their words) and builds the Graph input.
 * Start and end are compared as instants in the chosen zone, so "01:30 to 01:15" on the night clocks go back is
 * compared by real time. All-day events take dates only and run from midnight of the first day to midnight after
 * the last one, which is how Outlook stores them.
 */
export function validateCompose(draft: ComposeDraft): ComposeCheck {
  const zone = resolveTimeZone(draft.timeZone);
  const problems: Record<ComposeField, FieldProblem | undefined> = {
    name: checkName(draft),
    subject: draft.subject.trim() === "" ? { id: "error.input.subjectInvalid" } : undefined,
    startDate: checkDate(draft.startDate, "event.error.startDateMissing"),
    startTime: draft.isAllDay ? undefined : checkTime(draft.startTime, "event.error.startTimeMissing"),
    endDate: checkDate(draft.endDate, "event.error.endDateMissing"),
    endTime: draft.isAllDay ? undefined : checkTime(draft.endTime, "event.error.endTimeMissing"),
    timeZone:
      draft.timeZone.trim() === ""
        ? { id: "error.input.timeZoneEmpty" }
        : zone
          ? undefined
          : { id: "event.error.timeZoneUnknown", values: { name: draft.timeZone.trim() } },
  };
  const found = withoutUndefined(problems);
  if (Object.keys(found).length > 0 || !zone) return { ok: false, problems: found };

  const startDate = draft.startDate.trim();
  const endDate = draft.endDate.trim();
  if (draft.isAllDay) {
    if (endDate < startDate) return { ok: false, problems: { endDate: { id: "event.error.endDateBeforeStart" } } };
    return {
      ok: true,
      input: buildInput(draft, zone.graphName, {
        start: localDateTime(startDate, "00:00"),
        end: localDateTime(addDays(endDate, 1), "00:00"),
      }),
    };
  }
  // Both times were checked above; the fallback only satisfies the type.
  const startTime = timeOf(draft.startTime);
  const endTime = timeOf(draft.endTime);
  const skipped: ComposeProblems = {
    ...(skippedByClockChange(startDate, startTime, zone.iana) ? { startTime: { id: "event.error.timeSkipped" } } : {}),
    ...(skippedByClockChange(endDate, endTime, zone.iana) ? { endTime: { id: "event.error.timeSkipped" } } : {}),
  };
  if (Object.keys(skipped).length > 0) return { ok: false, problems: skipped };
  const start = instantOf(wallClockMs(startDate, startTime), zone.iana);
  const end = instantOf(wallClockMs(endDate, endTime), zone.iana);
  if (end < start) {
    const field = endDate === startDate ? "endTime" : "endDate";
    return { ok: false, problems: { [field]: { id: "error.input.endBeforeStart" } } };
  }
  return {
    ok: true,
    input: buildInput(draft, zone.graphName, {
      start: localDateTime(startDate, startTime),
      end: localDateTime(endDate, endTime),
    }),
  };
}

function timeOf(text: string): string {
  const parsed = parseTimeInput(text);
  return parsed.ok ? parsed.value : "00:00";
}

function buildInput(
  draft: ComposeDraft,
  timeZone: string,
  times: { start: string; end: string },
): EventAttachmentInput {
  const subject = draft.subject.trim();
  const body = toEventBody(draft.bodyText, draft.bodyType);
  const location = draft.location.trim();
  return {
    name: draft.name.trim() || subject,
    subject,
    ...(body ? { body } : {}),
    start: { dateTime: times.start, timeZone },
    end: { dateTime: times.end, timeZone },
    ...(location ? { location } : {}),
    isAllDay: draft.isAllDay,
  };
}
