import { callHost, type HostCallOptions } from "./callHost";
import type { AppointmentComposeLike, OfficeLike } from "./officeHost";

/**
 * `single`: a one-off meeting. `series`: the whole recurring series (its master) is open. `occurrence`: one
 * instance of a series is open; Graph stores attachments added to it on that instance (an exception), not on the
 * series.
 */
export type RecurrenceKind = "single" | "series" | "occurrence";

/**
 * `item.seriesId` is set only on an occurrence; `item.recurrence` (Mailbox 1.7) is null for a single meeting and
 * an object for a series or an occurrence. Hosts without Mailbox 1.7 have neither and only hold single meetings as
 * far as the add-in can tell.
 */
export async function readRecurrenceKind(
  host: OfficeLike,
  item: AppointmentComposeLike,
  options: HostCallOptions = {},
): Promise<RecurrenceKind> {
  if (typeof item.seriesId === "string" && item.seriesId.length > 0) return "occurrence";
  const recurrence = item.recurrence;
  if (!recurrence || typeof recurrence.getAsync !== "function") return "single";
  const pattern = await callHost<Office.Recurrence | null>(
    host,
    "item.recurrence.getAsync",
    (callback) => recurrence.getAsync(callback),
    options,
  );
  return pattern ? "series" : "single";
}
