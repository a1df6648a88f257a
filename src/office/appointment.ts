import { OfficeHostError } from "./OfficeHostError";
import { hostText, type AppointmentComposeLike, type OfficeLike } from "./officeHost";

/**
 * The appointment the organizer is editing. Fails with `notAppointment` for a message, for no item (the pane was
 * pinned and nothing is selected) and for an appointment in read mode, whose fields are plain values, not getters.
 */
export function currentAppointment(host: OfficeLike): AppointmentComposeLike {
  const item = host.context.mailbox.item;
  const operation = "mailbox.item";
  if (!item) {
    throw new OfficeHostError("notAppointment", "No Outlook item is open.", { operation });
  }
  if (hostText(item.itemType) !== "appointment") {
    throw new OfficeHostError("notAppointment", "The open Outlook item is not a meeting.", { operation });
  }
  const composeGetters = [item.subject, item.start, item.end, item.location];
  if (!composeGetters.every((field) => typeof (field as { getAsync?: unknown } | undefined)?.getAsync === "function")) {
    throw new OfficeHostError("notAppointment", "The meeting is open for reading, not for editing by its organizer.", {
      operation,
    });
  }
  return item;
}
