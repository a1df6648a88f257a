import { GraphClientError } from "./GraphClientError";
import type { EventRefField, EventRefReason } from "./reasons";

/**
 * An event reference that cannot name a Graph resource, refused before any request. The usual cause is an EWS id
 * (Office.js `itemId`, with `/` and `+`) that was not converted with `Office.context.mailbox.convertToRestId`.
 */
export class EventRefError extends GraphClientError<EventRefReason> {
  override readonly name = "EventRefError";
  readonly field: EventRefField;

  constructor(reason: EventRefReason, message: string, details: { field: EventRefField }) {
    super(reason, message);
    this.field = details.field;
  }
}
