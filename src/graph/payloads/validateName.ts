import { AttachmentInputError } from "../errors/AttachmentInputError";
import { MAX_NAME_LENGTH } from "../core/limits";

/** Checks an attachment name and returns it trimmed; Outlook shows it as the attachment's title. */
export function validateAttachmentName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "") throw new AttachmentInputError("nameEmpty", "name", "The attachment needs a name.");
  if ([...trimmed].length > MAX_NAME_LENGTH) {
    throw new AttachmentInputError("nameTooLong", "name", `The name is longer than ${MAX_NAME_LENGTH} characters.`);
  }
  if (/\p{Cc}/u.test(trimmed)) {
    throw new AttachmentInputError("nameInvalid", "name", "The name contains control characters.");
  }
  return trimmed;
}
