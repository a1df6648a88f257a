/** The local Microsoft Graph stand-in: event attachments, upload sessions, calendarView, faults. */
export { createGraphEmulator, type GraphEmulator } from "./emulator";
export { createEmulatorApp, startEmulatorServer, type RunningEmulatorServer } from "./app";
export { DEMO_TENANT_ID, type GraphEmulatorOptions } from "./options";
export {
  EmulatorStore,
  type Access,
  type EmulatorUser,
  type NewEvent,
  type StoredAttachment,
  type StoredEvent,
  type StoredFileAttachment,
  type StoredItemAttachment,
  type StoredReferenceAttachment,
} from "./store";
export { FaultInjector, type Fault, type FaultRule, type FaultStats, type RandomFaultRates } from "./faults";
export type { UploadSession, UploadSessionStore } from "./uploadSessions";
export type { DateTimeTimeZone, EventTimeInput } from "./eventTime";
export type { EmulatorStateSnapshot } from "./emulatorState";
export { SEED_EVENT_IDS } from "./seed";
export {
  SEED_DRIVE_IDS,
  type DriveEmulator,
  type DriveEmulatorOptions,
  type DriveLinkPolicy,
  type DriveStateSnapshot,
  type LinkRules,
} from "./drive";
export { GRAPH_JSON_CONTENT_TYPE } from "./responses";
export { WWW_AUTHENTICATE } from "./errors";
