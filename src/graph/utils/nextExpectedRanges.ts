import { isRecord } from "../../shared/isRecord";

/**
 * The byte offset an Outlook upload session expects next, from `nextExpectedRanges` (or `NextExpectedRanges`, as
 * some mailboxes spell it). Outlook sends a single `"{start}"`; a OneDrive-style `"start-end"` is accepted too.
 * Returns undefined when the body carries no usable range.
 */
export function readNextExpectedOffset(body: unknown): number | undefined {
  if (!isRecord(body)) return undefined;
  const ranges = body.nextExpectedRanges ?? body.NextExpectedRanges;
  if (!Array.isArray(ranges) || ranges.length === 0) return undefined;
  const offsets = ranges
    .filter((range): range is string => typeof range === "string")
    .map((range) => /^\s*(\d+)\s*(?:-\s*\d*)?\s*$/.exec(range)?.[1])
    .filter((start): start is string => start !== undefined)
    .map(Number)
    .filter(Number.isSafeInteger);
  return offsets.length === 0 ? undefined : Math.min(...offsets);
}
