/**
 * Every reason a Graph call can fail with. The taskpane translates each one; keep the lists and the unions in step
 * (the arrays exist so a test can check that every reason has a message).
 */
export const GRAPH_ERROR_REASONS = [
  "unauthorized",
  "accessDenied",
  "notFound",
  "invalidId",
  "ewsId",
  "conflict",
  "tooLarge",
  "belowSessionMinimum",
  "unprocessable",
  "badRequest",
  "throttled",
  "server",
  "network",
  "timeout",
  "cancelled",
  "mailboxFull",
  "uploadSessionSharedMailbox",
  "uploadHostUnreachable",
  "unexpectedResponse",
  "outcomeUnknown",
  "unknown",
] as const;

export type GraphErrorReason = (typeof GRAPH_ERROR_REASONS)[number];

/** Why an input was refused before any request was sent. */
export const ATTACHMENT_INPUT_REASONS = [
  "nameEmpty",
  "nameTooLong",
  "nameInvalid",
  "nameReserved",
  "fileEmpty",
  "fileTooLarge",
  "fileTooLargeForCloud",
  "subjectInvalid",
  "bodyInvalid",
  "dateInvalid",
  "timeZoneEmpty",
  "endBeforeStart",
  "allDayNotMidnight",
  "urlInvalid",
  "urlNotHttps",
  "providerUnknown",
  "permissionUnknown",
  "rangeInvalid",
] as const;

export type AttachmentInputReason = (typeof ATTACHMENT_INPUT_REASONS)[number];

/** The form field an input error belongs to, so the UI can put the message next to it. */
export type AttachmentInputField =
  | "name"
  | "file"
  | "subject"
  | "body"
  | "start"
  | "end"
  | "timeZone"
  | "isAllDay"
  | "sourceUrl"
  | "providerType"
  | "permission";

/** Why an event reference was refused before any request was sent. */
export const EVENT_REF_REASONS = ["ewsId", "idEmpty", "mailboxInvalid"] as const;

export type EventRefReason = (typeof EVENT_REF_REASONS)[number];

export type EventRefField = "mailbox" | "eventId" | "calendarId" | "groupId" | "attachmentId";

/**
 * Why a OneDrive or SharePoint call failed, beyond the transport failures every Graph call shares (those stay
 * `GraphRequestError`s: throttled, network, timeout, cancelled, server, unauthorized, unexpectedResponse…).
 */
export const DRIVE_ERROR_REASONS = [
  "consentRequired",
  "accessDenied",
  "itemNotFound",
  "notAFolder",
  "oneDriveUnavailable",
  "linkKindRefused",
  "sharingNotSupported",
  "quotaExceeded",
  "nameConflict",
  "nameInvalid",
  "folderPathInvalid",
  "fileEmpty",
  "fileTooLarge",
  "searchTextEmpty",
  "uploadSessionExpired",
  "uploadOutcomeUnknown",
] as const;

export type DriveErrorReason = (typeof DRIVE_ERROR_REASONS)[number];

/** Which drive call failed, so the UI can tell what to offer (another link kind, more consent, a new upload). */
export type DriveOperation =
  "recent" | "search" | "children" | "followedSites" | "siteDrives" | "upload" | "createLink";
