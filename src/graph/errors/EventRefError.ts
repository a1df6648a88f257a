import { GraphClientError } from "./GraphClientError";
import type { EventRefField, EventRefReason } from "./reasons";

/**
 * An event reference that cannot name a Graph resource, refused before any request. The usual cause is an EWS id
 * (Office.js `itemId`, with `/` and `+`) that was not converted with `Office.context.mailbox.convertToRestId`.
 */
export class EventRefError extends GraphClientError {
  override readonly name = "EventRefError";
  readonly reason: EventRefReason;
  readonly field: EventRefField;

  constructor(reason: EventRefReason, field: EventRefField, message: string) {
    super(message);
    this.reason = reason;
    this.field = field;
  }
}
