/**
 * Strict standard base64 (RFC 4648 §4): the alphabet with `+` and `/`, length a multiple of four, padding only
 * at the end. Node's decoder skips anything it does not understand, so the text is checked first: the typo in
 * one translated reference page (`"base64bWFj…"`) must be refused, not half-decoded.
 */
// The same rule as groups of four with a padded last group, written as one character class so that texts of
// tens of megabytes (a file sent from the simulated meeting window) do not exhaust the regular expression engine.
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64Strict(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64_CHARACTERS.test(text)) return null;
  return new Uint8Array(Buffer.from(text, "base64"));
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}
