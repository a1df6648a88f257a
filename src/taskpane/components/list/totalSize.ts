import type { AttachmentInfo } from "../../../graph";

/**
 * The sum of the sizes Graph reports: what the mailbox size limit counts, cloud links and inline images included.
 * An attachment without a reported size adds nothing.
 */
export function totalSize(attachments: readonly Pick<AttachmentInfo, "size">[]): number {
  return attachments.reduce((sum, attachment) => sum + (attachment.size ?? 0), 0);
}
