/**
 * Strict standard base64 (RFC 4648 §4): the alphabet with `+` and `/`, length a multiple of four, padding only
 * at the end. Node's decoder skips anything it does not understand, so the text is checked first: the typo in
 * one translated reference page (`"base64bWFj…"`) must be refused, not half-decoded.
 */
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeBase64Strict(text: string): Uint8Array | null {
  if (!STRICT_BASE64.test(text)) return null;
  return new Uint8Array(Buffer.from(text, "base64"));
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}
