import { WWW_AUTHENTICATE } from "../../../dev/graph";
import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
import { EVENT_ID, MENU_TXT, START, errorOf, graph, tokenFor, useEmulator } from "./support";

const { emulator, clock } = useEmulator();
const OWN = `/v1.0/me/events/${EVENT_ID}/attachments`;
const SHARED_EVENT = "AAMkAGRlbW8tc2hhcmVkAAEAAA=";
const SHARED = `/v1.0/users/${DEMO_CALENDAR_OWNER.upn}/events/${SHARED_EVENT}/attachments`;

function unsignedToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "none" })}.${encode(claims)}.sig`;
}

describe("bearer token", () => {
  it.each([
    ["no Authorization header", undefined],
    ["an empty bearer token", "Bearer "],
    ["a token without the Bearer scheme", tokenFor()],
  ])("answers %s with 401 'Access token is empty.'", async (_case, header) => {
    const response = await graph("GET", OWN, {
      token: null,
      ...(header === undefined ? {} : { headers: { Authorization: header } }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe(WWW_AUTHENTICATE);
    expect(await errorOf(response)).toMatchObject({
      code: "InvalidAuthenticationToken",
      message: "Access token is empty.",
    });
  });

  it("answers a token that is not a JWT with the IDX14100 message", async () => {
    const response = await graph("GET", OWN, { token: "not-a-jwt" });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toMatch(
      /^IDX14100: JWT is not well formed, there are no dots \(\.\)\.\n/,
    );
  });

  it("answers a JWT it cannot read with 401", async () => {
    const response = await graph("GET", OWN, { token: "a.b.c" });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("InvalidAuthenticationToken");
  });

  it("answers a token for another audience (the add-in's own API) with 401 Invalid audience", async () => {
    const token = unsignedToken({
      oid: DEMO_ORGANIZER.id,
      upn: DEMO_ORGANIZER.upn,
      scp: "Calendars.ReadWrite",
      exp: START.getTime() / 1000 + 3600,
      aud: "api://localhost:3000/2b3c",
    });
    const response = await graph("GET", OWN, { token });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toBe("Access token validation failure. Invalid audience.");
  });

  it("answers an expired token, by the injected clock, with 401 and the challenge header", async () => {
    const token = tokenFor(DEMO_ORGANIZER, ["Calendars.ReadWrite"], new Date(START.getTime() + 60_000));
    expect((await graph("GET", OWN, { token })).status).toBe(200);
    clock.advance(60_000);
    const response = await graph("GET", OWN, { token });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe(WWW_AUTHENTICATE);
    expect(await errorOf(response)).toMatchObject({
      code: "InvalidAuthenticationToken",
      message: "Lifetime validation failed, the token is expired.",
    });
  });

  it("answers a token revoked with faults.expireToken as expired, and only that token", async () => {
    const revoked = tokenFor();
    const other = tokenFor(DEMO_ORGANIZER, ["Calendars.ReadWrite"], new Date(START.getTime() + 120_000));
    emulator.faults.expireToken(revoked);
    expect((await errorOf(await graph("GET", OWN, { token: revoked }))).message).toBe(
      "Lifetime validation failed, the token is expired.",
    );
    expect((await graph("GET", OWN, { token: other })).status).toBe(200);
  });
});

describe("permissions", () => {
  const accessDenied = { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." };

  it("lets Calendars.Read list but not add", async () => {
    const token = tokenFor(DEMO_ORGANIZER, ["Calendars.Read"]);
    expect((await graph("GET", OWN, { token })).status).toBe(200);
    const response = await graph("POST", OWN, { token, body: MENU_TXT });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject(accessDenied);
  });

  it("refuses a token without calendar scopes", async () => {
    const response = await graph("GET", OWN, { token: tokenFor(DEMO_ORGANIZER, ["User.Read"]) });
    expect(response.status).toBe(403);
  });

  it("needs Calendars.ReadWrite.Shared for another user's calendar", async () => {
    const response = await graph("POST", SHARED, { body: MENU_TXT });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject(accessDenied);
    const shared = await graph("POST", SHARED, {
      token: tokenFor(DEMO_ORGANIZER, ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"]),
      body: MENU_TXT,
    });
    expect(shared.status).toBe(201);
    expect(emulator.store.attachments(SHARED_EVENT)).toHaveLength(1);
  });

  it("lets a delegate with a read grant list but not write", async () => {
    emulator.store.grant(DEMO_ORGANIZER.upn, DEMO_CALENDAR_OWNER.upn, "read");
    const token = tokenFor(DEMO_ORGANIZER, ["Calendars.ReadWrite.Shared"]);
    expect((await graph("GET", SHARED, { token })).status).toBe(200);
    expect((await graph("POST", SHARED, { token, body: MENU_TXT })).status).toBe(403);
  });

  it("refuses a delegate without any grant", async () => {
    emulator.store.revoke(DEMO_ORGANIZER.upn, DEMO_CALENDAR_OWNER.upn);
    const token = tokenFor(DEMO_ORGANIZER, ["Calendars.ReadWrite.Shared"]);
    expect((await graph("GET", SHARED, { token })).status).toBe(403);
  });

  it("does not let /me reach another mailbox's event", async () => {
    const response = await graph("GET", `/v1.0/me/events/${SHARED_EVENT}/attachments`);
    expect(response.status).toBe(404);
  });

  it("treats /users/{own object id} as /me", async () => {
    const response = await graph(
      "GET",
      `/v1.0/users/${DEMO_ORGANIZER.id.toUpperCase()}/events/${EVENT_ID}/attachments`,
    );
    expect(response.status).toBe(200);
  });
});

describe("classic Outlook's sync delay", () => {
  it("answers 404 for an event until its visibleAfter moment, then finds it", async () => {
    emulator.store.addEvent({
      id: "AAMkAGp1c3RzYXZlZAAAAQAA=",
      owner: DEMO_ORGANIZER.upn,
      subject: "Just saved",
      start: "2025-03-04T10:00:00Z",
      end: "2025-03-04T11:00:00Z",
      visibleAfter: new Date(START.getTime() + 45_000),
    });
    const path = "/v1.0/me/events/AAMkAGp1c3RzYXZlZAAAAQAA=/attachments";
    const early = await graph("POST", path, { body: MENU_TXT });
    expect(early.status).toBe(404);
    expect((await errorOf(early)).code).toBe("ErrorItemNotFound");
    clock.advance(45_000);
    const later = await graph("POST", path, { body: MENU_TXT, token: tokenFor() });
    expect(later.status).toBe(201);
  });
});
