import pLimit from "p-limit";
import { currentAppointment } from "./appointment";
import { callHost, type HostCallOptions } from "./callHost";
import { isOfficeHostError, OfficeHostError } from "./OfficeHostError";
import type { AppointmentComposeLike, OfficeLike } from "./officeHost";
import { readRecurrenceKind, type RecurrenceKind } from "./recurrence";
import { canReadItemId, readSavedItemId } from "./savedItemId";

export interface MeetingOrganizer {
  displayName: string;
  emailAddress: string;
}

export interface MeetingDetails {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  /** Absent where the host does not expose it (before Mailbox 1.7, or when it refuses). */
  organizer?: MeetingOrganizer;
  recurrence: RecurrenceKind;
  isRecurring: boolean;
  /** Whether the meeting has ever been saved; undefined when the host cannot tell (no Mailbox 1.8). */
  saved: boolean | undefined;
  /** The organizer's Windows time zone name (`userProfile.timeZone`), e.g. "Pacific Standard Time". */
  timeZone: string | undefined;
}

// Outlook on the web, new Outlook and mobile run at most three item calls at a time.
const HOST_CONCURRENCY = 3;

/** What the organizer is editing, as shown at the top of the taskpane. */
export async function readMeeting(host: OfficeLike, options: HostCallOptions = {}): Promise<MeetingDetails> {
  const item = currentAppointment(host);
  const limit = pLimit(HOST_CONCURRENCY);
  const text = (field: "subject" | "location"): Promise<string> =>
    limit(() =>
      callHost<string>(host, `item.${field}.getAsync`, (callback) => item[field].getAsync(callback), options),
    ).then((value) => (typeof value === "string" ? value : ""));
  const time = (field: "start" | "end"): Promise<Date> =>
    limit(() =>
      callHost<Date>(host, `item.${field}.getAsync`, (callback) => item[field].getAsync(callback), options),
    ).then((value) => toDate(value, `item.${field}.getAsync`));

  const [subject, location, start, end, organizer, recurrence, saved] = await Promise.all([
    text("subject"),
    text("location"),
    time("start"),
    time("end"),
    limit(() => readOrganizer(host, item, options)),
    limit(() => readRecurrenceKind(host, item, options)),
    limit(() => readSavedState(host, item, options)),
  ]);
  const timeZone = host.context.mailbox.userProfile?.timeZone;
  return {
    subject,
    start,
    end,
    location,
    ...(organizer ? { organizer } : {}),
    recurrence,
    isRecurring: recurrence !== "single",
    saved,
    timeZone: typeof timeZone === "string" && timeZone ? timeZone : undefined,
  };
}

function toDate(value: unknown, operation: string): Date {
  const date =
    value instanceof Date ? value : typeof value === "number" || typeof value === "string" ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new OfficeHostError("hostError", `${operation} returned no valid date.`, { operation });
  }
  return date;
}

/**
 * The docs say reading the organizer needs read/write item permission while hosts only check read item; a host
 * that refuses or lacks it leaves the organizer out rather than failing the whole read. A stuck host still fails.
 */
async function readOrganizer(
  host: OfficeLike,
  item: AppointmentComposeLike,
  options: HostCallOptions,
): Promise<MeetingOrganizer | undefined> {
  const organizer = item.organizer;
  if (!organizer || typeof organizer.getAsync !== "function") return undefined;
  try {
    const details = await callHost<Office.EmailAddressDetails>(
      host,
      "item.organizer.getAsync",
      (callback) => organizer.getAsync(callback),
      options,
    );
    if (!details || typeof details.emailAddress !== "string") return undefined;
    return {
      displayName: typeof details.displayName === "string" ? details.displayName : details.emailAddress,
      emailAddress: details.emailAddress,
    };
  } catch (error) {
    if (isOfficeHostError(error) && error.reason !== "timeout" && error.reason !== "cancelled") return undefined;
    throw error;
  }
}

async function readSavedState(
  host: OfficeLike,
  item: AppointmentComposeLike,
  options: HostCallOptions,
): Promise<boolean | undefined> {
  if (!canReadItemId(host, item)) return undefined;
  return (await readSavedItemId(host, item, options)) !== null;
}
