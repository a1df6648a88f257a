/**
 * Where an event lives, in Graph's terms. Built by `src/office` from the Outlook item and consumed by the
 * Graph client; it says nothing about the cloud or the API version, which belong to the client.
 */
export type Mailbox = { kind: "me" } | { kind: "user"; idOrUpn: string };

export type CalendarPath =
  | { kind: "events" }
  | { kind: "calendar" }
  | { kind: "calendars"; calendarId: string }
  | { kind: "calendarGroups"; groupId: string; calendarId: string };

export interface EventRef {
  mailbox: Mailbox;
  /** Defaults to `{ kind: "events" }` (`…/events/{id}`). */
  calendar?: CalendarPath;
  /** A REST (Graph) id, never an EWS id. */
  eventId: string;
}
