import type { AttachmentInfo } from "./attachmentInfo";

/**
 * An attachment this client created and returned, kept for a while so that a copy the browser made of the same
 * request can be recognised in the event's list.
 */
export interface RecentCreate {
  /** Which event's list it belongs to (the attachments URL). */
  eventKey: string;
  created: AttachmentInfo;
  /** From the first attempt to the answer, client clock. */
  durationMs: number;
  /** When the answer arrived, client clock: entries are forgotten after a while. */
  settledAt: number;
}

/** `lastModifiedDateTime` has whole seconds only. */
const TIMESTAMP_RESOLUTION_MS = 1000;

function serverTime(attachment: AttachmentInfo): number {
  return attachment.lastModifiedDateTime ? Date.parse(attachment.lastModifiedDateTime) : Number.NaN;
}

/**
 * The copies in `attachments` that a resend of the request behind `recent` made: same name, kind and Graph size as
 * the attachment the client got back, not claimed by any call, and stored by the server no earlier than the request
 * could have first arrived (its duration before ours, on the server's own clock, so client clock skew does not
 * widen the window) and no later than ours. Chromium resends a request by itself, with the same body, when a
 * reused keep-alive connection closes before any answer; when the first copy was stored, the add-in sees only the
 * second answer.
 */
export function findResentTwins(
  attachments: readonly AttachmentInfo[],
  recent: RecentCreate,
  claimedIds: ReadonlySet<string>,
): AttachmentInfo[] {
  const ours = recent.created;
  const oursAt = serverTime(ours);
  if (!Number.isFinite(oursAt)) return [];
  const earliest = oursAt - recent.durationMs - TIMESTAMP_RESOLUTION_MS;
  return attachments.filter((attachment) => {
    if (attachment.id === ours.id || claimedIds.has(attachment.id)) return false;
    if (attachment.name !== ours.name || attachment.kind !== ours.kind) return false;
    if (attachment.size !== ours.size) return false;
    const at = serverTime(attachment);
    return Number.isFinite(at) && at >= earliest && at <= oursAt;
  });
}
