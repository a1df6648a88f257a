import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../shared/demoIdentity";
import type { EmulatorStore, NewEvent } from "./store";

/** The event ids of Microsoft's reference pages, so the documentation's requests work as written. */
export const SEED_EVENT_IDS = {
  fileAndItemExample: "AAMkAGI1AAAt9AHjAAA=",
  referenceExample: "AAMkAGE1M88AADUv0uAAAG=",
  sharedCalendar: "AAMkAGRlbW8tc2hhcmVkAAEAAA=",
} as const;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface SeedEvent {
  id: string;
  subject: string;
  /** Days from today (UTC midnight) and the UTC hour it starts at. */
  day: number;
  hour: number;
  hours: number;
  location?: string;
  body?: string;
  isAllDay?: boolean;
}

const ORGANIZER_EVENTS: readonly SeedEvent[] = [
  { id: "AAMkAGRlbW8tcGFzdAAAAQAA=", subject: "Vendor onboarding call", day: -2, hour: 15, hours: 1 },
  {
    id: SEED_EVENT_IDS.fileAndItemExample,
    subject: "Quarterly planning review",
    day: 1,
    hour: 16,
    hours: 1,
    location: "Conference Room Rainier",
    body: "Agenda and figures to follow.",
  },
  {
    id: SEED_EVENT_IDS.referenceExample,
    subject: "Photo contest jury",
    day: 2,
    hour: 17,
    hours: 1.5,
    location: "Microsoft Teams Meeting",
  },
  { id: "AAMkAGRlbW8tZGVzaWduAAEAAA=", subject: "Design review: meeting attachments", day: 3, hour: 18, hours: 1 },
  { id: "AAMkAGRlbW8tbHVuY2gAAAEAAA=", subject: "Team lunch", day: 5, hour: 19, hours: 1, location: "Cafeteria" },
  { id: "AAMkAGRlbW8tb2Zmc2l0ZQAEAA=", subject: "Team offsite", day: 8, hour: 0, hours: 24, isAllDay: true },
  { id: "AAMkAGRlbW8tY3VzdG9tZXIABAA=", subject: "Customer workshop – Contoso", day: 10, hour: 16, hours: 3 },
  { id: "AAMkAGRlbW8tcmV0cm8AAAEAAA=", subject: "Sprint retrospective", day: 12, hour: 21, hours: 1 },
  { id: "AAMkAGRlbW8tYnVkZ2V0AAEAAA=", subject: "Budget sync with finance", day: 17, hour: 17, hours: 0.5 },
  { id: "AAMkAGRlbW8tdHJhaW5pbmcAAA=", subject: "Security awareness training", day: 24, hour: 16, hours: 2 },
];

const OWNER_EVENTS: readonly SeedEvent[] = [
  {
    id: SEED_EVENT_IDS.sharedCalendar,
    subject: "Board preparation",
    day: 4,
    hour: 14,
    hours: 2,
    location: "Boardroom",
  },
];

function toNewEvent(owner: string, startOfToday: number, seed: SeedEvent): NewEvent {
  const start = startOfToday + seed.day * DAY + seed.hour * HOUR;
  return {
    id: seed.id,
    owner,
    subject: seed.subject,
    start: new Date(start),
    end: new Date(start + seed.hours * HOUR),
    ...(seed.location === undefined ? {} : { location: seed.location }),
    ...(seed.body === undefined ? {} : { body: seed.body }),
    ...(seed.isAllDay === undefined ? {} : { isAllDay: seed.isAllDay }),
  };
}

/**
 * The demo tenant: the organizer's calendar over the coming weeks, the calendar owner's shared calendar, and a
 * write grant that lets the organizer edit it as a delegate.
 */
export function seedDemoData(store: EmulatorStore, now: Date): void {
  store.addUser(DEMO_ORGANIZER);
  store.addUser(DEMO_CALENDAR_OWNER);
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (const seed of ORGANIZER_EVENTS) store.addEvent(toNewEvent(DEMO_ORGANIZER.upn, startOfToday, seed));
  for (const seed of OWNER_EVENTS) store.addEvent(toNewEvent(DEMO_CALENDAR_OWNER.upn, startOfToday, seed));
  store.grant(DEMO_ORGANIZER.upn, DEMO_CALENDAR_OWNER.upn, "write");
}
