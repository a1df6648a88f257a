import { createHash } from "node:crypto";
import type { FaultStats } from "./faults";
import type { EmulatorServices } from "./services";
import type { StoredAttachment, StoredEvent } from "./store";

/** What `GET /_emulator/state` answers: everything but the bytes, which are summarised by length and SHA-256. */
export interface EmulatorStateSnapshot {
  now: string;
  users: Array<{ id: string; upn: string; displayName: string }>;
  events: Array<{
    id: string;
    owner: string;
    subject: string;
    start: string;
    end: string;
    isAllDay: boolean;
    location: string;
    visibleAfter: string | null;
    attachments: Array<Record<string, unknown>>;
  }>;
  uploadSessions: Array<{
    id: string;
    eventId: string;
    name: string;
    size: number;
    received: number;
    expirationDateTime: string;
  }>;
  faults: FaultStats;
}

function attachmentSummary(attachment: StoredAttachment): Record<string, unknown> {
  const common = {
    id: attachment.id,
    kind: attachment.kind,
    name: attachment.name,
    contentType: attachment.contentType,
    size: attachment.size,
    isInline: attachment.isInline,
    lastModifiedDateTime: attachment.lastModifiedDateTime,
  };
  switch (attachment.kind) {
    case "file":
      return {
        ...common,
        contentId: attachment.contentId,
        byteLength: attachment.bytes.byteLength,
        sha256: createHash("sha256").update(attachment.bytes).digest("hex"),
      };
    case "item":
      return { ...common, item: attachment.item };
    case "reference":
      return {
        ...common,
        sourceUrl: attachment.sourceUrl,
        providerType: attachment.providerType,
        permission: attachment.permission,
        isFolder: attachment.isFolder,
      };
  }
}

function eventSummary(services: EmulatorServices, event: StoredEvent): EmulatorStateSnapshot["events"][number] {
  return {
    id: event.id,
    owner: event.owner,
    subject: event.subject,
    start: event.start.toISOString(),
    end: event.end.toISOString(),
    isAllDay: event.isAllDay,
    location: event.location,
    visibleAfter: event.visibleAfter?.toISOString() ?? null,
    attachments: services.store.attachments(event.id).map(attachmentSummary),
  };
}

export function emulatorState(services: EmulatorServices): EmulatorStateSnapshot {
  return {
    now: services.options.now().toISOString(),
    users: services.store.users().map((user) => ({ id: user.id, upn: user.upn, displayName: user.displayName })),
    events: services.store.events().map((event) => eventSummary(services, event)),
    uploadSessions: services.sessions.all().map((session) => ({
      id: session.id,
      eventId: session.eventId,
      name: session.name,
      size: session.size,
      received: session.received,
      expirationDateTime: session.expiresAt.toISOString(),
    })),
    faults: services.faults.stats(),
  };
}
