import type { IntlShape } from "react-intl";

export interface AddedTime {
  /** What the row shows: "5 minutes ago", "yesterday", or a date once it is more than a week old. */
  text: string;
  /** The full date and time, for the tooltip and the `<time>` element. */
  full: string;
  /** ISO 8601, for `<time dateTime>`. */
  iso: string;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

/**
 * When an attachment was added, from Graph's `lastModifiedDateTime` (attachments are not edited in place, so it is
 * the time it was added). Recent times read as relative ones; a time slightly in the future (clock skew between
 * this computer and the server) counts as "now". Null when Graph gave no usable time.
 */
export function formatAddedTime(value: string | null, now: number, intl: IntlShape): AddedTime | null {
  if (value === null) return null;
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return null;
  const date = new Date(time);
  const full = intl.formatDate(date, { dateStyle: "medium", timeStyle: "short" });
  const iso = date.toISOString();
  const age = Math.max(0, now - time);
  const relative = (amount: number, unit: "second" | "minute" | "hour" | "day"): AddedTime => ({
    text: intl.formatRelativeTime(-amount, unit, { numeric: "auto" }),
    full,
    iso,
  });
  if (age < MINUTE_MS) return relative(0, "second");
  if (age < HOUR_MS) return relative(Math.floor(age / MINUTE_MS), "minute");
  if (age < DAY_MS) return relative(Math.floor(age / HOUR_MS), "hour");
  if (age < WEEK_MS) return relative(Math.floor(age / DAY_MS), "day");
  return { text: intl.formatDate(date, { dateStyle: "medium" }), full, iso };
}
