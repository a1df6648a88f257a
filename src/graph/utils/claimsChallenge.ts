/**
 * Reads the `claims` of a claims challenge (`WWW-Authenticate: Bearer …, error="insufficient_claims",
 * claims="<base64>"`) and returns the decoded JSON text MSAL expects, or undefined when there is none.
 */
export function readClaimsChallenge(wwwAuthenticate: string | null): string | undefined {
  if (!wwwAuthenticate) return undefined;
  const match = /(?:^|[\s,])claims="([^"]*)"/i.exec(wwwAuthenticate);
  const encoded = match?.[1];
  if (!encoded) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    JSON.parse(text);
    return text;
  } catch {
    // A challenge we cannot decode is treated as no challenge: a plain refresh is still attempted.
    return undefined;
  }
}
