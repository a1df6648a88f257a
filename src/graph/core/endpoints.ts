import { CLOUDS, type CloudName } from "../../config/clouds";
import { EventRefError } from "../errors/EventRefError";
import type { EventRefField } from "../errors/reasons";
import type { CalendarPath, EventRef, Mailbox } from "../../shared/eventRef";

export type GraphVersion = "v1.0" | "beta";

/** Graph's root for a cloud, or an explicit base URL (an emulator) that wins over the cloud. */
export function graphRoot(cloud: CloudName, baseUrl?: string): string {
  return (baseUrl ?? CLOUDS[cloud].graph).replace(/\/+$/, "");
}

/**
 * Encodes one path segment. `encodeURIComponent`, then `=` put back: it is legal in a path segment, Graph's docs
 * send REST ids with their `=` padding as is, and keeping it makes URLs match the documentation and logs.
 */
export function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/%3D/g, "=");
}

/** Checks an Exchange REST id and encodes it; EWS ids (`/`, `+`) are refused before they reach Graph. */
export function restIdSegment(id: string, field: EventRefField): string {
  if (id.trim() === "") throw new EventRefError("idEmpty", `The ${field} is empty.`, { field: field });
  if (/[/+]/.test(id)) {
    throw new EventRefError(
      "ewsId",
      `The ${field} contains "/" or "+", so it looks like an unconverted EWS id: convert it with ` +
        "Office.context.mailbox.convertToRestId(id, Office.MailboxEnums.RestVersion.v2_0) first.",
      { field: field },
    );
  }
  return encodeSegment(id);
}

/** `me`, `users/{id}` or `users/{upn}`; a UPN that starts with `$` takes Graph's `users('{upn}')` form. */
export function mailboxPath(mailbox: Mailbox): string {
  if (mailbox.kind === "me") return "me";
  const idOrUpn = mailbox.idOrUpn.trim();
  if (idOrUpn === "" || /[/\\?\s]/.test(idOrUpn)) {
    throw new EventRefError("mailboxInvalid", "The mailbox must be a user id or user principal name.", {
      field: "mailbox",
    });
  }
  if (idOrUpn.startsWith("$")) {
    const quoted = encodeSegment(idOrUpn.replace(/'/g, "''")).replace(/%24/g, "$").replace(/%40/g, "@");
    return `users('${quoted}')`;
  }
  return `users/${encodeSegment(idOrUpn).replace(/%40/g, "@")}`;
}

function calendarPath(calendar: CalendarPath | undefined): string {
  switch (calendar?.kind ?? "events") {
    case "events":
      return "events";
    case "calendar":
      return "calendar/events";
    case "calendars": {
      const { calendarId } = calendar as Extract<CalendarPath, { kind: "calendars" }>;
      return `calendars/${restIdSegment(calendarId, "calendarId")}/events`;
    }
    case "calendarGroups": {
      const { groupId, calendarId } = calendar as Extract<CalendarPath, { kind: "calendarGroups" }>;
      return `calendarGroups/${restIdSegment(groupId, "groupId")}/calendars/${restIdSegment(calendarId, "calendarId")}/events`;
    }
  }
}

/** `{root}/{version}/{mailbox}`, the prefix of every mailbox-scoped URL. */
export function mailboxUrl(root: string, version: GraphVersion, mailbox: Mailbox): string {
  return `${root}/${version}/${mailboxPath(mailbox)}`;
}

/** `{root}/{version}/{mailbox}/{calendar path}/events/{id}`. */
export function eventUrl(root: string, version: GraphVersion, ref: EventRef): string {
  return `${mailboxUrl(root, version, ref.mailbox)}/${calendarPath(ref.calendar)}/${restIdSegment(ref.eventId, "eventId")}`;
}

/** `…/events/{id}/attachments`: the one URL every attachment call builds on. */
export function attachmentsUrl(root: string, version: GraphVersion, ref: EventRef): string {
  return `${eventUrl(root, version, ref)}/attachments`;
}

export function attachmentUrl(root: string, version: GraphVersion, ref: EventRef, attachmentId: string): string {
  return `${attachmentsUrl(root, version, ref)}/${restIdSegment(attachmentId, "attachmentId")}`;
}

/**
 * Upload sessions are documented only under `…/events/{id}/attachments/createUploadSession`, so the session is
 * always created on that form, whatever calendar path the event was found through.
 */
export function createUploadSessionUrl(root: string, version: GraphVersion, ref: EventRef): string {
  return `${attachmentsUrl(root, version, { mailbox: ref.mailbox, eventId: ref.eventId })}/createUploadSession`;
}

/** A key that names one mailbox on one Graph root, for the per-mailbox concurrency limit. */
export function mailboxKey(root: string, mailbox: Mailbox): string {
  return `${root}|${mailbox.kind === "me" ? "me" : mailbox.idOrUpn.trim().toLowerCase()}`;
}
