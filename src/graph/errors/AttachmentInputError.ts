import { GraphClientError } from "./GraphClientError";
import type { AttachmentInputField, AttachmentInputReason } from "./reasons";

/** An attachment input was refused before any request: `field` names the form field to mark. */
export class AttachmentInputError extends GraphClientError {
  override readonly name = "AttachmentInputError";
  readonly reason: AttachmentInputReason;
  readonly field: AttachmentInputField;

  constructor(reason: AttachmentInputReason, field: AttachmentInputField, message: string) {
    super(message);
    this.reason = reason;
    this.field = field;
  }
}
