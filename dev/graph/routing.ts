import { errors } from "./errors";
import { fail } from "./responses";

export type GraphVersion = "v1.0" | "beta";
export type MailboxSelector = { kind: "me" } | { kind: "user"; idOrUpn: string };

interface RouteBase {
  version: GraphVersion;
  mailbox: MailboxSelector;
}

export type GraphRoute =
  | (RouteBase & { kind: "calendarView" })
  | (RouteBase & { kind: "event"; eventId: string })
  | (RouteBase & { kind: "attachments"; eventId: string })
  | (RouteBase & { kind: "createUploadSession"; eventId: string })
  | (RouteBase & { kind: "attachment"; eventId: string; attachmentId: string; value: boolean });

const REST_ID = /^[A-Za-z0-9_-]+=*$/;
const MIN_ATTACHMENT_ID_LENGTH = 16;

/** Graph's message names the part of an EWS id between its first and second `/`. */
function ewsIdSegment(id: string): string {
  const parts = id.split("/");
  return parts.length > 1 ? (parts[1] ?? id) : id;
}

function checkItemId(id: string): void {
  if (id.includes("/") || id.includes("+")) fail(errors.segmentNotFound(ewsIdSegment(id)));
  if (!REST_ID.test(id)) fail(errors.malformedId());
}

function decodeSegments(path: string): string[] {
  return path
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return fail(errors.segmentNotFound(segment));
      }
    });
}

class SegmentReader {
  private index = 0;
  constructor(private readonly segments: readonly string[]) {}

  next(): string | undefined {
    return this.segments[this.index++];
  }

  peek(): string | undefined {
    return this.segments[this.index];
  }

  /** Consumes the next segment when it equals `name` (Graph matches segment names case-insensitively). */
  accept(name: string): boolean {
    if (this.peek()?.toLowerCase() !== name.toLowerCase()) return false;
    this.index += 1;
    return true;
  }

  expect(name: string): void {
    if (!this.accept(name)) this.failHere();
  }

  required(): string {
    const segment = this.next();
    if (segment === undefined) return fail(errors.segmentNotFound(this.segments.at(-1) ?? ""));
    return segment;
  }

  atEnd(): boolean {
    return this.index >= this.segments.length;
  }

  failHere(): never {
    return fail(errors.segmentNotFound(this.peek() ?? this.segments.at(-1) ?? ""));
  }
}

function readMailbox(reader: SegmentReader): MailboxSelector {
  if (reader.accept("me")) return { kind: "me" };
  if (reader.accept("users")) return { kind: "user", idOrUpn: reader.required() };
  return reader.failHere();
}

/**
 * Reads the calendar part: `events`, `calendar/events`, `calendars/{id}/events`,
 * `calendarGroups/{id}/calendars/{id}/events`, or the `calendarView` next to any of them.
 * Calendar and group ids are accepted as given: each mailbox has one calendar here.
 */
function readCalendar(reader: SegmentReader): "events" | "calendarView" {
  if (reader.accept("calendarGroups")) {
    reader.required();
    reader.expect("calendars");
    reader.required();
  } else if (reader.accept("calendars")) {
    reader.required();
  } else {
    reader.accept("calendar");
  }
  if (reader.accept("events")) return "events";
  if (reader.accept("calendarView")) return "calendarView";
  return reader.failHere();
}

/** Parses a Graph path below the emulator's root, e.g. `/v1.0/me/events/{id}/attachments`. Throws Graph errors. */
export function parseGraphPath(path: string): GraphRoute {
  const reader = new SegmentReader(decodeSegments(path));
  const versionSegment = reader.required();
  if (versionSegment !== "v1.0" && versionSegment !== "beta") return fail(errors.unknownVersion(versionSegment));
  const base: RouteBase = { version: versionSegment, mailbox: readMailbox(reader) };

  if (readCalendar(reader) === "calendarView") {
    if (!reader.atEnd()) reader.failHere();
    return { ...base, kind: "calendarView" };
  }

  const eventId = reader.required();
  checkItemId(eventId);
  if (reader.atEnd()) return { ...base, kind: "event", eventId };
  reader.expect("attachments");
  if (reader.atEnd()) return { ...base, kind: "attachments", eventId };
  if (reader.accept("createUploadSession") || reader.accept("microsoft.graph.createUploadSession")) {
    if (!reader.atEnd()) reader.failHere();
    return { ...base, kind: "createUploadSession", eventId };
  }

  const attachmentId = reader.required();
  if (attachmentId.includes("/")) fail(errors.segmentNotFound(ewsIdSegment(attachmentId)));
  if (!REST_ID.test(attachmentId) || attachmentId.length < MIN_ATTACHMENT_ID_LENGTH) fail(errors.invalidAttachmentId());
  const value = reader.accept("$value");
  if (!reader.atEnd()) reader.failHere();
  return { ...base, kind: "attachment", eventId, attachmentId, value };
}
