import type { OfficeLike } from "./officeHost";
import { isSetSupported, REQUIRED_MAILBOX_VERSION } from "./requirements";

/**
 * Mailbox 1.8: item ids and shared calendars. Without it the pane cannot find a saved meeting by its id and says
 * it will ask to save each time. A host that cannot answer counts as without it.
 */
export function supportsMailbox18(host: OfficeLike): boolean {
  return isSetSupported(host, "Mailbox", REQUIRED_MAILBOX_VERSION);
}
