import { attachmentJson, attachmentsContext, parseAttachmentSelect, type AttachmentLocation } from "./attachmentJson";
import { parseAttachmentPayload, type AttachmentDraft } from "./attachmentPayload";
import { fileAttachmentSize, itemAttachmentSize, referenceAttachmentSize } from "./attachmentSize";
import { nextPageUrl, parseCalendarViewQuery, queryParam, selectCalendarView } from "./calendarViewQuery";
import { contentTypeForName } from "./contentType";
import { errors } from "./errors";
import { eventJson, eventsContext, parseEventSelect } from "./eventJson";
import { newAttachmentId, toSecondsIso, toSevenDigitIso } from "./formats";
import { bodyText, readBody } from "./requestBody";
import { fail, graphBytes, graphEmpty, graphJson, type RequestContext } from "./responses";
import type { GraphRoute } from "./routing";
import type { EmulatorServices } from "./services";
import type { EmulatorUser, StoredAttachment, StoredEvent } from "./store";
import { uploadUrl } from "./uploadSessions";
import { parseUploadSessionPayload } from "./uploadSessionPayload";

export interface OperationInput {
  services: EmulatorServices;
  request: Request;
  url: URL;
  context: RequestContext;
  owner: EmulatorUser;
}

type EventRoute = Extract<GraphRoute, { eventId: string }>;

/** The event, if it is in this mailbox and already visible to Graph (cached-mode sync delay). */
function findEvent(input: OperationInput, eventId: string): StoredEvent {
  const event = input.services.store.getEvent(eventId);
  const visible = !event?.visibleAfter || event.visibleAfter.getTime() <= input.context.receivedAt.getTime();
  if (!event || !visible || event.owner.toLowerCase() !== input.owner.upn.toLowerCase()) {
    return fail(errors.itemNotFound());
  }
  return event;
}

function location(input: OperationInput, route: EventRoute): AttachmentLocation {
  return {
    baseUrl: input.services.options.baseUrl,
    version: route.version,
    ownerOid: input.owner.id,
    tenantId: input.services.options.tenantId,
    eventId: route.eventId,
  };
}

function hasVisibleAttachments(input: OperationInput, eventId: string): boolean {
  return input.services.store.attachments(eventId).some((attachment) => !attachment.isInline);
}

export function getCalendarView(input: OperationInput, route: Extract<GraphRoute, { kind: "calendarView" }>): Response {
  const query = parseCalendarViewQuery(input.url);
  const selection = parseEventSelect(queryParam(input.url, "$select"));
  const now = input.context.receivedAt.getTime();
  const visible = input.services.store
    .events(input.owner.upn)
    .filter((event) => !event.visibleAfter || event.visibleAfter.getTime() <= now);
  const matching = selectCalendarView(visible, query);
  const page = matching.slice(query.skip, query.skip + query.top);
  const body: Record<string, unknown> = {
    "@odata.context": eventsContext(
      input.services.options.baseUrl,
      route.version,
      input.owner.id,
      "calendarView",
      selection,
    ),
    value: page.map((event) => eventJson(event, input.owner, hasVisibleAttachments(input, event.id), selection)),
  };
  if (query.skip + query.top < matching.length) body["@odata.nextLink"] = nextPageUrl(input.url, query);
  return graphJson(input.context, 200, body);
}

export function getEvent(input: OperationInput, route: Extract<GraphRoute, { kind: "event" }>): Response {
  const event = findEvent(input, route.eventId);
  const selection = parseEventSelect(queryParam(input.url, "$select"));
  const context = `${eventsContext(input.services.options.baseUrl, route.version, input.owner.id, "events", selection)}/$entity`;
  return graphJson(
    input.context,
    200,
    eventJson(event, input.owner, hasVisibleAttachments(input, event.id), selection, context),
  );
}

export function listAttachments(input: OperationInput, route: Extract<GraphRoute, { kind: "attachments" }>): Response {
  findEvent(input, route.eventId);
  const selection = parseAttachmentSelect(queryParam(input.url, "$select"));
  const where = location(input, route);
  return graphJson(input.context, 200, {
    "@odata.context": attachmentsContext(where, selection),
    value: input.services.store
      .attachments(route.eventId)
      .map((attachment) => attachmentJson(attachment, where, { selection })),
  });
}

/** The stored form of an attachment arriving now, as a POST would store it. */
export function toStoredAttachment(draft: AttachmentDraft, eventId: string, now: Date): StoredAttachment {
  const base = { id: newAttachmentId(eventId), eventId, name: draft.name, lastModifiedDateTime: toSecondsIso(now) };
  switch (draft.kind) {
    case "file":
      return {
        ...base,
        kind: "file",
        contentType: draft.contentType ?? contentTypeForName(draft.name),
        size: fileAttachmentSize(draft.bytes.byteLength),
        isInline: draft.isInline,
        contentId: draft.contentId,
        bytes: draft.bytes,
      };
    case "item":
      return {
        ...base,
        kind: "item",
        contentType: null,
        size: itemAttachmentSize(draft.item),
        isInline: draft.isInline,
        item: draft.item,
      };
    case "reference":
      return {
        ...base,
        kind: "reference",
        contentType: null,
        size: referenceAttachmentSize(draft.name, draft.sourceUrl),
        isInline: draft.isInline,
        sourceUrl: draft.sourceUrl,
        providerType: draft.providerType,
        permission: draft.permission,
        isFolder: draft.isFolder,
      };
  }
}

/** Refuses an attachment that would take the event past the mailbox's message size limit. */
export function checkMailboxSize(services: EmulatorServices, eventId: string, addedSize: number): void {
  if (services.store.attachmentsSize(eventId) + addedSize > services.options.mailboxSizeLimitBytes) {
    fail(errors.messageSizeExceeded());
  }
}

export async function createAttachment(
  input: OperationInput,
  route: Extract<GraphRoute, { kind: "attachments" }>,
): Promise<Response> {
  const bytes = await readBody(input.request, input.services.options.maxPostBytes);
  const draft = parseAttachmentPayload(bodyText(bytes), route.version);
  findEvent(input, route.eventId);
  const attachment = toStoredAttachment(draft, route.eventId, input.context.receivedAt);
  checkMailboxSize(input.services, route.eventId, attachment.size);
  input.services.store.addAttachment(attachment);
  return graphJson(input.context, 201, attachmentJson(attachment, location(input, route), { context: true }));
}

function findAttachment(input: OperationInput, route: Extract<GraphRoute, { kind: "attachment" }>): StoredAttachment {
  findEvent(input, route.eventId);
  return input.services.store.getAttachment(route.eventId, route.attachmentId) ?? fail(errors.itemNotFound());
}

/** A minimal iCalendar rendering of an attached event, for `$value` on an item attachment. */
function itemAsCalendar(attachment: Extract<StoredAttachment, { kind: "item" }>): string {
  const subject = typeof attachment.item["subject"] === "string" ? attachment.item["subject"] : attachment.name;
  const escaped = subject.replace(/([\\;,])/g, "\\$1").replace(/\n/g, "\\n");
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "BEGIN:VEVENT",
    `SUMMARY:${escaped}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

export function getAttachment(input: OperationInput, route: Extract<GraphRoute, { kind: "attachment" }>): Response {
  const attachment = findAttachment(input, route);
  if (route.value) {
    if (attachment.kind === "file") {
      return graphBytes(input.context, attachment.bytes, attachment.contentType ?? "application/octet-stream");
    }
    if (attachment.kind === "item") {
      return graphBytes(input.context, new TextEncoder().encode(itemAsCalendar(attachment)), "text/calendar");
    }
    return fail(errors.valueNotSupported());
  }
  const selection = parseAttachmentSelect(queryParam(input.url, "$select"));
  const expand = queryParam(input.url, "$expand");
  const expandItem = expand !== null && /^microsoft\.graph\.itemattachment\/item$/i.test(expand.trim());
  if (expand !== null && !expandItem) fail(errors.propertyNotFound(expand, "microsoft.graph.attachment"));
  return graphJson(
    input.context,
    200,
    attachmentJson(attachment, location(input, route), { context: true, selection, expandItem }),
  );
}

export function deleteAttachment(input: OperationInput, route: Extract<GraphRoute, { kind: "attachment" }>): Response {
  findAttachment(input, route);
  input.services.store.removeAttachment(route.eventId, route.attachmentId);
  return graphEmpty(input.context, 204);
}

export async function createUploadSession(
  input: OperationInput,
  route: Extract<GraphRoute, { kind: "createUploadSession" }>,
): Promise<Response> {
  const { options, sessions } = input.services;
  const bytes = await readBody(input.request, options.maxPostBytes);
  const draft = parseUploadSessionPayload(bodyText(bytes));
  findEvent(input, route.eventId);
  if (draft.size < options.minUploadSessionBytes) fail(errors.sessionTooSmall(options.minUploadSessionBytes));
  if (draft.size > options.maxUploadSessionBytes) fail(errors.sessionTooLarge());
  const session = sessions.create({
    version: route.version,
    eventId: route.eventId,
    ownerUpn: input.owner.upn,
    ownerOid: input.owner.id,
    name: draft.name,
    size: draft.size,
    contentType: draft.contentType,
    isInline: draft.isInline,
    contentId: draft.contentId,
    expiresAt: new Date(input.context.receivedAt.getTime() + options.uploadSessionLifetimeMs),
  });
  return graphJson(input.context, 201, {
    "@odata.context": `${options.baseUrl}/${route.version}/$metadata#microsoft.graph.uploadSession`,
    uploadUrl: uploadUrl(options.uploadBaseUrl, options.tenantId, session),
    expirationDateTime: toSevenDigitIso(session.expiresAt),
    nextExpectedRanges: ["0-"],
  });
}
