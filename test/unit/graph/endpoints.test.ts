import { CLOUDS, type CloudName } from "../../../src/config/clouds";
import {
  attachmentUrl,
  attachmentsUrl,
  createUploadSessionUrl,
  encodeSegment,
  eventUrl,
  graphRoot,
  mailboxKey,
  mailboxPath,
  type GraphVersion,
} from "../../../src/graph/core/endpoints";
import { EventRefError } from "../../../src/graph/errors/EventRefError";
import type { CalendarPath, EventRef, Mailbox } from "../../../src/shared/eventRef";
import { SEED_PATHS } from "./support/seedExamples";

const EVENT = "AAMkAGI1AAAt9AHjAAA=";
const CAL = "AAMkCal-1_x=";
const GROUP = "AAMkGrp_2=";
const USER = "cd209b0b-3f83-4c35-82d2-d88a61820480";

const calendars: Array<[CalendarPath | undefined, string]> = [
  [undefined, "events/{id}"],
  [{ kind: "events" }, "events/{id}"],
  [{ kind: "calendar" }, "calendar/events/{id}"],
  [{ kind: "calendars", calendarId: CAL }, "calendars/{id}/events/{id}"],
  [{ kind: "calendarGroups", groupId: GROUP, calendarId: CAL }, "calendarGroups/{id}/calendars/{id}/events/{id}"],
];
const mailboxes: Array<[Mailbox, string]> = [
  [{ kind: "me" }, "/me"],
  [{ kind: "user", idOrUpn: USER }, "/users/{id | userPrincipalName}"],
];

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

/** Turns a built URL back into the documentation's template form. */
function template(url: string, root: string, version: string): string {
  return url
    .slice(`${root}/${version}`.length)
    .replace(`/users/${USER}`, "/users/{id | userPrincipalName}")
    .replaceAll(EVENT, "{id}")
    .replaceAll(CAL, "{id}")
    .replaceAll(GROUP, "{id}");
}

describe("attachmentsUrl", () => {
  const built: string[] = [];
  for (const [mailbox, mailboxTemplate] of mailboxes) {
    for (const [calendar, calendarTemplate] of calendars) {
      const ref: EventRef = { mailbox, eventId: EVENT, ...(calendar ? { calendar } : {}) };
      it(`builds ${mailboxTemplate}/${calendarTemplate}/attachments`, () => {
        const url = attachmentsUrl("https://graph.microsoft.com", "v1.0", ref);
        const path = template(url, "https://graph.microsoft.com", "v1.0");
        expect(path).toBe(`${mailboxTemplate}/${calendarTemplate}/attachments`);
        built.push(path);
      });
    }
  }

  it("covers every path of the reference pages, including the Japanese page's lower-case spellings", () => {
    expect(new Set(built)).toEqual(new Set(SEED_PATHS));
    // Graph segments are case-insensitive: `calendargroups` is the same resource as `calendarGroups`.
    const lowerCase = ["/me/calendargroups/{id}/calendars/{id}/events/{id}/attachments"];
    for (const path of lowerCase) expect(SEED_PATHS.map((p) => p.toLowerCase())).toContain(path.toLowerCase());
  });

  it("matches the seed request URL exactly, with the id's '=' left readable", () => {
    expect(attachmentsUrl("https://graph.microsoft.com", "v1.0", { mailbox: { kind: "me" }, eventId: EVENT })).toBe(
      "https://graph.microsoft.com/v1.0/me/events/AAMkAGI1AAAt9AHjAAA=/attachments",
    );
    expect(
      attachmentsUrl("https://graph.microsoft.com", "beta", {
        mailbox: { kind: "me" },
        eventId: "AAMkAGE1M88AADUv0uAAAG=",
      }),
    ).toBe("https://graph.microsoft.com/beta/me/events/AAMkAGE1M88AADUv0uAAAG=/attachments");
  });

  it.each<[CloudName, GraphVersion]>([
    ["global", "v1.0"],
    ["usGovL4", "beta"],
    ["usGovL5DoD", "v1.0"],
    ["china", "beta"],
  ])("uses the %s cloud root with %s", (cloud, version) => {
    const url = attachmentsUrl(graphRoot(cloud), version, { mailbox: { kind: "me" }, eventId: EVENT });
    expect(url).toBe(`${CLOUDS[cloud].graph}/${version}/me/events/${EVENT}/attachments`);
  });

  it("lets an explicit base URL replace the cloud and drops trailing slashes", () => {
    expect(graphRoot("usGovL4", "http://localhost:3001/")).toBe("http://localhost:3001");
    expect(graphRoot("global")).toBe("https://graph.microsoft.com");
  });

  it("encodes UPNs safely and keeps '@' readable", () => {
    expect(mailboxPath({ kind: "user", idOrUpn: "adele.vance@contoso.example" })).toBe(
      "users/adele.vance@contoso.example",
    );
    expect(mailboxPath({ kind: "user", idOrUpn: "john_gmail.com#EXT#@contoso.onmicrosoft.com" })).toBe(
      "users/john_gmail.com%23EXT%23@contoso.onmicrosoft.com",
    );
    expect(mailboxPath({ kind: "user", idOrUpn: "o'brien+tag@contoso.example" })).toBe(
      "users/o'brien%2Btag@contoso.example",
    );
  });

  it("uses Graph's users('…') form for a UPN that starts with '$'", () => {
    expect(mailboxPath({ kind: "user", idOrUpn: "$adele@contoso.example" })).toBe("users('$adele@contoso.example')");
    expect(mailboxPath({ kind: "user", idOrUpn: "$o'neil@contoso.example" })).toBe("users('$o''neil@contoso.example')");
  });

  it.each(["", "  ", "a/b@contoso.example", "a b@contoso.example", "who?@x", "back\\slash@x"])(
    "refuses the mailbox %j",
    (idOrUpn) => {
      expect(thrown(() => mailboxPath({ kind: "user", idOrUpn }))).toMatchObject({
        reason: "mailboxInvalid",
        field: "mailbox",
      });
    },
  );

  it("encodes characters that are not safe in a path segment", () => {
    expect(encodeSegment("a b?c#d%e=")).toBe("a%20b%3Fc%23d%25e=");
  });
});

describe("EWS id refusal", () => {
  const ewsId = "AAMkAGI1AAAt9AHjAAA+/bcd=";

  it("refuses an event id with '/' or '+' before any request, naming the conversion", () => {
    let caught: unknown;
    try {
      attachmentsUrl("https://graph.microsoft.com", "v1.0", { mailbox: { kind: "me" }, eventId: ewsId });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EventRefError);
    expect(caught).toMatchObject({ reason: "ewsId", field: "eventId" });
    expect((caught as Error).message).toMatch(/EWS id/);
    expect((caught as Error).message).toMatch(/convertToRestId/);
    expect(thrown(() => eventUrl("https://g", "v1.0", { mailbox: { kind: "me" }, eventId: "abc+def" }))).toMatchObject({
      reason: "ewsId",
    });
  });

  it("checks calendar, group and attachment ids the same way", () => {
    const me: Mailbox = { kind: "me" };
    expect(
      thrown(() =>
        attachmentsUrl("https://g", "v1.0", {
          mailbox: me,
          eventId: EVENT,
          calendar: { kind: "calendars", calendarId: "a/b" },
        }),
      ),
    ).toMatchObject({ reason: "ewsId", field: "calendarId" });
    expect(
      thrown(() =>
        attachmentsUrl("https://g", "v1.0", {
          mailbox: me,
          eventId: EVENT,
          calendar: { kind: "calendarGroups", groupId: "g/1", calendarId: CAL },
        }),
      ),
    ).toMatchObject({ field: "groupId" });
    expect(thrown(() => attachmentUrl("https://g", "v1.0", { mailbox: me, eventId: EVENT }, "x/y"))).toMatchObject({
      field: "attachmentId",
    });
    expect(thrown(() => attachmentsUrl("https://g", "v1.0", { mailbox: me, eventId: " " }))).toMatchObject({
      reason: "idEmpty",
      field: "eventId",
    });
  });

  it("builds attachment and upload-session URLs on the documented forms", () => {
    const ref: EventRef = { mailbox: { kind: "me" }, eventId: EVENT, calendar: { kind: "calendars", calendarId: CAL } };
    expect(attachmentUrl("https://g", "v1.0", ref, "AAMkAtt=")).toBe(
      `https://g/v1.0/me/calendars/${CAL}/events/${EVENT}/attachments/AAMkAtt=`,
    );
    // Sessions are documented only under …/events/{id}/attachments/createUploadSession.
    expect(createUploadSessionUrl("https://g", "v1.0", ref)).toBe(
      `https://g/v1.0/me/events/${EVENT}/attachments/createUploadSession`,
    );
  });

  it("keys mailboxes by root and case-insensitive UPN", () => {
    expect(mailboxKey("https://g", { kind: "user", idOrUpn: "A@x.example" })).toBe(
      mailboxKey("https://g", { kind: "user", idOrUpn: "a@X.example " }),
    );
    expect(mailboxKey("https://g", { kind: "me" })).not.toBe(mailboxKey("https://h", { kind: "me" }));
  });
});
