export { REQUIRED_MAILBOX_VERSION, THEME_EVENTS_MAILBOX_VERSION } from "./requirements";
export type {
  OfficeLike,
  AppointmentComposeLike,
  MailboxLike,
  OfficeContextLike,
  OfficeThemeColors,
} from "./officeHost";
export {
  OFFICE_HOST_ERROR_REASONS,
  OfficeHostError,
  isOfficeHostError,
  type OfficeHostErrorReason,
  type OfficeHostErrorDetails,
} from "./OfficeHostError";
export { cancelledError } from "./callHost";
export { DEFAULT_HOST_TIMEOUT_MS, DEFAULT_SAVE_TIMEOUT_MS, type HostCallOptions } from "./callHost";
export { detectIdFormat, toRestId, toEwsId, type ItemIdFormat } from "./itemId";
export { readMeeting, type MeetingDetails, type MeetingOrganizer } from "./readMeeting";
export type { RecurrenceKind } from "./recurrence";
export {
  resolveEvent,
  type ResolveEventOptions,
  type ResolvedEvent,
  type ReadyEvent,
  type SaveKind,
} from "./resolveEvent";
export {
  detectTheme,
  currentTheme,
  subscribeToTheme,
  type UiTheme,
  type ThemeSubscription,
  type ThemeDetectionOptions,
  type SubscribeToThemeOptions,
} from "./theme";
export { pickUiLocale, UI_LOCALES, type UiLocale } from "./locale";
export { supportsMailbox18 } from "./supportsMailbox18";
export { detectOutlookClient, type OutlookClient } from "./outlookClient";
export {
  readOpenFormPolicy,
  FORM_FILE_ATTACH_MAILBOX_VERSION,
  FORM_ITEM_ATTACH_MAILBOX_VERSION,
  type OpenFormPolicy,
} from "./openFormPolicy";
export { fitsForm, MAX_FORM_BASE64_LENGTH, MAX_FORM_FILE_BYTES, FORM_ATTACH_TIMEOUT_MS } from "./formAttachmentLimits";
export {
  createFormAttacher,
  type FormAttacher,
  type FormAttacherOptions,
  type FormAttachOptions,
  type FormAttachment,
} from "./formAttacher";
