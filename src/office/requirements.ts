import type { OfficeLike } from "./officeHost";

/** The Mailbox requirement set the add-in relies on (`item.getItemIdAsync`, `getSharedPropertiesAsync`). */
export const REQUIRED_MAILBOX_VERSION = "1.8";

/** `Office.EventType.OfficeThemeChanged` and `Office.context.officeTheme` in Outlook. */
export const THEME_EVENTS_MAILBOX_VERSION = "1.14";

/**
 * Asks the host whether it supports a requirement set. Versions are always passed as strings: the host stringifies
 * numbers, so `1.10` would be read as "1.1". A host that throws or lacks the method supports nothing.
 */
export function isSetSupported(host: OfficeLike, name: string, version: string): boolean {
  try {
    return host.context.requirements.isSetSupported(name, version) === true;
  } catch {
    // A broken requirements object means the feature cannot be relied on; the caller reports what is missing.
    return false;
  }
}
