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

export function makeDemoToken(user: DemoUser, scopes: readonly string[], expiresAt: Date): string {
  const header = base64UrlEncode(JSON.stringify({ alg: "none", typ: "JWT" }));
  const claims: DemoTokenClaims = {
    oid: user.id,
    upn: user.upn,
    scp: scopes.join(" "),
    exp: Math.floor(expiresAt.getTime() / 1000),
    aud: "https://graph.microsoft.com",
  };
  return `${header}.${base64UrlEncode(JSON.stringify(claims))}.demo-signature`;
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
