import { GraphClientError } from "./GraphClientError";
import type { AttachmentInputField, AttachmentInputReason } from "./reasons";

/** An attachment input was refused before any request: `field` names the form field to mark. */
export class AttachmentInputError extends GraphClientError<AttachmentInputReason> {
  override readonly name = "AttachmentInputError";
  readonly field: AttachmentInputField;

  constructor(reason: AttachmentInputReason, message: string, details: { field: AttachmentInputField }) {
    super(reason, message);
    this.field = details.field;
  }
}
