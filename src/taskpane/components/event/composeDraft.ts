import type { EventBodyType } from "../../../graph";
import {
  dateOfWallClock,
  parseDateInput,
  parseTimeInput,
  timeOfWallClock,
  wallClockMs,
} from "../../../shared/time/localDates";
import { nextWholeHour } from "../../../shared/time/zonedTime";
import { resolveTimeZone } from "../../../shared/time/timeZones";

/** Everything the compose form holds, exactly as typed (validation reads it; nothing here is normalised). */
export interface ComposeDraft {
  /** Empty means "use the subject". */
  name: string;
  subject: string;
  location: string;
  bodyText: string;
  bodyType: EventBodyType;
  isAllDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
}

/** A fresh draft: today at the next whole hour, one hour long, in the given zone (Windows or IANA name). */
export function initialDraft(timeZone: string, now: number = Date.now()): ComposeDraft {
  const iana = resolveTimeZone(timeZone)?.iana ?? "UTC";
  const start = nextWholeHour(now, iana);
  const end = wallClockMs(start.date, start.time) + 3_600_000;
  return {
    name: "",
    subject: "",
    location: "",
    bodyText: "",
    bodyType: "Text",
    isAllDay: false,
    startDate: start.date,
    startTime: start.time,
    endDate: dateOfWallClock(end),
    endTime: timeOfWallClock(end),
    timeZone,
  };
}

/**
 * Moving the start keeps the event's length, as Outlook does, while the old start, the old end and the new start are
 * all valid and in order; otherwise only the start changes.
 */
export function moveStart(draft: ComposeDraft, startDate: string, startTime: string): ComposeDraft {
  const moved = { ...draft, startDate, startTime };
  const times = [
    [draft.startDate, draft.startTime],
    [draft.endDate, draft.endTime],
    [startDate, startTime],
  ] as const;
  if (!times.every(([date, time]) => parseDateInput(date).ok && parseTimeInput(time).ok)) return moved;
  const length = wallClockMs(draft.endDate, draft.endTime) - wallClockMs(draft.startDate, draft.startTime);
  if (length < 0) return moved;
  const end = wallClockMs(startDate, startTime) + length;
  return { ...moved, endDate: dateOfWallClock(end), endTime: timeOfWallClock(end) };
}
