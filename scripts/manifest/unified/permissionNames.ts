/**
 * XML `<Permissions>` levels and their unified-manifest names (authorization.permissions.resourceSpecific, type
 * Delegated). The names are the ones Microsoft's office-addin-manifest-converter 0.4.1 writes for each level.
 */
import type { ManifestPermissionLevel } from "../permissions";

export const UNIFIED_PERMISSION_NAMES: Readonly<Record<ManifestPermissionLevel, string>> = {
  Restricted: "MailboxItem.Restricted.User",
  ReadItem: "MailboxItem.Read.User",
  ReadWriteItem: "MailboxItem.ReadWrite.User",
  ReadWriteMailbox: "Mailbox.ReadWrite.User",
};

/**
 * What XML's `<SupportsSharedFolders>true` becomes: one more resource-specific permission, named as Microsoft's
 * page on shared folders and shared mailboxes in Outlook add-ins spells it (the converter 0.4.1 writes
 * `Mailbox.AccessSharedFolders.User` instead; the documentation is what Outlook is described to read). It grants
 * nothing beyond the level above: it only lets the add-in open on shared and delegated folders.
 */
export const SHARED_FOLDERS_PERMISSION = "Mailbox.SharedFolder";

/** The XML level a unified permission name stands for, if it is one of them. */
export function levelOfUnifiedName(name: string): ManifestPermissionLevel | undefined {
  const entry = Object.entries(UNIFIED_PERMISSION_NAMES).find(([, unified]) => unified === name);
  return entry === undefined ? undefined : (entry[0] as ManifestPermissionLevel);
}
