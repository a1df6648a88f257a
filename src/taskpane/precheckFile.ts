import { MAX_FILE_BYTES } from "../graph";

/**
 * Exchange's default limit for a message or meeting with its attachments. Administrators can raise it (up to
 * 150 MB); Graph gives delegated add-ins no way to read the real figure, so the server's own
 * ErrorMessageSizeExceeded still backs this check up.
 */
export const DEFAULT_MAILBOX_LIMIT_BYTES = 35 * 1024 * 1024;

export type FileRefusal =
  { reason: "fileEmpty" } | { reason: "fileTooLarge" } | { reason: "mailboxLimit"; limit: number };

/**
 * Files refused before any upload: empty, over Outlook's 150 MB, or pushing the meeting over the mailbox's size
 * limit together with what it already holds and the bytes of the files still waiting to be attached.
 */
export function precheckFile(
  file: Blob,
  pendingBytes: number,
  attachedBytes: number,
  mailboxLimitBytes = DEFAULT_MAILBOX_LIMIT_BYTES,
): FileRefusal | null {
  if (file.size === 0) return { reason: "fileEmpty" };
  if (file.size > MAX_FILE_BYTES) return { reason: "fileTooLarge" };
  if (attachedBytes + pendingBytes + file.size > mailboxLimitBytes) {
    return { reason: "mailboxLimit", limit: mailboxLimitBytes };
  }
  return null;
}
