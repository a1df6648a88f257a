import { WWW_AUTHENTICATE } from "../../../dev/graph";
import { DEMO_CALENDAR_OWNER } from "../../../dev/shared/demoIdentity";
import { IDS, control, drive, driveErrorOf, driveToken, jsonOf } from "./driveSupport";
import { START, tokenFor, useEmulator } from "./support";

const { emulator } = useEmulator();
const OWN_CHILDREN = "/v1.0/me/drive/root/children";
const LIBRARY_CHILDREN = `/v1.0/drives/${IDS.marketingDrive}/root/children`;
const OWN_UPLOAD = "/v1.0/me/drive/root:/Scoped.txt:/createUploadSession";
const LIBRARY_UPLOAD = `/v1.0/drives/${IDS.marketingDrive}/root:/Scoped.txt:/createUploadSession`;
const LINK = `/v1.0/me/drive/items/${IDS.rolloutPlanDocx}/createLink`;

async function statusWith(scopes: readonly string[], method: string, path: string): Promise<number> {
  const response = await drive(method, path, { token: driveToken(scopes), ...(method === "POST" ? { body: {} } : {}) });
  return response.status;
}

describe("bearer token", () => {
  it("answers a missing token with Graph's 401 and challenge", async () => {
    const response = await drive("GET", OWN_CHILDREN, { token: null });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe(WWW_AUTHENTICATE);
    expect((await driveErrorOf(response)).message).toBe("Access token is empty.");
  });

  it("answers an expired token with 401", async () => {
    const token = tokenFor(undefined, ["Files.Read"], new Date(START.getTime() - 1000));
    const response = await drive("GET", OWN_CHILDREN, { token });
    expect(response.status).toBe(401);
    expect((await driveErrorOf(response)).message).toBe("Lifetime validation failed, the token is expired.");
  });

  it("answers a token revoked through faults.expireToken with 401", async () => {
    const token = driveToken();
    emulator.faults.expireToken(token);
    expect((await drive("GET", OWN_CHILDREN, { token })).status).toBe(401);
  });
});

describe("scopes", () => {
  it("refuses a calendar-only token with 403 accessDenied in Graph's envelope", async () => {
    const response = await drive("GET", OWN_CHILDREN, { token: tokenFor(undefined, ["Calendars.ReadWrite"]) });
    expect(response.status).toBe(403);
    expect(await jsonOf(response)).toEqual({
      error: {
        code: "accessDenied",
        message: "Access denied",
        innerError: {
          date: "2025-03-03T09:30:00",
          "request-id": response.headers.get("request-id"),
          "client-request-id": response.headers.get("client-request-id"),
        },
      },
    });
  });

  it("lets Files.Read read the caller's own drive only", async () => {
    expect(await statusWith(["Files.Read"], "GET", OWN_CHILDREN)).toBe(200);
    expect(await statusWith(["Files.Read"], "GET", "/v1.0/me/drive/recent")).toBe(200);
    expect(await statusWith(["Files.Read"], "POST", OWN_UPLOAD)).toBe(403);
    expect(await statusWith(["Files.Read"], "POST", LINK)).toBe(403);
    expect(await statusWith(["Files.Read"], "GET", LIBRARY_CHILDREN)).toBe(403);
    expect(await statusWith(["Files.Read"], "GET", `/v1.0/sites/${IDS.marketingSite}/drives`)).toBe(403);
    expect(await statusWith(["Files.Read"], "GET", "/v1.0/me/followedSites")).toBe(403);
  });

  it("lets Files.ReadWrite write the caller's own drive, not a library", async () => {
    expect(await statusWith(["Files.ReadWrite"], "POST", OWN_UPLOAD)).toBe(200);
    expect(await statusWith(["Files.ReadWrite"], "POST", LINK)).toBe(201);
    expect(await statusWith(["Files.ReadWrite"], "POST", LIBRARY_UPLOAD)).toBe(403);
  });

  it("lets Files.Read.All and Sites.Read.All read libraries but not write them", async () => {
    for (const scope of ["Files.Read.All", "Sites.Read.All"]) {
      expect(await statusWith([scope], "GET", LIBRARY_CHILDREN)).toBe(200);
      expect(await statusWith([scope], "POST", LIBRARY_UPLOAD)).toBe(403);
    }
    expect(await statusWith(["Files.Read.All"], "GET", "/v1.0/me/followedSites")).toBe(403);
    expect(await statusWith(["Sites.Read.All"], "GET", "/v1.0/me/followedSites")).toBe(200);
  });

  it("lets Files.ReadWrite.All or Sites.ReadWrite.All write libraries", async () => {
    expect(await statusWith(["Files.ReadWrite.All"], "POST", LIBRARY_UPLOAD)).toBe(200);
    expect(await statusWith(["Sites.ReadWrite.All"], "POST", LIBRARY_UPLOAD)).toBe(200);
  });

  it("refuses another user's followed sites to a delegated caller", async () => {
    const response = await drive("GET", `/v1.0/users/${DEMO_CALENDAR_OWNER.id}/followedSites`, {
      token: driveToken(["Sites.Read.All"]),
    });
    expect(response.status).toBe(403);
  });

  it("checks the caller's own right in the drive even with broad scopes", async () => {
    const token = driveToken(["Files.ReadWrite.All"], DEMO_CALENDAR_OWNER);
    const foreign = await drive("GET", `/v1.0/drives/${IDS.organizerDrive}/root/children`, { token });
    expect(foreign.status).toBe(403);
    const own = await drive("GET", "/v1.0/me/drive", { token });
    expect((await jsonOf(own))["id"]).toBe(IDS.calendarOwnerDrive);
  });
});

describe("control API", () => {
  it("answers an unknown drive control path with 404", async () => {
    expect((await control("GET", "/drive/nothing")).status).toBe(404);
  });
});
