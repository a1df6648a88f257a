import { buildEventAttachment } from "../../../../src/graph";
import { initialDraft, moveStart, type ComposeDraft } from "../../../../src/taskpane/components/event/composeDraft";
import { validateCompose } from "../../../../src/taskpane/components/event/validateCompose";

function draft(change: Partial<ComposeDraft> = {}): ComposeDraft {
  return {
    name: "",
    subject: "Budget review",
    location: "",
    bodyText: "",
    bodyType: "Text",
    isAllDay: false,
    startDate: "2026-03-10",
    startTime: "09:00",
    endDate: "2026-03-10",
    endTime: "10:00",
    timeZone: "Pacific Standard Time",
    ...change,
  };
}

function problemsOf(change: Partial<ComposeDraft>): Record<string, string> {
  const check = validateCompose(draft(change));
  if (check.ok) throw new Error("expected problems");
  return Object.fromEntries(Object.entries(check.problems).map(([field, problem]) => [field, problem?.id ?? ""]));
}

describe("validateCompose", () => {
  test("a complete draft becomes Graph input the client accepts, named after the subject", () => {
    const check = validateCompose(draft({ location: "  Room 4 ", bodyText: "Figures" }));
    if (!check.ok) throw new Error("expected a valid draft");
    expect(check.input).toEqual({
      name: "Budget review",
      subject: "Budget review",
      body: { contentType: "Text", content: "Figures" },
      start: { dateTime: "2026-03-10T09:00:00", timeZone: "Pacific Standard Time" },
      end: { dateTime: "2026-03-10T10:00:00", timeZone: "Pacific Standard Time" },
      location: "Room 4",
      isAllDay: false,
    });
    expect(buildEventAttachment(check.input).item.subject).toBe("Budget review");
  });

  test("a typed name wins over the subject", () => {
    const check = validateCompose(draft({ name: " Agenda " }));
    expect(check.ok && check.input.name).toBe("Agenda");
  });

  test("an IANA zone is sent by its Windows name", () => {
    const check = validateCompose(draft({ timeZone: "Asia/Tokyo" }));
    expect(check.ok && check.input.start.timeZone).toBe("Tokyo Standard Time");
  });

  test("an empty subject is refused at the subject", () => {
    expect(problemsOf({ subject: "   " })).toEqual({ subject: "error.input.subjectInvalid" });
  });

  test("names over 255 characters are refused at the name, counting characters, not UTF-16 units", () => {
    expect(problemsOf({ name: "x".repeat(256) })).toEqual({ name: "error.input.nameTooLong" });
    expect(validateCompose(draft({ name: "😀".repeat(255) })).ok).toBe(true);
    expect(problemsOf({ subject: "s".repeat(256) })).toEqual({ name: "event.error.nameFromSubjectTooLong" });
  });

  test("control characters in the name are refused", () => {
    expect(problemsOf({ name: "bad\u0007name" })).toEqual({ name: "error.input.nameInvalid" });
  });

  test("missing and impossible dates and times are told apart, per field", () => {
    expect(problemsOf({ startDate: "", endTime: "" })).toEqual({
      startDate: "event.error.startDateMissing",
      endTime: "event.error.endTimeMissing",
    });
    expect(problemsOf({ startDate: "2026-02-30", startTime: "25:00" })).toEqual({
      startDate: "event.error.dateImpossible",
      startTime: "event.error.timeInvalid",
    });
  });

  test("an empty or unknown time zone is refused at the zone, naming what was typed", () => {
    expect(problemsOf({ timeZone: "" })).toEqual({ timeZone: "error.input.timeZoneEmpty" });
    const check = validateCompose(draft({ timeZone: "Mars/Olympus" }));
    expect(check.ok ? undefined : check.problems.timeZone).toEqual({
      id: "event.error.timeZoneUnknown",
      values: { name: "Mars/Olympus" },
    });
  });

  test("an end before the start on the same day is refused at the end time", () => {
    expect(problemsOf({ endTime: "08:59" })).toEqual({ endTime: "error.input.endBeforeStart" });
  });

  test("an end on an earlier day is refused at the end date", () => {
    expect(problemsOf({ endDate: "2026-03-09", endTime: "23:00" })).toEqual({
      endDate: "error.input.endBeforeStart",
    });
  });

  test("an event of no length is allowed", () => {
    expect(validateCompose(draft({ endTime: "09:00" })).ok).toBe(true);
  });

  test("start and end are compared as instants across the night clocks go back", () => {
    // Pacific time falls back from 02:00 PDT to 01:00 PST on 2026-11-01; both wall times are in the zone.
    expect(
      validateCompose(draft({ startDate: "2026-11-01", endDate: "2026-11-01", startTime: "00:30", endTime: "01:30" }))
        .ok,
    ).toBe(true);
  });

  test("all-day events run from midnight of the first day to midnight after the last", () => {
    const check = validateCompose(
      draft({ isAllDay: true, startTime: "", endTime: "", startDate: "2026-03-10", endDate: "2026-03-12" }),
    );
    if (!check.ok) throw new Error("expected a valid all-day draft");
    expect(check.input.start).toEqual({ dateTime: "2026-03-10T00:00:00", timeZone: "Pacific Standard Time" });
    expect(check.input.end).toEqual({ dateTime: "2026-03-13T00:00:00", timeZone: "Pacific Standard Time" });
    expect(check.input.isAllDay).toBe(true);
    expect(buildEventAttachment(check.input).item.isAllDay).toBe(true);
  });

  test("a one-day all-day event ends at the next midnight, and ignores the time fields", () => {
    const check = validateCompose(draft({ isAllDay: true, endDate: "2026-03-10", startTime: "junk" }));
    expect(check.ok && check.input.end.dateTime).toBe("2026-03-11T00:00:00");
  });

  test("an all-day event whose last day is before its first is refused at the end date", () => {
    expect(problemsOf({ isAllDay: true, endDate: "2026-03-09" })).toEqual({
      endDate: "event.error.endDateBeforeStart",
    });
  });

  test("HTML descriptions are sent escaped, with line breaks as <br>", () => {
    const check = validateCompose(draft({ bodyType: "HTML", bodyText: '<b>Bring</b> laptops & chargers\nRoom "A"' }));
    expect(check.ok && check.input.body).toEqual({
      contentType: "HTML",
      content: "&lt;b&gt;Bring&lt;/b&gt; laptops &amp; chargers<br>Room &quot;A&quot;",
    });
  });

  test("a blank description sends no body", () => {
    const check = validateCompose(draft({ bodyText: " \n " }));
    expect(check.ok && "body" in check.input).toBe(false);
  });
});

describe("compose draft", () => {
  test("a fresh draft starts at the next whole hour in the zone and lasts an hour, across midnight", () => {
    // 13:10 UTC is 22:10 in Tokyo.
    expect(initialDraft("Tokyo Standard Time", Date.parse("2026-06-01T13:10:00Z"))).toMatchObject({
      startDate: "2026-06-01",
      startTime: "23:00",
      endDate: "2026-06-02",
      endTime: "00:00",
      timeZone: "Tokyo Standard Time",
      subject: "",
      isAllDay: false,
    });
  });

  test("moving the start keeps the event's length, across midnight", () => {
    const moved = moveStart(draft(), "2026-03-10", "23:30");
    expect(moved).toMatchObject({ startTime: "23:30", endDate: "2026-03-11", endTime: "00:30" });
  });

  test("moving the start leaves the end alone when the old times are not usable", () => {
    const moved = moveStart(draft({ endTime: "" }), "2026-03-11", "09:00");
    expect(moved).toMatchObject({ startDate: "2026-03-11", endDate: "2026-03-10", endTime: "" });
  });
});

describe("validateCompose: times and names Outlook cannot store", () => {
  test("a time the clocks skip is refused on its own field, in the zone chosen", () => {
    expect(
      problemsOf({ startDate: "2026-03-08", startTime: "02:30", endDate: "2026-03-08", endTime: "03:30" }),
    ).toEqual({ startTime: "event.error.timeSkipped" });
    expect(
      problemsOf({
        timeZone: "FLE Standard Time",
        startDate: "2026-03-29",
        startTime: "02:00",
        endDate: "2026-03-29",
        endTime: "03:15",
      }),
    ).toEqual({ endTime: "event.error.timeSkipped" });
    // The same wall-clock time exists in a zone without that change.
    expect(validateCompose(draft({ timeZone: "UTC", startDate: "2026-03-08", startTime: "02:30" })).ok).toBe(true);
  });

  test("dates outside 1601–4500 are refused with the range", () => {
    const check = validateCompose(draft({ startDate: "1600-12-31", endDate: "4501-01-01" }));
    if (check.ok) throw new Error("expected problems");
    expect(check.problems.startDate).toEqual({
      id: "event.error.dateOutOfRange",
      values: { first: "1601", last: "4500" },
    });
    expect(check.problems.endDate?.id).toBe("event.error.dateOutOfRange");
    expect(validateCompose(draft({ startDate: "1601-01-01", endDate: "4500-12-31" })).ok).toBe(true);
  });

  test("a name that would disguise a file type, typed or taken from the subject, is refused", () => {
    expect(problemsOf({ name: "report\u202Efdp.exe" })).toEqual({ name: "error.input.nameInvalid" });
    expect(problemsOf({ subject: "Plan \u2066review" })).toEqual({ name: "error.input.nameInvalid" });
  });
});
