// JWTs start with a base64url-encoded '{"' header ("eyJ"); opaque bearer tokens are long runs without spaces.
const JWT_PATTERN = /eyJ[\w-]*\.[\w-]*\.[\w-]*/g;
const LONG_OPAQUE_PATTERN = /[\w-]{120,}/g;
const MAX_DETAIL_LENGTH = 500;

/** Removes anything that looks like a token from diagnostic text and keeps it short. */
export function redactTokens(text: string): string {
  const redacted = text.replace(JWT_PATTERN, "[redacted]").replace(LONG_OPAQUE_PATTERN, "[redacted]");
  return redacted.length > MAX_DETAIL_LENGTH ? `${redacted.slice(0, MAX_DETAIL_LENGTH)}…` : redacted;
}
