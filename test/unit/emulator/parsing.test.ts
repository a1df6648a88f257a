import { decodeBase64Strict } from "../../../dev/graph/base64";
import { toInstant } from "../../../dev/graph/eventTime";
import { EmulatorStore } from "../../../dev/graph";
import { seedDemoData, SEED_EVENT_IDS } from "../../../dev/graph/seed";
import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";

describe("strict base64", () => {
  it("decodes canonical base64", () => {
    expect(Buffer.from(decodeBase64Strict("bWFjIGFuZCBjaGVlc2UgdG9kYXk=") ?? []).toString()).toBe(
      "mac and cheese today",
    );
    expect(decodeBase64Strict("")?.byteLength).toBe(0);
  });

  it.each(["QQ", "Q===", "QQ==QQ==", "QQ-_", " QQ=="])("refuses %j", (text) => {
    expect(decodeBase64Strict(text)).toBeNull();
  });
});

describe("event times", () => {
  it("reads UTC, offsets and Windows zones, across daylight saving", () => {
    expect(toInstant("2025-01-15T09:00:00").toISOString()).toBe("2025-01-15T09:00:00.000Z");
    expect(toInstant("2025-01-15T09:00:00+02:00").toISOString()).toBe("2025-01-15T07:00:00.000Z");
    expect(toInstant({ dateTime: "2025-01-15T09:00:00", timeZone: "Eastern Standard Time" }).toISOString()).toBe(
      "2025-01-15T14:00:00.000Z",
    );
    expect(toInstant({ dateTime: "2025-07-15T09:00:00", timeZone: "Eastern Standard Time" }).toISOString()).toBe(
      "2025-07-15T13:00:00.000Z",
    );
    expect(toInstant({ dateTime: "2025-07-15T09:00:00", timeZone: "Europe/Helsinki" }).toISOString()).toBe(
      "2025-07-15T06:00:00.000Z",
    );
  });

  it("refuses text that is no date, and unknown zones", () => {
    expect(() => toInstant("tomorrow")).toThrow(RangeError);
    expect(() => toInstant({ dateTime: "2025-01-15T09:00:00", timeZone: "Mars Standard Time" })).toThrow(RangeError);
  });
});

describe("the demo seed", () => {
  it("has the reference pages' events, upcoming events and the delegate grant", () => {
    const now = new Date("2025-03-03T09:30:00Z");
    const store = new EmulatorStore(() => now);
    seedDemoData(store, now);
    expect(store.getEvent(SEED_EVENT_IDS.fileAndItemExample)?.owner).toBe(DEMO_ORGANIZER.upn);
    expect(store.getEvent(SEED_EVENT_IDS.referenceExample)?.owner).toBe(DEMO_ORGANIZER.upn);
    const upcoming = store.events(DEMO_ORGANIZER.upn).filter((event) => event.start > now);
    expect(upcoming.length).toBeGreaterThanOrEqual(8);
    expect(new Set(upcoming.map((event) => event.subject)).size).toBe(upcoming.length);
    expect(store.accessOf(DEMO_ORGANIZER.upn, DEMO_CALENDAR_OWNER.upn)).toBe("write");
    for (const event of store.events()) expect(event.id).toMatch(/^AAMk[A-Za-z0-9_-]+=$/);
  });

  it("keeps attachments when an event is saved again", () => {
    const store = new EmulatorStore(() => new Date("2025-03-03T09:30:00Z"));
    const event = store.addEvent({
      owner: "a@b.example",
      subject: "One",
      start: "2025-03-04T10:00:00Z",
      end: "2025-03-04T11:00:00Z",
    });
    store.addAttachment({
      id: `${event.id}X`,
      eventId: event.id,
      kind: "file",
      name: "a.txt",
      contentType: "text/plain",
      size: 200,
      isInline: false,
      lastModifiedDateTime: "2025-03-03T09:30:00Z",
      contentId: null,
      bytes: new Uint8Array(3),
    });
    store.addEvent({
      id: event.id,
      owner: "a@b.example",
      subject: "Renamed",
      start: "2025-03-04T10:00:00Z",
      end: "2025-03-04T11:00:00Z",
    });
    expect(store.getEvent(event.id)?.subject).toBe("Renamed");
    expect(store.attachments(event.id)).toHaveLength(1);
    expect(() =>
      store.addEvent({
        owner: "a@b.example",
        subject: "Backwards",
        start: "2025-03-04T10:00:00Z",
        end: "2025-03-04T09:00:00Z",
      }),
    ).toThrow(RangeError);
  });
});
