import { callHost, DEFAULT_SAVE_TIMEOUT_MS, type HostCallOptions } from "./callHost";
import { isOfficeHostError, OfficeHostError } from "./OfficeHostError";
import type { AppointmentComposeLike, OfficeLike } from "./officeHost";
import { isSetSupported, REQUIRED_MAILBOX_VERSION } from "./requirements";

/** Whether the host has `item.getItemIdAsync` (Mailbox 1.8). */
export function canReadItemId(host: OfficeLike, item: AppointmentComposeLike): boolean {
  return isSetSupported(host, "Mailbox", REQUIRED_MAILBOX_VERSION) && typeof item.getItemIdAsync === "function";
}

/**
 * The item's id as the host knows it (EWS or REST), or null when the meeting has never been saved
 * (`ItemNotSaved`, 9046). Needs Mailbox 1.8: call `canReadItemId` first.
 */
export async function readSavedItemId(
  host: OfficeLike,
  item: AppointmentComposeLike,
  options: HostCallOptions = {},
): Promise<string | null> {
  try {
    const id = await callHost<string>(
      host,
      "item.getItemIdAsync",
      (callback) => (item.getItemIdAsync as NonNullable<typeof item.getItemIdAsync>)(callback),
      options,
    );
    // Some builds answer an empty id instead of ItemNotSaved.
    return typeof id === "string" && id.length > 0 ? id : null;
  } catch (error) {
    if (isOfficeHostError(error, "itemNotSaved")) return null;
    throw error;
  }
}

/**
 * Saves the item and returns the id the host gives back. Saving an appointment puts it on the calendar (there is
 * no draft), and for an existing meeting it sends updates to attendees who were added or removed: only call this
 * after the organizer agreed.
 */
export async function saveItem(
  host: OfficeLike,
  item: AppointmentComposeLike,
  options: HostCallOptions = {},
): Promise<string> {
  const id = await callHost<string>(host, "item.saveAsync", (callback) => item.saveAsync(callback), {
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? DEFAULT_SAVE_TIMEOUT_MS,
  });
  if (typeof id === "string" && id.length > 0) return id;
  // Some hosts save without returning the id; ask for it once.
  const readBack = canReadItemId(host, item) ? await readSavedItemId(host, item, { signal: options.signal }) : null;
  if (readBack) return readBack;
  throw new OfficeHostError("itemNotSaved", "The meeting was saved but Outlook did not give its id.", {
    operation: "item.saveAsync",
  });
}
