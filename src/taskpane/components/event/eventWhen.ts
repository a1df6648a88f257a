import type { EventSummary } from "../../../graph";
import { parseDateInput, parseTimeInput, wallClockMs } from "../../../shared/time/localDates";
import { resolveTimeZone } from "../../../shared/time/timeZones";
import { instantOf } from "../../../shared/time/zonedTime";

/** The instant of a Graph `dateTimeTimeZone` (local time without offset, plus a Windows or IANA zone). */
export function instantOfGraphTime(value: { dateTime: string; timeZone: string }): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value.dateTime);
  const zone = resolveTimeZone(value.timeZone);
  if (!match || !zone) return undefined;
  const date = parseDateInput(match[1] ?? "");
  const time = parseTimeInput(match[2] ?? "");
  if (!date.ok || !time.ok) return undefined;
  return instantOf(wallClockMs(date.value, time.value), zone.iana);
}

export type EventWhen =
  { kind: "timed"; start: Date; end: Date } | { kind: "allDay"; first: Date; last: Date } | { kind: "unknown" };

/**
 * When an event happens, ready for Intl. All-day events are floating days: they are shown as dates in UTC (where
 * their midnights are read) and the exclusive end becomes the last day.
 */
export function eventWhen(event: Pick<EventSummary, "start" | "end" | "isAllDay">): EventWhen {
  if (!event.start || !event.end) return { kind: "unknown" };
  if (event.isAllDay) {
    const first = parseDateInput(event.start.dateTime.slice(0, 10));
    const after = parseDateInput(event.end.dateTime.slice(0, 10));
    if (!first.ok || !after.ok) return { kind: "unknown" };
    const last = Math.max(wallClockMs(first.value), wallClockMs(after.value) - 86_400_000);
    return { kind: "allDay", first: new Date(wallClockMs(first.value)), last: new Date(last) };
  }
  const start = instantOfGraphTime(event.start);
  const end = instantOfGraphTime(event.end);
  if (start === undefined || end === undefined) return { kind: "unknown" };
  return { kind: "timed", start: new Date(start), end: new Date(end) };
}
