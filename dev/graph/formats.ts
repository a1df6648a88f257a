/** The date and identifier formats Graph and Outlook use on the wire. */

/** `2017-04-15T03:21:49Z`: attachments' lastModifiedDateTime has no fraction. */
export function toSecondsIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** `2019-09-25T01:09:30.7671707Z`: seven fractional digits, as upload sessions and events carry. */
export function toSevenDigitIso(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, ".$10000Z");
}

/** `2021-11-16T09:51:35`: the innerError date has neither zone nor fraction. */
export function toInnerErrorDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** `2025-03-04T09:00:00.0000000` in UTC, as events' start and end dateTime. */
export function toGraphDateTime(date: Date): string {
  return toSevenDigitIso(date).slice(0, -1);
}

/** Graph writes ids inside `@odata.context` with `=` and `@` percent-encoded. */
export function encodeContextId(id: string): string {
  return id.replace(/=/g, "%3D").replace(/@/g, "%40");
}

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Random URL-safe text: REST ids use `-` and `_`, never `+` or `/`. */
export function randomToken(byteCount: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

/**
 * An attachment id that, like Graph's, is longer than its event's id and starts with the same prefix
 * (event `AAMkAGI1AAAt9AHjAAA=` → attachment `AAMkAGI1AAAt9AHjAAABEgAQ…=`).
 */
export function newAttachmentId(eventId: string): string {
  return `${eventId.replace(/=+$/, "")}BEgAQ${randomToken(18)}=`;
}

/** A REST-style event id for events added without one. */
export function newEventId(): string {
  return `AAMkAGVtdWxhdG9y${randomToken(24)}=`;
}

export function newRequestId(): string {
  return crypto.randomUUID();
}
