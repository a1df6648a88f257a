import { errors } from "./errors";
import { encodeContextId, toGraphDateTime, toSevenDigitIso } from "./formats";
import { fail } from "./responses";
import type { GraphVersion } from "./routing";
import type { EmulatorUser, StoredEvent } from "./store";

type JsonObject = Record<string, unknown>;

const EVENT_PROPERTIES = [
  "createdDateTime",
  "lastModifiedDateTime",
  "changeKey",
  "subject",
  "bodyPreview",
  "importance",
  "isAllDay",
  "hasAttachments",
  "isOrganizer",
  "type",
  "showAs",
  "webLink",
  "body",
  "start",
  "end",
  "location",
  "organizer",
];

export interface EventSelection {
  listed: string[];
  properties: Set<string>;
}

/** Parses `$select` for events; an unknown name fails as Graph's URI parser does. */
export function parseEventSelect(query: string | null): EventSelection | null {
  if (query === null || query.trim() === "") return null;
  const selection: EventSelection = { listed: [], properties: new Set() };
  for (const raw of query.split(",").map((part) => part.trim())) {
    if (raw === "") continue;
    if (raw.toLowerCase() === "id") {
      selection.listed.push(raw);
      continue;
    }
    const property = EVENT_PROPERTIES.find((candidate) => candidate.toLowerCase() === raw.toLowerCase());
    if (!property) return fail(errors.propertyNotFound(raw, "microsoft.graph.event"));
    selection.listed.push(raw);
    selection.properties.add(property);
  }
  return selection;
}

export function eventsContext(
  baseUrl: string,
  version: GraphVersion,
  ownerOid: string,
  collection: "events" | "calendarView",
  selection: EventSelection | null,
): string {
  const select = selection ? `(${selection.listed.join(",")})` : "";
  return `${baseUrl}/${version}/$metadata#users('${encodeContextId(ownerOid)}')/${collection}${select}`;
}

function dateTimeTimeZone(date: Date): JsonObject {
  return { dateTime: toGraphDateTime(date), timeZone: "UTC" };
}

function bodyPreview(event: StoredEvent): string {
  const text = event.body.contentType === "html" ? event.body.content.replace(/<[^>]*>/g, " ") : event.body.content;
  return text.replace(/\s+/g, " ").trim().slice(0, 255);
}

function propertyValue(event: StoredEvent, owner: EmulatorUser, hasAttachments: boolean, property: string): unknown {
  switch (property) {
    case "createdDateTime":
      return toSevenDigitIso(event.createdDateTime);
    case "lastModifiedDateTime":
      return toSevenDigitIso(event.lastModifiedDateTime);
    case "changeKey":
      return changeKey(event);
    case "subject":
      return event.subject;
    case "bodyPreview":
      return bodyPreview(event);
    case "importance":
      return "normal";
    case "isAllDay":
      return event.isAllDay;
    case "hasAttachments":
      return hasAttachments;
    case "isOrganizer":
      return true;
    case "type":
      return "singleInstance";
    case "showAs":
      return "busy";
    case "webLink":
      return `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`;
    case "body":
      return { contentType: event.body.contentType, content: event.body.content };
    case "start":
      return dateTimeTimeZone(event.start);
    case "end":
      return dateTimeTimeZone(event.end);
    case "location":
      return { displayName: event.location, locationType: "default" };
    default:
      return { emailAddress: { name: owner.displayName, address: owner.upn } };
  }
}

function changeKey(event: StoredEvent): string {
  return Buffer.from(`emulator-${event.id}-${event.changeKey}`).toString("base64").slice(-24);
}

/** An event as Graph writes it (times in UTC); `@odata.etag` and `id` come whatever `$select` says. */
export function eventJson(
  event: StoredEvent,
  owner: EmulatorUser,
  hasAttachments: boolean,
  selection: EventSelection | null,
  context?: string,
): JsonObject {
  const json: JsonObject = {};
  if (context !== undefined) json["@odata.context"] = context;
  json["@odata.etag"] = `W/"${changeKey(event)}"`;
  json["id"] = event.id;
  for (const property of EVENT_PROPERTIES) {
    if (!selection || selection.properties.has(property)) {
      json[property] = propertyValue(event, owner, hasAttachments, property);
    }
  }
  return json;
}
