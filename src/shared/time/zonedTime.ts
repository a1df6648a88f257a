import { dateOfWallClock, timeOfWallClock } from "./localDates";

/**
 * Converting between instants and wall-clock times in an IANA zone with nothing but Intl: the zone's offset at an
 * instant is read from `formatToParts`, and a wall-clock time is turned into an instant by correcting a guess twice
 * (the second pass settles times next to a daylight-saving change).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(iana: string): Intl.DateTimeFormat {
  let formatter = formatters.get(iana);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: iana,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      era: "short",
    });
    formatters.set(iana, formatter);
  }
  return formatter;
}

/** The wall-clock time in `iana` at `instant`, as milliseconds "as if UTC" (see `wallClockMs`). */
export function wallClockAt(instant: number, iana: string): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(iana).formatToParts(new Date(instant))) parts[part.type] = part.value;
  const year = Number(parts.year) * (parts.era === "BC" ? -1 : 1);
  const value = new Date(
    Date.UTC(
      2000,
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  );
  value.setUTCFullYear(year);
  return value.getTime() + (instant % 1000);
}

/** The instant a wall-clock time (from `wallClockMs`) names in `iana`. */
export function instantOf(wallClock: number, iana: string): number {
  const firstGuess = wallClock - (wallClockAt(wallClock, iana) - wallClock);
  return wallClock - (wallClockAt(firstGuess, iana) - firstGuess);
}

/** Today and the next whole hour in `iana`, for the form's defaults. */
export function nextWholeHour(now: number, iana: string): { date: string; time: string } {
  const wallClock = wallClockAt(now, iana);
  const next = Math.floor(wallClock / 3_600_000) * 3_600_000 + 3_600_000;
  return { date: dateOfWallClock(next), time: timeOfWallClock(next) };
}

/** Today's date in `iana`. */
export function todayIn(now: number, iana: string): string {
  return dateOfWallClock(wallClockAt(now, iana));
}
