import { AttachmentInputError } from "../errors/AttachmentInputError";
import { MAX_NAME_LENGTH } from "../core/limits";

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Names Windows keeps for devices (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without an extension) and names made
 * only of dots: attendees on Windows could not save an attachment called that.
 */
const RESERVED_NAME = /^(?:(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?|\.+)$/i;

/** Checks an attachment name and returns it trimmed; Outlook shows it as the attachment's title. */
export function validateAttachmentName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "") throw new AttachmentInputError("nameEmpty", "The attachment needs a name.", { field: "name" });
  if ([...trimmed].length > MAX_NAME_LENGTH) {
    throw new AttachmentInputError("nameTooLong", `The name is longer than ${MAX_NAME_LENGTH} characters.`, {
      field: "name",
    });
  }
  if (/\p{Cc}/u.test(trimmed)) {
    throw new AttachmentInputError("nameInvalid", "The name contains control characters.", { field: "name" });
  }
  // Bidirectional overrides make "invoice\u202Efdp.exe" read as "invoiceexe.pdf": a classic way to disguise a file.
  if (BIDI_CONTROLS.test(trimmed)) {
    throw new AttachmentInputError("nameInvalid", "The name contains bidirectional override characters.", {
      field: "name",
    });
  }
  if (RESERVED_NAME.test(trimmed.replace(/[. ]+$/, "") || trimmed)) {
    throw new AttachmentInputError("nameReserved", "Windows reserves this name for a device.", { field: "name" });
  }
  return trimmed;
}
