/**
 * The people of the demo tenant and the unsigned, JWT-shaped tokens the demo sign-in issues.
 * The Graph emulator reads these tokens to know who is calling and with which scopes; nothing here is secret
 * and nothing here ships in the production build.
 */
export interface DemoUser {
  id: string;
  upn: string;
  displayName: string;
  /** Windows time zone name, as Outlook's `userProfile.timeZone` reports it. */
  timeZone: string;
}

export const DEMO_ORGANIZER: DemoUser = {
  id: "cd209b0b-3f83-4c35-82d2-d88a61820480",
  upn: "adele.vance@contoso.example",
  displayName: "Adele Vance",
  timeZone: "Pacific Standard Time",
};

/** Owner of the shared calendar the organizer edits as a delegate. */
export const DEMO_CALENDAR_OWNER: DemoUser = {
  id: "fdcbcf34-2505-4d07-be5b-0a55b699d157",
  upn: "megan.bowen@contoso.example",
  displayName: "Megan Bowen",
  timeZone: "Eastern Standard Time",
};

/** Client id of the demo add-in's app registration, which exists nowhere: the demo's hosts check it, Entra never. */
export const DEMO_CLIENT_ID = "7c1f0a52-0d3e-4b1a-9f6e-2a4b8c9d0e11";

export interface DemoTokenClaims {
  oid: string;
  upn: string;
  scp: string;
  /** Seconds since the epoch, as in a real access token. */
  exp: number;
  aud: string;
}

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function base64UrlDecode(text: string): string {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function unsignedJwt(claims: object): string {
  const header = base64UrlEncode(JSON.stringify({ alg: "none", typ: "JWT" }));
  return `${header}.${base64UrlEncode(JSON.stringify(claims))}.demo-signature`;
}

export function makeDemoToken(user: DemoUser, scopes: readonly string[], expiresAt: Date): string {
  const claims: DemoTokenClaims = {
    oid: user.id,
    upn: user.upn,
    scp: scopes.join(" "),
    exp: Math.floor(expiresAt.getTime() / 1000),
    aud: "https://graph.microsoft.com",
  };
  return unsignedJwt(claims);
}

/**
 * An unsigned, JWT-shaped ID token for `user`: what a nested-app-auth host returns beside the access token.
 * MSAL reads its claims (oid, tid, preferred_username) to build the account; nothing checks a signature.
 */
export function makeDemoIdToken(
  user: DemoUser,
  options: { tenantId: string; clientId: string; issuedAt: Date; expiresAt: Date },
): string {
  const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);
  return unsignedJwt({
    aud: options.clientId,
    iss: `https://login.microsoftonline.com/${options.tenantId}/v2.0`,
    iat: seconds(options.issuedAt),
    nbf: seconds(options.issuedAt),
    exp: seconds(options.expiresAt),
    name: user.displayName,
    oid: user.id,
    preferred_username: user.upn,
    sub: user.id,
    tid: options.tenantId,
    ver: "2.0",
  });
}

/** Returns the claims of a demo token, or null when the text is not a well-formed demo token. */
export function readDemoToken(token: string): DemoTokenClaims | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1] ?? "")) as Partial<DemoTokenClaims>;
    if (typeof claims.oid !== "string" || typeof claims.upn !== "string" || typeof claims.exp !== "number") return null;
    return {
      oid: claims.oid,
      upn: claims.upn,
      scp: typeof claims.scp === "string" ? claims.scp : "",
      exp: claims.exp,
      aud: typeof claims.aud === "string" ? claims.aud : "",
    };
  } catch {
    return null;
  }
}
