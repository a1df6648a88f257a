import { GraphRequestError } from "../errors/GraphRequestError";
import { isRecord } from "../../shared/isRecord";

/** The few event fields the event picker shows; requested with `$select` so nothing else is transferred. */
export interface EventSummary {
  id: string;
  subject: string;
  start: { dateTime: string; timeZone: string } | null;
  end: { dateTime: string; timeZone: string } | null;
  isAllDay: boolean;
  location: string | null;
  organizer: { name: string | null; address: string | null } | null;
  /** Only from `getEvent`, which also selects the body (the picker's preview and the attached copy need it). */
  body?: { contentType: "text" | "html"; content: string } | null;
}

export const EVENT_SUMMARY_SELECT = "id,subject,start,end,isAllDay,location,organizer";
/** One event, for attaching it: the summary plus its body. */
export const EVENT_DETAIL_SELECT = `${EVENT_SUMMARY_SELECT},body`;

function readBody(value: unknown): EventSummary["body"] {
  if (!isRecord(value) || typeof value.content !== "string") return null;
  return { contentType: String(value.contentType).toLowerCase() === "html" ? "html" : "text", content: value.content };
}

function readTime(value: unknown): EventSummary["start"] {
  if (!isRecord(value) || typeof value.dateTime !== "string") return null;
  return { dateTime: value.dateTime, timeZone: typeof value.timeZone === "string" ? value.timeZone : "UTC" };
}

function readString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

export function parseEventSummary(value: unknown): EventSummary {
  if (!isRecord(value) || typeof value.id !== "string") {
    throw new GraphRequestError("unexpectedResponse", "Microsoft Graph returned an event without an id.");
  }
  const location = isRecord(value.location) ? readString(value.location.displayName) : null;
  const email =
    isRecord(value.organizer) && isRecord(value.organizer.emailAddress) ? value.organizer.emailAddress : null;
  return {
    id: value.id,
    subject: typeof value.subject === "string" ? value.subject : "",
    start: readTime(value.start),
    end: readTime(value.end),
    isAllDay: value.isAllDay === true,
    location: location === "" ? null : location,
    organizer: email ? { name: readString(email.name), address: readString(email.address) } : null,
    ...("body" in value ? { body: readBody(value.body) } : {}),
  };
}
