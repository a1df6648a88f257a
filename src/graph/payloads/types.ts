import type {
  AttachmentItem,
  DateTimeTimeZone,
  FileAttachment,
  ItemAttachment,
  ReferenceAttachment,
} from "@microsoft/microsoft-graph-types";

/**
 * Request bodies, typed on @microsoft/microsoft-graph-types and narrowed to what this client sends.
 * Two departures from the v1.0 typings, both from the beta reference pages: `body.contentType` is sent as Graph's
 * documentation writes it (`HTML`/`Text`; Graph reads it case-insensitively), and the reference attachment carries the
 * beta-only `sourceUrl`, `providerType`, `permission` and `isFolder`.
 */
export type FileAttachmentPayload = Required<Pick<FileAttachment, "name" | "contentBytes" | "isInline">> &
  Pick<FileAttachment, "contentType"> & { "@odata.type": "#microsoft.graph.fileAttachment"; name: string };

export type EventBodyType = "HTML" | "Text";

export interface EventItemPayload {
  "@odata.type": "microsoft.graph.event";
  subject: string;
  body?: { contentType: EventBodyType; content: string };
  start: Required<DateTimeTimeZone>;
  end: Required<DateTimeTimeZone>;
  location?: { displayName: string };
  isAllDay?: boolean;
}

export type ItemAttachmentPayload = Omit<ItemAttachment, "item" | "name"> & {
  "@odata.type": "#microsoft.graph.itemAttachment";
  name: string;
  item: EventItemPayload;
};

export const REFERENCE_PROVIDERS = ["oneDriveBusiness", "oneDriveConsumer", "dropbox", "other"] as const;
export type ReferenceProvider = (typeof REFERENCE_PROVIDERS)[number];

export const REFERENCE_PERMISSIONS = [
  "other",
  "view",
  "edit",
  "anonymousView",
  "anonymousEdit",
  "organizationView",
  "organizationEdit",
] as const;
export type ReferencePermission = (typeof REFERENCE_PERMISSIONS)[number];

export type ReferenceAttachmentPayload = Omit<ReferenceAttachment, "name"> & {
  "@odata.type": "#microsoft.graph.referenceAttachment";
  name: string;
  sourceUrl: string;
  providerType: ReferenceProvider;
  permission?: ReferencePermission;
  isFolder?: boolean;
};

export type UploadSessionRequest = {
  AttachmentItem: Required<Pick<AttachmentItem, "name" | "size">> &
    Pick<AttachmentItem, "contentType"> & { attachmentType: "file"; name: string; size: number };
};

/** What the event form produces. Times are Graph `dateTimeTimeZone` values (local time + Windows or IANA zone). */
export interface EventAttachmentInput {
  name: string;
  subject: string;
  body?: { contentType: EventBodyType; content: string };
  start: DateTimeTimeZone & { dateTime: string; timeZone: string };
  end: DateTimeTimeZone & { dateTime: string; timeZone: string };
  location?: string;
  isAllDay?: boolean;
}

/** What the cloud-link form produces. Provider and permission are matched case-insensitively. */
export interface LinkAttachmentInput {
  name: string;
  sourceUrl: string;
  providerType: string;
  permission?: string;
  isFolder?: boolean;
}
