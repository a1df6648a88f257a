/** Turns the ways an event time can be given (Date, ISO text, Graph's dateTimeTimeZone) into an instant. */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export type EventTimeInput = Date | string | DateTimeTimeZone;

// Windows zone names (what Outlook and Graph use) for the zones of the demo users and the seeds' languages.
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  "Pacific Standard Time": "America/Los_Angeles",
  "Mountain Standard Time": "America/Denver",
  "Central Standard Time": "America/Chicago",
  "Eastern Standard Time": "America/New_York",
  "GMT Standard Time": "Europe/London",
  "W. Europe Standard Time": "Europe/Berlin",
  "Romance Standard Time": "Europe/Paris",
  "FLE Standard Time": "Europe/Helsinki",
  "Russian Standard Time": "Europe/Moscow",
  "Tokyo Standard Time": "Asia/Tokyo",
  "China Standard Time": "Asia/Shanghai",
};

const UTC_NAMES = new Set(["utc", "etc/utc", "gmt", "z", "coordinated universal time"]);
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

function zoneOffsetMs(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const value = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    value("year"),
    value("month") - 1,
    value("day"),
    value("hour"),
    value("minute"),
    value("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function parseInstant(text: string): Date {
  const date = new Date(HAS_ZONE.test(text) ? text : `${text}Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${text}`);
  return date;
}

function localToInstant(dateTime: string, timeZone: string): Date {
  if (HAS_ZONE.test(dateTime) || UTC_NAMES.has(timeZone.trim().toLowerCase())) return parseInstant(dateTime);
  const zone = WINDOWS_ZONES[timeZone] ?? timeZone;
  const wallClock = parseInstant(dateTime).getTime();
  // Two passes settle the offset on either side of a daylight-saving change.
  let instant = wallClock - zoneOffsetMs(wallClock, zone);
  instant = wallClock - zoneOffsetMs(instant, zone);
  return new Date(instant);
}

/** Throws RangeError for text that is no date or a zone Intl does not know. */
export function toInstant(input: EventTimeInput): Date {
  if (input instanceof Date) return new Date(input.getTime());
  if (typeof input === "string") return parseInstant(input);
  return localToInstant(input.dateTime, input.timeZone);
}
