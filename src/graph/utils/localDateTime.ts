/**
 * Graph's `dateTimeTimeZone.dateTime` is a local wall-clock time without an offset:
 * `YYYY-MM-DDTHH:mm[:ss[.fffffff]]`. Returns a sortable number (milliseconds as if UTC), or undefined when the text
 * is not such a time or names a day that does not exist (2023-02-30).
 */
export function parseLocalDateTime(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fraction = Number(`0.${match[7] ?? "0"}`);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const value = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(value).getUTCDate() !== day) return undefined;
  return value + fraction * 1000;
}

export function isMidnight(text: string): boolean {
  return /T00:00(?::00(?:\.0+)?)?$/.test(text);
}
