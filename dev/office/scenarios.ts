import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER, type DemoUser } from "../shared/demoIdentity";
import type { FormAttachmentLimits } from "./meetingWindow";
import {
  DELEGATE_MEETING_EWS_ID,
  OCCURRENCE_EWS_ID,
  SAVED_MEETING_EWS_ID,
  SAVED_MEETING_REST_ID,
  SERIES_MASTER_EWS_ID,
  simulatedSavedMeetings,
} from "./meetings";

/** The Outlook situations the simulated host can play. */
export const HOST_SCENARIOS = {
  new: "New meeting, never saved",
  saved: "Saved meeting in your calendar",
  delegate: "Meeting in a delegate's calendar (can edit)",
  "delegate-readonly": "Meeting in a delegate's calendar (read only)",
  series: "Recurring series",
  occurrence: "One occurrence of a series",
  "rest-ids": "Mobile-style host that gives REST ids",
  "no-mailbox-1-8": "Older Outlook without Mailbox 1.8",
  "cached-delay": "Classic Outlook in cached mode (slow sync)",
  "classic-online": "Classic Outlook in online mode",
} as const satisfies Record<string, string>;

export type HostScenario = keyof typeof HOST_SCENARIOS;

export function isHostScenario(value: unknown): value is HostScenario {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(HOST_SCENARIOS, value);
}

export type SimulatedPlatform = "OfficeOnline" | "PC" | "Mac" | "iOS";

export interface ScenarioProfile {
  platform: SimulatedPlatform;
  /** `mailbox.diagnostics.hostName`. */
  hostName: string;
  hostVersion: string;
  /** Highest Mailbox requirement set, as the minor number of 1.x. */
  mailboxMinor: number;
  nestedAppAuth: boolean;
  /** The user the pane runs as. */
  user: DemoUser;
  /** Whose calendar holds the meeting. */
  calendarOwner: DemoUser;
  /** The item's id as the host reports it, or null for a meeting never saved. */
  itemId: string | null;
  /** The series' id for an occurrence, as `item.seriesId` reports it. */
  seriesId: string | null;
  recurring: boolean;
  /** Present on items from a shared calendar: `SharedProperties.delegatePermissions`. */
  delegatePermissions?: number;
  /** The host hands out REST ids (mobile) instead of EWS ids. */
  restIds: boolean;
  /** Cached Exchange mode: how long after a save Graph first sees the meeting. */
  syncDelayMs: number;
  /**
   * The open window edits its own copy and writes it back on send (classic Outlook on Windows, Outlook on Mac):
   * what Graph added while the window was open is dropped. Otherwise the window edits the server's copy.
   */
  formKeepsOwnCopy: boolean;
  /** What the open window accepts through `addFileAttachmentFromBase64Async` and `addItemAttachmentAsync`. */
  formLimits: FormAttachmentLimits;
}

// DelegatePermissions bits: Read 1, Write 2, DeleteOwn 4, DeleteAll 8, EditOwn 16, EditAll 32.
const EDITOR_PERMISSIONS = 1 | 2 | 4 | 8 | 16 | 32;
const REVIEWER_PERMISSIONS = 1;

/** How long classic Outlook in cached mode takes, in the "cached-delay" scenario, to upload a saved meeting. */
export const CACHED_MODE_SYNC_DELAY_MS = 40_000;

const MB = 1024 * 1024;

type HostPart = "platform" | "hostName" | "hostVersion" | "mailboxMinor" | "nestedAppAuth";
type FormPart = "formKeepsOwnCopy" | "formLimits";

// The limits page: 499 attachments and 25 MB in Outlook on the web and new Outlook.
const SERVER_FORM: Pick<ScenarioProfile, FormPart> = {
  formKeepsOwnCopy: false,
  formLimits: { maxCount: 499, maxTotalBytes: 25 * MB },
};

// Classic Outlook and Outlook on Mac: no count limit; Exchange Online's default message size limit.
const OWN_COPY_FORM: Pick<ScenarioProfile, FormPart> = {
  formKeepsOwnCopy: true,
  formLimits: { maxCount: null, maxTotalBytes: 35 * MB },
};

const WEB: Pick<ScenarioProfile, HostPart | FormPart> = {
  platform: "OfficeOnline",
  hostName: "OutlookWebApp",
  hostVersion: "15.20.8722.22",
  mailboxMinor: 14,
  nestedAppAuth: true,
  ...SERVER_FORM,
};

const CLASSIC_WINDOWS: Pick<ScenarioProfile, HostPart | FormPart> = {
  platform: "PC",
  hostName: "Outlook",
  hostVersion: "16.0.18827.20128",
  mailboxMinor: 14,
  nestedAppAuth: true,
  ...OWN_COPY_FORM,
};

const OWN_MEETING = {
  user: DEMO_ORGANIZER,
  calendarOwner: DEMO_ORGANIZER,
  seriesId: null,
  recurring: false,
  restIds: false,
  syncDelayMs: 0,
} as const;

export const SCENARIO_PROFILES: Readonly<Record<HostScenario, ScenarioProfile>> = {
  new: { ...WEB, ...OWN_MEETING, itemId: null },
  saved: { ...WEB, ...OWN_MEETING, itemId: SAVED_MEETING_EWS_ID },
  delegate: {
    ...WEB,
    ...OWN_MEETING,
    calendarOwner: DEMO_CALENDAR_OWNER,
    itemId: DELEGATE_MEETING_EWS_ID,
    delegatePermissions: EDITOR_PERMISSIONS,
  },
  "delegate-readonly": {
    ...WEB,
    ...OWN_MEETING,
    calendarOwner: DEMO_CALENDAR_OWNER,
    itemId: DELEGATE_MEETING_EWS_ID,
    delegatePermissions: REVIEWER_PERMISSIONS,
  },
  series: { ...WEB, ...OWN_MEETING, itemId: SERIES_MASTER_EWS_ID, recurring: true },
  occurrence: {
    ...WEB,
    ...OWN_MEETING,
    itemId: OCCURRENCE_EWS_ID,
    seriesId: SERIES_MASTER_EWS_ID,
    recurring: true,
  },
  "rest-ids": {
    ...OWN_MEETING,
    ...SERVER_FORM,
    platform: "iOS",
    hostName: "OutlookIOS",
    hostVersion: "4.2519.0",
    mailboxMinor: 8,
    nestedAppAuth: true,
    itemId: SAVED_MEETING_REST_ID,
    restIds: true,
  },
  "no-mailbox-1-8": {
    ...OWN_MEETING,
    ...OWN_COPY_FORM,
    platform: "Mac",
    hostName: "Outlook",
    hostVersion: "16.30.19101301",
    mailboxMinor: 7,
    nestedAppAuth: false,
    itemId: SAVED_MEETING_EWS_ID,
  },
  "cached-delay": {
    ...OWN_MEETING,
    ...CLASSIC_WINDOWS,
    itemId: null,
    syncDelayMs: CACHED_MODE_SYNC_DELAY_MS,
  },
  "classic-online": { ...OWN_MEETING, ...CLASSIC_WINDOWS, itemId: SAVED_MEETING_EWS_ID },
};

/** Subject, place and times the scenario's meeting shows in the form. */
export function initialMeetingFields(
  profile: ScenarioProfile,
  now: number,
): { subject: string; location: string; start: Date; end: Date } {
  const stored = simulatedSavedMeetings(now).find(
    (meeting) => meeting.ewsId === profile.itemId || meeting.restId === profile.itemId,
  );
  if (stored) return { subject: stored.subject, location: stored.location, start: stored.start, end: stored.end };
  const [first] = simulatedSavedMeetings(now);
  return {
    subject: "Project kickoff",
    location: "",
    start: first?.start ?? new Date(now),
    end: first?.end ?? new Date(now),
  };
}
