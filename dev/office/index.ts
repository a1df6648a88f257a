export {
  createSimulatedOffice,
  installSimulatedOffice,
  simulatedHostControl,
  DEMO_TENANT_ID,
  type SimulatedOffice,
  type SimulatedOfficeOptions,
  type SimulatedHostControl,
  type SavedItemInfo,
} from "./simulatedOffice";
export type { WindowAttachment, FormAttachmentLimits, MeetingWindow } from "./meetingWindow";
export { sendFromWindow, type FormSendInfo, type FormSendReport, type FormSendHandler } from "./sendFromWindow";
export { HOST_SCENARIOS, isHostScenario, CACHED_MODE_SYNC_DELAY_MS, type HostScenario } from "./scenarios";
export {
  parseHostOptionsFromUrl,
  SIMULATED_LANGUAGES,
  DEFAULT_HOST_URL_OPTIONS,
  type HostUrlOptions,
} from "./hostOptions";
export { THEME_COLORS, type SimulatedTheme } from "./themes";
export type { DialogResponder } from "./simulatedDialog";
export {
  SAVED_MEETING_EWS_ID,
  SAVED_MEETING_REST_ID,
  DELEGATE_MEETING_EWS_ID,
  DELEGATE_MEETING_REST_ID,
  SERIES_MASTER_EWS_ID,
  SERIES_MASTER_REST_ID,
  OCCURRENCE_EWS_ID,
  OCCURRENCE_REST_ID,
  simulatedSavedMeetings,
  type SimulatedMeeting,
  type SimulatedEventType,
} from "./meetings";
