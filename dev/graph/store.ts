import { createHash } from "node:crypto";
import { toInstant, type EventTimeInput } from "./eventTime";
import { newEventId } from "./formats";

export interface EmulatorUser {
  /** Entra object id (GUID). */
  id: string;
  upn: string;
  displayName: string;
}

export interface NewEvent {
  /** A REST id; one is made up when omitted. */
  id?: string;
  /** UPN of the mailbox the event lives in (the organizer, or the owner of a shared calendar). */
  owner: string;
  subject: string;
  start: EventTimeInput;
  end: EventTimeInput;
  body?: string | { contentType: "text" | "html"; content: string };
  location?: string;
  isAllDay?: boolean;
  /** Until this moment Graph answers 404 for the event (classic Outlook in cached mode syncs late). */
  visibleAfter?: Date;
}

export interface StoredEvent {
  id: string;
  owner: string;
  subject: string;
  start: Date;
  end: Date;
  body: { contentType: "text" | "html"; content: string };
  location: string;
  isAllDay: boolean;
  visibleAfter: Date | null;
  createdDateTime: Date;
  lastModifiedDateTime: Date;
  /** Changes whenever the event or its attachments change; the emulator's `@odata.etag`. */
  changeKey: number;
}

interface AttachmentBase {
  id: string;
  eventId: string;
  name: string;
  contentType: string | null;
  /** The size Graph reports, which is larger than the content (see attachmentSize.ts). */
  size: number;
  isInline: boolean;
  /** As Graph writes it: `2017-04-15T03:21:49Z`. */
  lastModifiedDateTime: string;
}

export interface StoredFileAttachment extends AttachmentBase {
  kind: "file";
  bytes: Uint8Array;
  contentId: string | null;
}

export interface StoredItemAttachment extends AttachmentBase {
  kind: "item";
  /** The item as posted (an event, message or contact), `@odata.type` included. */
  item: Record<string, unknown>;
}

export interface StoredReferenceAttachment extends AttachmentBase {
  kind: "reference";
  sourceUrl: string;
  providerType: string;
  permission: string;
  isFolder: boolean;
}

export type StoredAttachment = StoredFileAttachment | StoredItemAttachment | StoredReferenceAttachment;

export type Access = "read" | "write";

/** A stable GUID for a user known only by UPN (events added for someone the emulator never met). */
function derivedObjectId(upn: string): string {
  const hex = createHash("sha1").update(upn.toLowerCase()).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function normaliseBody(body: NewEvent["body"]): StoredEvent["body"] {
  if (body === undefined) return { contentType: "text", content: "" };
  if (typeof body === "string") return { contentType: "text", content: body };
  return { contentType: body.contentType, content: body.content };
}

/** Events, attachments, users and delegate grants, all in memory. */
export class EmulatorStore {
  private readonly eventsById = new Map<string, StoredEvent>();
  private readonly attachmentsByEvent = new Map<string, StoredAttachment[]>();
  private readonly usersByUpn = new Map<string, EmulatorUser>();
  private readonly grants = new Map<string, Access>();
  /** When each attachment was stored, to the millisecond (Graph's `lastModifiedDateTime` keeps only seconds). */
  private readonly storedAt = new Map<string, number>();

  constructor(private readonly now: () => Date) {}

  clear(): void {
    this.eventsById.clear();
    this.attachmentsByEvent.clear();
    this.storedAt.clear();
    this.usersByUpn.clear();
    this.grants.clear();
  }

  addUser(user: EmulatorUser): EmulatorUser {
    const stored = { id: user.id.toLowerCase(), upn: user.upn, displayName: user.displayName };
    this.usersByUpn.set(user.upn.toLowerCase(), stored);
    return stored;
  }

  /** The user with this UPN, created (with a derived object id) when unknown. */
  ensureUser(upn: string, id?: string): EmulatorUser {
    const known = this.usersByUpn.get(upn.toLowerCase());
    if (known) return known;
    return this.addUser({ id: id ?? derivedObjectId(upn), upn, displayName: upn.split("@")[0] ?? upn });
  }

  /** Looks a user up by object id or UPN, case-insensitively, as `/users/{id | userPrincipalName}` does. */
  findUser(idOrUpn: string): EmulatorUser | undefined {
    const key = idOrUpn.toLowerCase();
    const byUpn = this.usersByUpn.get(key);
    if (byUpn) return byUpn;
    for (const user of this.usersByUpn.values()) if (user.id === key) return user;
    return undefined;
  }

  users(): EmulatorUser[] {
    return [...this.usersByUpn.values()];
  }

  /** Adds the event, or replaces it (keeping its attachments) when the id exists: Outlook saving again. */
  addEvent(input: NewEvent): StoredEvent {
    const owner = this.ensureUser(input.owner);
    const id = input.id ?? newEventId();
    const existing = this.eventsById.get(id);
    const now = this.now();
    const start = toInstant(input.start);
    const end = toInstant(input.end);
    if (end.getTime() < start.getTime()) throw new RangeError("The event ends before it starts.");
    const event: StoredEvent = {
      id,
      owner: owner.upn,
      subject: input.subject,
      start,
      end,
      body: normaliseBody(input.body),
      location: input.location ?? "",
      isAllDay: input.isAllDay ?? false,
      visibleAfter: input.visibleAfter ?? null,
      createdDateTime: existing?.createdDateTime ?? now,
      lastModifiedDateTime: now,
      changeKey: (existing?.changeKey ?? 0) + 1,
    };
    this.eventsById.set(id, event);
    if (!this.attachmentsByEvent.has(id)) this.attachmentsByEvent.set(id, []);
    return event;
  }

  getEvent(id: string): StoredEvent | undefined {
    return this.eventsById.get(id);
  }

  /** Events of one mailbox (by UPN), or of all mailboxes. */
  events(ownerUpn?: string): StoredEvent[] {
    const all = [...this.eventsById.values()];
    if (ownerUpn === undefined) return all;
    const key = ownerUpn.toLowerCase();
    return all.filter((event) => event.owner.toLowerCase() === key);
  }

  attachments(eventId: string): StoredAttachment[] {
    return [...(this.attachmentsByEvent.get(eventId) ?? [])];
  }

  getAttachment(eventId: string, attachmentId: string): StoredAttachment | undefined {
    return this.attachmentsByEvent.get(eventId)?.find((attachment) => attachment.id === attachmentId);
  }

  /** Sum of the reported sizes of an event's attachments: what the mailbox size limit counts. */
  attachmentsSize(eventId: string): number {
    return this.attachments(eventId).reduce((total, attachment) => total + attachment.size, 0);
  }

  addAttachment(attachment: StoredAttachment): void {
    const list = this.attachmentsByEvent.get(attachment.eventId);
    if (!list) throw new Error(`No event ${attachment.eventId}`);
    list.push(attachment);
    this.storedAt.set(attachment.id, this.now().getTime());
    this.touch(attachment.eventId);
  }

  /** The event's attachments stored after `instant`: what a window opened at `instant` has never seen. */
  attachmentsStoredAfter(eventId: string, instant: Date): StoredAttachment[] {
    return this.attachments(eventId).filter(
      (attachment) => (this.storedAt.get(attachment.id) ?? Number.NEGATIVE_INFINITY) > instant.getTime(),
    );
  }

  removeAttachment(eventId: string, attachmentId: string): boolean {
    const list = this.attachmentsByEvent.get(eventId);
    const index = list?.findIndex((attachment) => attachment.id === attachmentId) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    this.storedAt.delete(attachmentId);
    this.touch(eventId);
    return true;
  }

  /** Lets `delegateUpn` read (or read and write) the calendar of `ownerUpn`. */
  grant(delegateUpn: string, ownerUpn: string, access: Access): void {
    this.grants.set(`${delegateUpn.toLowerCase()}|${ownerUpn.toLowerCase()}`, access);
  }

  revoke(delegateUpn: string, ownerUpn: string): void {
    this.grants.delete(`${delegateUpn.toLowerCase()}|${ownerUpn.toLowerCase()}`);
  }

  accessOf(delegateUpn: string, ownerUpn: string): Access | "none" {
    return this.grants.get(`${delegateUpn.toLowerCase()}|${ownerUpn.toLowerCase()}`) ?? "none";
  }

  private touch(eventId: string): void {
    const event = this.eventsById.get(eventId);
    if (!event) return;
    event.lastModifiedDateTime = this.now();
    event.changeKey += 1;
  }
}
