import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../shared/demoIdentity";

/**
 * The meetings the simulated mailboxes already hold. Their EWS ids contain `/` and `+`, so they only reach Graph
 * once converted; the REST ids are what `convertToRestId` makes of them (`/` → `-`, `+` → `_`). The demo seeds the
 * Graph emulator with `simulatedSavedMeetings()` so that both sides agree.
 */
export const SAVED_MEETING_EWS_ID =
  "AAMkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJlZGJmMTk4MQBGAAAAAAC7Ab/Qp+GwR7ogP2OyGvmKBwBZ2b+YKhwSQK3H/cGyNwp+AAAAAAENAABZ2b+YKhwSQK3H/cGyNwp+AAACoF7+AAA=";
export const SAVED_MEETING_REST_ID =
  "AAMkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJlZGJmMTk4MQBGAAAAAAC7Ab-Qp_GwR7ogP2OyGvmKBwBZ2b_YKhwSQK3H-cGyNwp_AAAAAAENAABZ2b_YKhwSQK3H-cGyNwp_AAACoF7_AAA=";

/** A meeting in DEMO_CALENDAR_OWNER's calendar, which DEMO_ORGANIZER edits as a delegate. */
export const DELEGATE_MEETING_EWS_ID =
  "AAMkADdlNjM4ZTI1LWFmNTItNDBkNC04NzZhLTk0YzhiNjg2MmE0ZABGAAAAAAB9/xYq+3KtRZ0e1yN2Qw8cBwBq4/Ux+L6dTJ9r0c1Xq3Y/AAAAAAENAABq4/Ux+L6dTJ9r0c1Xq3Y/AAAB3k+/AAA=";
export const DELEGATE_MEETING_REST_ID =
  "AAMkADdlNjM4ZTI1LWFmNTItNDBkNC04NzZhLTk0YzhiNjg2MmE0ZABGAAAAAAB9-xYq_3KtRZ0e1yN2Qw8cBwBq4-Ux_L6dTJ9r0c1Xq3Y-AAAAAAENAABq4-Ux_L6dTJ9r0c1Xq3Y-AAAB3k_-AAA=";

export const SERIES_MASTER_EWS_ID =
  "AAMkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJlZGJmMTk4MQBGAAAAAAC7Ab/Qp+GwR7ogP2OyGvmKBwBZ2b+YKhwSQK3H/cGyNwp+AAAAAAENAABZ2b+YKhwSQK3H/cGyNwp+AAACoF8/AAA=";
export const SERIES_MASTER_REST_ID =
  "AAMkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJlZGJmMTk4MQBGAAAAAAC7Ab-Qp_GwR7ogP2OyGvmKBwBZ2b_YKhwSQK3H-cGyNwp_AAAAAAENAABZ2b_YKhwSQK3H-cGyNwp_AAACoF8-AAA=";

/** One instance of the series above. */
export const OCCURRENCE_EWS_ID =
  "AAMkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJlZGJmMTk4MQFRAAgI3Hq+/0DAAEYAAAAAu2Gv0KfhsEe6ID9jshr5igcAWdm/mCocEkCtx/3BsjcKfgAAAAABDQAAWdm/mCocEkCtx/3BsjcKfgAAAqBfPwAAEA==";
export const OCCURRENCE_REST_ID =
  "AAMkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJlZGJmMTk4MQFRAAgI3Hq_-0DAAEYAAAAAu2Gv0KfhsEe6ID9jshr5igcAWdm-mCocEkCtx-3BsjcKfgAAAAABDQAAWdm-mCocEkCtx-3BsjcKfgAAAqBfPwAAEA==";

export type SimulatedEventType = "singleInstance" | "seriesMaster" | "occurrence";

export interface SimulatedMeeting {
  ewsId: string;
  restId: string;
  /** UPN of the mailbox whose calendar holds the meeting. */
  ownerUpn: string;
  subject: string;
  location: string;
  start: Date;
  end: Date;
  /** Graph's `event.type`. */
  type: SimulatedEventType;
  /** For an occurrence: the REST id of its series master. */
  seriesMasterRestId?: string;
}

const HOUR_MS = 3_600_000;

/** Tomorrow at the next whole hour (UTC), one hour long: a meeting that is always in the future. */
function tomorrowSlot(now: number): { start: Date; end: Date } {
  const start = Math.ceil(now / HOUR_MS) * HOUR_MS + 24 * HOUR_MS;
  return { start: new Date(start), end: new Date(start + HOUR_MS) };
}

/** Every meeting the simulated scenarios open, as the Graph emulator should hold it. */
export function simulatedSavedMeetings(now: number = Date.now()): SimulatedMeeting[] {
  const slot = tomorrowSlot(now);
  const weekLater = {
    start: new Date(slot.start.getTime() + 168 * HOUR_MS),
    end: new Date(slot.end.getTime() + 168 * HOUR_MS),
  };
  return [
    {
      ewsId: SAVED_MEETING_EWS_ID,
      restId: SAVED_MEETING_REST_ID,
      ownerUpn: DEMO_ORGANIZER.upn,
      subject: "Quarterly planning review",
      location: "Conference Room Adams",
      ...slot,
      type: "singleInstance",
    },
    {
      ewsId: DELEGATE_MEETING_EWS_ID,
      restId: DELEGATE_MEETING_REST_ID,
      ownerUpn: DEMO_CALENDAR_OWNER.upn,
      subject: "Vendor contract negotiation",
      location: "Conference Room Baker",
      ...slot,
      type: "singleInstance",
    },
    {
      ewsId: SERIES_MASTER_EWS_ID,
      restId: SERIES_MASTER_REST_ID,
      ownerUpn: DEMO_ORGANIZER.upn,
      subject: "Weekly design sync",
      location: "Microsoft Teams Meeting",
      ...slot,
      type: "seriesMaster",
    },
    {
      ewsId: OCCURRENCE_EWS_ID,
      restId: OCCURRENCE_REST_ID,
      ownerUpn: DEMO_ORGANIZER.upn,
      subject: "Weekly design sync",
      location: "Microsoft Teams Meeting",
      ...weekLater,
      type: "occurrence",
      seriesMasterRestId: SERIES_MASTER_REST_ID,
    },
  ];
}

/** A new EWS id for a meeting saved for the first time, built like the owner's existing ids. */
export function freshEwsId(ownerUpn: string, randomBytes: (length: number) => Uint8Array): string {
  const mailboxPrefix =
    ownerUpn === DEMO_CALENDAR_OWNER.upn ? DELEGATE_MEETING_EWS_ID.slice(0, 140) : SAVED_MEETING_EWS_ID.slice(0, 140);
  let binary = "";
  for (const byte of randomBytes(9)) binary += String.fromCharCode(byte);
  // Nine random bytes make twelve Base64 characters without padding; the fixed tail keeps `+` and `/` in the id.
  return `${mailboxPrefix}${btoa(binary)}+/AAA=`;
}
