import { errors } from "./errors";
import { toInstant } from "./eventTime";
import { fail } from "./responses";
import type { StoredEvent } from "./store";

export const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

export interface CalendarViewQuery {
  start: Date;
  end: Date;
  top: number;
  skip: number;
  filter: ((event: StoredEvent) => boolean) | null;
  compare: (a: StoredEvent, b: StoredEvent) => number;
}

/** Query parameter names are case-insensitive on Graph (`StartDateTime` works as well as `startDateTime`). */
export function queryParam(url: URL, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === wanted) return value;
  return null;
}

function parseWindowBound(text: string | null): Date {
  if (text === null || text.trim() === "") return fail(errors.calendarViewWindowMissing());
  try {
    return toInstant(text);
  } catch {
    return fail(errors.invalidParameter(`The value '${text}' is not a valid date-time.`));
  }
}

function parseCount(text: string | null, name: string, fallback: number, max: number): number {
  if (text === null) return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max)
    return fail(errors.invalidParameter(`Invalid value '${text}' for ${name}.`));
  return Number(text);
}

/** Supports what the event picker sends: `contains(subject,'…')` and `startswith(subject,'…')`, `''` escaping a quote. */
function parseFilter(text: string | null): CalendarViewQuery["filter"] {
  if (text === null || text.trim() === "") return null;
  const match = /^\s*(contains|startswith)\(\s*subject\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i.exec(text);
  if (!match) return fail(errors.invalidFilter());
  const operation = (match[1] ?? "").toLowerCase();
  const needle = (match[2] ?? "").replace(/''/g, "'").toLowerCase();
  return operation === "contains"
    ? (event) => event.subject.toLowerCase().includes(needle)
    : (event) => event.subject.toLowerCase().startsWith(needle);
}

const SORT_KEYS: Readonly<Record<string, (event: StoredEvent) => number | string>> = {
  "start/datetime": (event) => event.start.getTime(),
  "end/datetime": (event) => event.end.getTime(),
  subject: (event) => event.subject.toLowerCase(),
  createddatetime: (event) => event.createdDateTime.getTime(),
};

function parseOrderBy(text: string | null): CalendarViewQuery["compare"] {
  const [property = "start/dateTime", direction = "asc"] = (text ?? "start/dateTime").trim().split(/\s+/);
  const key = SORT_KEYS[property.toLowerCase()];
  if (!key) return fail(errors.propertyNotFound(property, "microsoft.graph.event"));
  if (!/^(asc|desc)$/i.test(direction)) return fail(errors.invalidParameter(`Invalid value '${text}' for $orderby.`));
  const sign = direction.toLowerCase() === "desc" ? -1 : 1;
  return (a, b) => {
    const left = key(a);
    const right = key(b);
    const order = left < right ? -1 : left > right ? 1 : 0;
    return order !== 0 ? sign * order : a.id.localeCompare(b.id);
  };
}

export function parseCalendarViewQuery(url: URL): CalendarViewQuery {
  const start = parseWindowBound(queryParam(url, "startDateTime"));
  const end = parseWindowBound(queryParam(url, "endDateTime"));
  return {
    start,
    end,
    top: Math.max(1, parseCount(queryParam(url, "$top"), "$top", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)),
    skip: parseCount(queryParam(url, "$skip"), "$skip", 0, Number.MAX_SAFE_INTEGER),
    filter: parseFilter(queryParam(url, "$filter")),
    compare: parseOrderBy(queryParam(url, "$orderby")),
  };
}

/** Events overlapping the window, filtered and sorted; the caller pages through them. */
export function selectCalendarView(events: readonly StoredEvent[], query: CalendarViewQuery): StoredEvent[] {
  return events
    .filter((event) => event.start.getTime() < query.end.getTime() && event.end.getTime() > query.start.getTime())
    .filter((event) => query.filter?.(event) ?? true)
    .sort(query.compare);
}

/** The same request for the next page: `$skip` moves on, everything else stays. */
export function nextPageUrl(url: URL, query: CalendarViewQuery): string {
  const next = new URL(url.href);
  for (const key of [...next.searchParams.keys()]) if (key.toLowerCase() === "$skip") next.searchParams.delete(key);
  next.searchParams.set("$skip", String(query.skip + query.top));
  return next.href;
}
