/**
 * The date and time fields as the browser gives them: `<input type="date">` yields `YYYY-MM-DD` and
 * `<input type="time">` yields `HH:mm` (or `HH:mm:ss`), or an empty string while the entry is incomplete. Other
 * engines, pasted text and tests can still hand us anything, so every value is checked here.
 */

export type FieldParse<T> = { ok: true; value: T } | { ok: false; problem: "missing" | "invalid" };

/** A calendar day: `YYYY-MM-DD` with the day existing in that month (no 2026-02-30). */
export function parseDateInput(text: string): FieldParse<string> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "missing" };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return { ok: false, problem: "invalid" };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return { ok: false, problem: "invalid" };
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, problem: "invalid" };
  return { ok: true, value: trimmed };
}

/** A wall-clock time `HH:mm` (seconds dropped: Outlook events start on whole minutes). */
export function parseTimeInput(text: string): FieldParse<string> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "missing" };
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(trimmed);
  if (!match) return { ok: false, problem: "invalid" };
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, problem: "invalid" };
  return { ok: true, value: `${match[1]}:${match[2]}` };
}

/** Graph's local `dateTime` for a checked day and time: `YYYY-MM-DDTHH:mm:00`. */
export function localDateTime(date: string, time: string): string {
  return `${date}T${time}:00`;
}

/** Milliseconds of a local day and time as if it were UTC: only for ordering and zone arithmetic. */
export function wallClockMs(date: string, time = "00:00"): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const value = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  value.setUTCFullYear(year);
  return value.getTime();
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, "0");
}

/** `YYYY-MM-DD` of a wall-clock value made by `wallClockMs`. */
export function dateOfWallClock(ms: number): string {
  const value = new Date(ms);
  return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

/** `HH:mm` of a wall-clock value made by `wallClockMs`. */
export function timeOfWallClock(ms: number): string {
  const value = new Date(ms);
  return `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
}

/** The calendar day `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return dateOfWallClock(wallClockMs(date) + days * 86_400_000);
}
