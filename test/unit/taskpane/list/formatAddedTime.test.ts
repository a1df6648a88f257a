import { createIntl } from "react-intl";
import { formatAddedTime } from "../../../../src/taskpane/components/list/formatAddedTime";

const NOW = Date.parse("2025-06-15T12:00:00Z");
const en = createIntl({ locale: "en", timeZone: "UTC", messages: {} });
const ago = (ms: number): string => new Date(NOW - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("formatAddedTime", () => {
  it.each([
    [ago(20_000), "now"],
    [ago(MINUTE), "1 minute ago"],
    [ago(59 * MINUTE), "59 minutes ago"],
    [ago(3 * HOUR + 5 * MINUTE), "3 hours ago"],
    [ago(DAY + HOUR), "yesterday"],
    [ago(6 * DAY), "6 days ago"],
    [ago(8 * DAY), "Jun 7, 2025"],
    // The server's clock ahead of this computer's: not "in 2 minutes".
    [new Date(NOW + 2 * MINUTE).toISOString(), "now"],
  ])("%s reads %s", (value, expected) => {
    expect(formatAddedTime(value, NOW, en)?.text).toBe(expected);
  });

  it("keeps the full date and time and the ISO instant for the tooltip and <time>", () => {
    const added = formatAddedTime("2025-06-15T11:55:00Z", NOW, en);
    expect(added).toEqual({ text: "5 minutes ago", full: "Jun 15, 2025, 11:55 AM", iso: "2025-06-15T11:55:00.000Z" });
  });

  it("is null when Graph gave no time or an unreadable one", () => {
    expect(formatAddedTime(null, NOW, en)).toBeNull();
    expect(formatAddedTime("not a date", NOW, en)).toBeNull();
  });

  it("speaks the organizer's language", () => {
    const fr = createIntl({ locale: "fr", timeZone: "UTC", messages: {} });
    const ru = createIntl({ locale: "ru", timeZone: "UTC", messages: {} });
    const ja = createIntl({ locale: "ja", timeZone: "UTC", messages: {} });
    expect(formatAddedTime(ago(DAY + HOUR), NOW, fr)?.text).toBe("hier");
    expect(formatAddedTime(ago(5 * MINUTE), NOW, ru)?.text).toBe("5 минут назад");
    expect(formatAddedTime(ago(2 * HOUR), NOW, ja)?.text).toBe("2 時間前");
  });
});
