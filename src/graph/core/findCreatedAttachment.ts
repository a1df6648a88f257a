import type { AttachmentInfo, AttachmentKind } from "./attachmentInfo";

/** What the client tried to create, to recognise it in the event's attachment list. */
export interface ExpectedAttachment {
  name: string;
  kind: Exclude<AttachmentKind, "unknown">;
  /** For files: the raw byte count. Graph's `size` counts more than the bytes (178 for a 20-byte file). */
  fileBytes?: number;
}

export interface FindOptions {
  /** When the first attempt began (client clock, ms). */
  startedAt: number;
  /** Server and client clocks disagree a little; `lastModifiedDateTime` also has whole seconds only. */
  clockSkewMs: number;
  /** Ids already returned to callers of this client: they belong to another call. */
  claimedIds: ReadonlySet<string>;
}

/** Graph's reported size for a file of `bytes`: at least the bytes, and at most ~10 % + 2 KiB of overhead. */
export function sizeMatches(reported: number | null, bytes: number): boolean {
  if (reported === null) return true;
  return reported >= bytes && reported <= bytes * 1.1 + 2048;
}

/**
 * After a response was lost, finds the attachment the lost request may have created: same name and kind, a
 * plausible size, modified at or after the first try began (less the clock allowance), and not claimed by another
 * call. The most recent match wins. Returns undefined when there is none, so the caller may safely send again.
 */
export function findCreatedAttachment(
  attachments: readonly AttachmentInfo[],
  expected: ExpectedAttachment,
  options: FindOptions,
): AttachmentInfo | undefined {
  const earliest = Math.floor((options.startedAt - options.clockSkewMs) / 1000) * 1000;
  const candidates = attachments.filter((attachment) => {
    if (attachment.name !== expected.name || options.claimedIds.has(attachment.id)) return false;
    // A list entry without `@odata.type` cannot contradict the kind.
    if (attachment.kind !== "unknown" && attachment.kind !== expected.kind) return false;
    if (expected.fileBytes !== undefined && !sizeMatches(attachment.size, expected.fileBytes)) return false;
    const modified = attachment.lastModifiedDateTime ? Date.parse(attachment.lastModifiedDateTime) : Number.NaN;
    return Number.isFinite(modified) && modified >= earliest;
  });
  candidates.sort((a, b) => Date.parse(b.lastModifiedDateTime ?? "") - Date.parse(a.lastModifiedDateTime ?? ""));
  return candidates[0];
}
