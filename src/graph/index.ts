/**
 * Microsoft Graph event attachments, and the OneDrive and SharePoint calls behind cloud links: no UI and no Office;
 * everything it needs comes in as parameters.
 */
export { createGraphClient } from "./core/createGraphClient";
export type {
  AttachFileOptions,
  CalendarViewOptions,
  CallOptions,
  GraphClient,
  GraphClientOptions,
} from "./core/createGraphClient";
export type { AttachmentInfo, AttachmentKind } from "./core/attachmentInfo";
export type { EventSummary } from "./core/eventSummary";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./core/retryPolicy";
export {
  DEFAULT_CHUNK_BYTES,
  GRAPH_MAX_REQUEST_BYTES,
  MAX_CHUNK_BYTES,
  MAX_CONCURRENT_PER_MAILBOX,
  MAX_FILE_BYTES,
  MAX_NAME_LENGTH,
  MAX_POST_BODY_BYTES,
  POST_SAFETY_MARGIN_BYTES,
  UPLOAD_SESSION_MIN_BYTES,
} from "./core/limits";
export { attachmentsUrl, encodeSegment, graphRoot, mailboxPath, type GraphVersion } from "./core/endpoints";
export { chooseFileRoute, filePostBodyBytes, type FileRoute } from "./upload/fileRoute";
export type { UploadProgress } from "./upload/uploadSession";
export { GraphClientError } from "./errors/GraphClientError";
export { AttachmentInputError } from "./errors/AttachmentInputError";
export { EventRefError } from "./errors/EventRefError";
export { GraphRequestError, isGraphRequestError } from "./errors/GraphRequestError";
export { UploadHostUnreachableError } from "./errors/UploadHostUnreachableError";
export {
  ATTACHMENT_INPUT_REASONS,
  DRIVE_ERROR_REASONS,
  EVENT_REF_REASONS,
  GRAPH_ERROR_REASONS,
  type AttachmentInputField,
  type AttachmentInputReason,
  type DriveErrorReason,
  type DriveOperation,
  type EventRefField,
  type EventRefReason,
  type GraphErrorReason,
} from "./errors/reasons";
export {
  DriveRequestError,
  isDriveRequestError,
  type DriveLinkKind,
  type DriveLinkScope,
  type DriveLinkType,
} from "./errors/DriveRequestError";
export { buildEventAttachment } from "./payloads/eventAttachment";
export { buildFileAttachment, type NamedBlob } from "./payloads/fileAttachment";
export { buildReferenceAttachment } from "./payloads/referenceAttachment";
export { validateAttachmentName } from "./payloads/validateName";
export {
  REFERENCE_PERMISSIONS,
  REFERENCE_PROVIDERS,
  type EventAttachmentInput,
  type EventBodyType,
  type LinkAttachmentInput,
  type ReferencePermission,
  type ReferenceProvider,
} from "./payloads/types";
export { selectBase64Encoder, type Base64Encoder } from "./utils/base64";
export { createDriveClient, type DriveClient, type DriveClientOptions } from "./drive/createDriveClient";
export type { BrowseOptions, DriveFolderRef, SearchOptions } from "./drive/browse";
export type { DriveItemRef } from "./drive/driveEndpoints";
export {
  parseDriveItem,
  providerFor,
  type DriveEntry,
  type DriveSite,
  type DriveSummary,
  type DriveType,
} from "./drive/driveItem";
export {
  DEFAULT_DRIVE_CHUNK_BYTES,
  DEFAULT_UPLOAD_FOLDER,
  DRIVE_CHUNK_UNIT,
  MAX_DRIVE_CHUNK_BYTES,
  MAX_DRIVE_FILE_BYTES,
  type DriveUpload,
  type DriveUploadOptions,
  type DriveUploadState,
} from "./drive/driveUpload";
export { type CreateLinkOptions, type DriveLink, type LinkableItem } from "./drive/sharingLink";
export { buildDriveLinkAttachment, referencePermissionFor } from "./drive/linkAttachment";
export type { EventRef, Mailbox, CalendarPath } from "../shared/eventRef";
export type { GetGraphToken, GraphTokenRequest } from "../shared/graphToken";
