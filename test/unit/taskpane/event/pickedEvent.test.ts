import type { EventSummary } from "../../../../src/graph";
import { buildEventAttachment } from "../../../../src/graph";
import { eventWhen, instantOfGraphTime } from "../../../../src/taskpane/components/event/eventWhen";
import { bodyText, pickedEventInput, readEventBody } from "../../../../src/taskpane/components/event/pickedEvent";
import { checkSearchRange, defaultSearchRange } from "../../../../src/taskpane/components/event/searchRange";

const planning: EventSummary = {
  id: "AAMkAGI1AAAt9AHjAAA=",
  subject: "Quarterly planning review",
  start: { dateTime: "2026-03-11T16:00:00.0000000", timeZone: "UTC" },
  end: { dateTime: "2026-03-11T17:00:00.0000000", timeZone: "UTC" },
  isAllDay: false,
  location: "Conference Room Rainier",
  organizer: { name: "Megan Bowen", address: "megan@contoso.example" },
};

describe("picked event", () => {
  test("attaching sends its subject, body, start, end and location as Graph gave them", () => {
    const input = pickedEventInput(planning, { contentType: "HTML", content: "<p>Agenda</p>" }, "(No subject)");
    expect(input).toEqual({
      name: "Quarterly planning review",
      subject: "Quarterly planning review",
      body: { contentType: "HTML", content: "<p>Agenda</p>" },
      start: { dateTime: "2026-03-11T16:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-03-11T17:00:00.0000000", timeZone: "UTC" },
      location: "Conference Room Rainier",
      isAllDay: false,
    });
    if (!input) throw new Error("expected input");
    expect(buildEventAttachment(input).item.location).toEqual({ displayName: "Conference Room Rainier" });
  });

  test("an event without a subject is named in the organizer's language; no body and no location are left out", () => {
    const input = pickedEventInput({ ...planning, subject: " ", location: null }, undefined, "(Sans objet)");
    expect(input?.name).toBe("(Sans objet)");
    expect(input && "body" in input).toBe(false);
    expect(input && "location" in input).toBe(false);
  });

  test("an event without times cannot be attached", () => {
    expect(pickedEventInput({ ...planning, end: null }, undefined, "x")).toBeUndefined();
  });

  test("all-day events stay all-day, and the client accepts their midnights", () => {
    const offsite = {
      ...planning,
      isAllDay: true,
      start: { dateTime: "2026-03-18T00:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-03-19T00:00:00.0000000", timeZone: "UTC" },
    };
    const input = pickedEventInput(offsite, undefined, "x");
    if (!input) throw new Error("expected input");
    expect(buildEventAttachment(input).item.isAllDay).toBe(true);
  });

  test("a body is read from the full event, as the payload's content type", () => {
    expect(readEventBody(planning)).toBeUndefined();
    expect(readEventBody({ ...planning, body: null })).toBeUndefined();
    const withBody: EventSummary = { ...planning, body: { contentType: "html", content: "<p>Hi</p>" } };
    expect(readEventBody(withBody)).toEqual({ contentType: "HTML", content: "<p>Hi</p>" });
    expect(readEventBody({ ...planning, body: { contentType: "text", content: "Hi" } })).toEqual({
      contentType: "Text",
      content: "Hi",
    });
  });

  test("a plain-text body is shown as typed, without the parser", () => {
    expect(bodyText({ contentType: "Text", content: "  <b>as typed</b>\n" })).toBe("<b>as typed</b>");
  });
});

describe("when", () => {
  test("Graph times in UTC, Windows or IANA zones become instants", () => {
    expect(instantOfGraphTime(planning.start ?? { dateTime: "", timeZone: "" })).toBe(
      Date.parse("2026-03-11T16:00:00Z"),
    );
    expect(instantOfGraphTime({ dateTime: "2026-03-11T09:00:00", timeZone: "Pacific Standard Time" })).toBe(
      Date.parse("2026-03-11T16:00:00Z"),
    );
    expect(instantOfGraphTime({ dateTime: "2026-03-11T09:00:00", timeZone: "Nowhere" })).toBeUndefined();
  });

  test("all-day events are shown from their first to their last day", () => {
    const when = eventWhen({
      isAllDay: true,
      start: { dateTime: "2026-03-18T00:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-03-20T00:00:00.0000000", timeZone: "UTC" },
    });
    expect(when).toEqual({
      kind: "allDay",
      first: new Date("2026-03-18T00:00:00Z"),
      last: new Date("2026-03-19T00:00:00Z"),
    });
  });

  test("an event without times has an unknown time", () => {
    expect(eventWhen({ ...planning, start: null })).toEqual({ kind: "unknown" });
  });
});

describe("search range", () => {
  test("by default: today to 30 days later, in the organizer's zone", () => {
    // 23:30 UTC on 31 May is already 1 June in Tokyo.
    expect(defaultSearchRange(Date.parse("2026-05-31T23:30:00Z"), "Asia/Tokyo")).toEqual({
      from: "2026-06-01",
      to: "2026-07-01",
    });
  });

  test("both days are included, from midnight to midnight in the zone", () => {
    const range = checkSearchRange("2026-03-10", "2026-03-10", "America/Los_Angeles");
    expect(range).toEqual({
      ok: true,
      start: new Date("2026-03-10T07:00:00Z"),
      end: new Date("2026-03-11T07:00:00Z"),
    });
  });

  test("missing, impossible and reversed periods are refused at the right field", () => {
    expect(checkSearchRange("", "2026-03-10", "UTC")).toEqual({
      ok: false,
      field: "from",
      id: "event.pick.fromMissing",
    });
    expect(checkSearchRange("2026-03-10", "2026-02-30", "UTC")).toEqual({
      ok: false,
      field: "to",
      id: "event.error.dateImpossible",
    });
    expect(checkSearchRange("2026-03-10", "2026-03-09", "UTC")).toEqual({
      ok: false,
      field: "to",
      id: "error.input.rangeInvalid",
    });
  });
});
