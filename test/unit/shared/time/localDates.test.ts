import { addDays, parseDateInput, parseTimeInput } from "../../../../src/shared/time/localDates";
import { instantOf, nextWholeHour, wallClockAt } from "../../../../src/shared/time/zonedTime";
import { wallClockMs } from "../../../../src/shared/time/localDates";

describe("date fields", () => {
  test.each(["2026-02-28", "2028-02-29", "2026-12-31", "0001-01-01"])("%s is a real day", (text) => {
    expect(parseDateInput(text)).toEqual({ ok: true, value: text });
  });

  test.each(["2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01"])(
    "%s does not exist",
    (text) => {
      expect(parseDateInput(text)).toEqual({ ok: false, problem: "invalid" });
    },
  );

  test.each(["26-02-01", "2026/02/01", "01.02.2026", "2026-2-1", "+012026-01-01"])(
    "%s is not a date field value",
    (text) => {
      expect(parseDateInput(text)).toEqual({ ok: false, problem: "invalid" });
    },
  );

  test("an empty or blank field is missing, not invalid", () => {
    expect(parseDateInput("")).toEqual({ ok: false, problem: "missing" });
    expect(parseDateInput("  ")).toEqual({ ok: false, problem: "missing" });
  });

  test("years below 100 stay themselves", () => {
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
  });

  test("adding days crosses months, leap days and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("time fields", () => {
  test("hours and minutes, with or without seconds, become HH:mm", () => {
    expect(parseTimeInput("09:30")).toEqual({ ok: true, value: "09:30" });
    expect(parseTimeInput("23:59:59")).toEqual({ ok: true, value: "23:59" });
    expect(parseTimeInput("00:00:00.000")).toEqual({ ok: true, value: "00:00" });
  });

  test.each(["24:00", "12:60", "9:30", "12:30:60", "noon"])("%s is refused", (text) => {
    expect(parseTimeInput(text)).toEqual({ ok: false, problem: "invalid" });
  });

  test("an empty field is missing", () => {
    expect(parseTimeInput("")).toEqual({ ok: false, problem: "missing" });
  });
});

describe("zoned time", () => {
  test("a wall-clock time in a zone is the instant with that zone's offset, summer and winter", () => {
    expect(new Date(instantOf(wallClockMs("2026-01-15", "09:00"), "America/Los_Angeles")).toISOString()).toBe(
      "2026-01-15T17:00:00.000Z",
    );
    expect(new Date(instantOf(wallClockMs("2026-07-15", "09:00"), "America/Los_Angeles")).toISOString()).toBe(
      "2026-07-15T16:00:00.000Z",
    );
    expect(new Date(instantOf(wallClockMs("2026-07-15", "09:00"), "Asia/Kolkata")).toISOString()).toBe(
      "2026-07-15T03:30:00.000Z",
    );
  });

  test("times next to a daylight-saving change land on the right side of it", () => {
    // Europe/Helsinki goes from 03:00 to 04:00 on 2026-03-29 (01:00 UTC).
    expect(new Date(instantOf(wallClockMs("2026-03-29", "02:59"), "Europe/Helsinki")).toISOString()).toBe(
      "2026-03-29T00:59:00.000Z",
    );
    expect(new Date(instantOf(wallClockMs("2026-03-29", "04:00"), "Europe/Helsinki")).toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
  });

  test("the wall clock at an instant is read in the zone", () => {
    const instant = Date.parse("2026-06-01T23:30:00Z");
    expect(new Date(wallClockAt(instant, "Asia/Tokyo")).toISOString()).toBe("2026-06-02T08:30:00.000Z");
  });

  test("the default start is the next whole hour in the organizer's zone, crossing midnight when needed", () => {
    expect(nextWholeHour(Date.parse("2026-06-01T23:30:00Z"), "Asia/Tokyo")).toEqual({
      date: "2026-06-02",
      time: "09:00",
    });
    expect(nextWholeHour(Date.parse("2026-06-01T14:10:00Z"), "Asia/Tokyo")).toEqual({
      date: "2026-06-02",
      time: "00:00",
    });
  });
});
