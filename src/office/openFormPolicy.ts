import type { AppointmentComposeLike, OfficeLike } from "./officeHost";
import { detectOutlookClient, type OutlookClient } from "./outlookClient";
import { isSetSupported } from "./requirements";

/** `item.addFileAttachmentFromBase64Async`. */
export const FORM_FILE_ATTACH_MAILBOX_VERSION = "1.8";
/** `item.addItemAttachmentAsync` is Mailbox 1.1; the EWS id it needs comes from `mailbox.convertToEwsId` (1.3). */
export const FORM_ITEM_ATTACH_MAILBOX_VERSION = "1.3";

/**
 * How the open meeting window relates to what the add-in adds through Graph, and what the pane can add to the
 * window itself instead.
 */
export interface OpenFormPolicy {
  client: OutlookClient;
  /**
   * The window edits its own copy of the meeting and writes that copy back when the organizer saves or sends
   * (classic Outlook on Windows, Outlook on Mac): what Graph added in the meantime may be dropped, and attendees
   * get what the window holds. False where the window edits the server's copy (Outlook on the web, new Outlook).
   */
  formKeepsOwnCopy: boolean;
  /** Files can be attached to the open window (`addFileAttachmentFromBase64Async`, Mailbox 1.8). */
  canAttachFilesToForm: boolean;
  /** Events picked from the calendar can be attached to the open window (`addItemAttachmentAsync`). */
  canAttachItemsToForm: boolean;
}

// Which clients keep their own copy of an open item. Classic Outlook on Windows is documented and reported to;
// for Outlook on Mac nothing is known either way, so it is treated the careful way. Mobile clients never show
// the organizer's pane; an unknown client gets the web behaviour, which is the add-in's ordinary path.
const KEEPS_OWN_COPY: Readonly<Record<OutlookClient, boolean>> = {
  web: false,
  newOutlook: false,
  classicWindows: true,
  mac: true,
  mobile: false,
  unknown: false,
};

function hasMethod(item: AppointmentComposeLike | null | undefined, name: keyof AppointmentComposeLike): boolean {
  return typeof item?.[name] === "function";
}

/**
 * Decides from what Office exposes (platform, host name, requirement sets and the methods on the item). The
 * methods exist on the item in every bundle, whatever the host supports, so the requirement set is checked too.
 */
export function readOpenFormPolicy(host: OfficeLike): OpenFormPolicy {
  const client = detectOutlookClient(host);
  const item = host.context.mailbox?.item;
  const mailbox = host.context.mailbox;
  return {
    client,
    formKeepsOwnCopy: KEEPS_OWN_COPY[client],
    canAttachFilesToForm:
      isSetSupported(host, "Mailbox", FORM_FILE_ATTACH_MAILBOX_VERSION) &&
      hasMethod(item, "addFileAttachmentFromBase64Async"),
    canAttachItemsToForm:
      isSetSupported(host, "Mailbox", FORM_ITEM_ATTACH_MAILBOX_VERSION) &&
      hasMethod(item, "addItemAttachmentAsync") &&
      typeof mailbox?.convertToEwsId === "function",
  };
}
