import { callHost, type HostCallOptions } from "./callHost";
import { isOfficeHostError, OfficeHostError, type OfficeHostErrorReason } from "./OfficeHostError";
import type { AppointmentComposeLike, OfficeLike } from "./officeHost";

export type SharedCalendarAccess =
  | { shared: false }
  | {
      shared: true;
      /** SMTP address of the calendar's owner. */
      owner: string;
      /** Bitmask of `Office.MailboxEnums.DelegatePermissions`. */
      delegatePermissions: number;
      /**
       * False for a read-only delegate. Write or EditOwn without EditAll still counts as writing: Graph then refuses
       * attachments (403) on meetings the owner created, which the Graph client reports.
       */
      canWrite: boolean;
    };

// Failures that say nothing about sharing: the host is stuck, the caller gave up, or the manifest is wrong.
const STILL_ERRORS: ReadonlySet<OfficeHostErrorReason> = new Set(["timeout", "cancelled", "manifestPermission"]);

/**
 * Whether the meeting lives in someone else's calendar, and what the organizer may do there.
 *
 * `item.getSharedPropertiesAsync` exists only on items from a shared folder or mailbox (Outlook attaches it when
 * the item is flagged as shared), and docs samples also treat a Failed answer as "not shared": both mean the
 * organizer's own calendar. Timeouts and aborts are still errors.
 */
export async function readSharedCalendarAccess(
  host: OfficeLike,
  item: AppointmentComposeLike,
  options: HostCallOptions = {},
): Promise<SharedCalendarAccess> {
  const getSharedProperties = item.getSharedPropertiesAsync;
  if (typeof getSharedProperties !== "function") return { shared: false };
  let properties: Office.SharedProperties;
  try {
    properties = await callHost<Office.SharedProperties>(
      host,
      "item.getSharedPropertiesAsync",
      (callback) => getSharedProperties.call(item, callback),
      options,
    );
  } catch (error) {
    if (isOfficeHostError(error) && !STILL_ERRORS.has(error.reason)) return { shared: false };
    throw error;
  }
  const owner = typeof properties?.owner === "string" ? properties.owner.trim() : "";
  if (!owner) {
    throw new OfficeHostError("hostError", "Outlook reported a shared calendar without its owner.", {
      operation: "item.getSharedPropertiesAsync",
    });
  }
  const ownAddress = host.context.mailbox.userProfile?.emailAddress;
  if (typeof ownAddress === "string" && ownAddress.toLowerCase() === owner.toLowerCase()) return { shared: false };
  const permissions = Number(properties.delegatePermissions) || 0;
  return { shared: true, owner, delegatePermissions: permissions, canWrite: canWrite(host, permissions) };
}

function canWrite(host: OfficeLike, permissions: number): boolean {
  const flags = host.MailboxEnums.DelegatePermissions;
  const has = (flag: Office.MailboxEnums.DelegatePermissions): boolean => (permissions & Number(flag)) !== 0;
  return has(flags.EditAll) || has(flags.EditOwn) || has(flags.Write);
}
