import { createGraphEmulator } from "../../../dev/graph";
import { DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
import { IDS, control, drive, driveErrorOf, driveToken, jsonOf, type ListJson } from "./driveSupport";
import { START, createClock, useEmulator } from "./support";

useEmulator();
const search = (path: string): Promise<Response> => drive("GET", path);

describe("search(q='…')", () => {
  it("finds items by name below the root, without parentReference.path as OneDrive for Business", async () => {
    const response = await search("/v1.0/me/drive/root/search(q='budget')");
    expect(response.status).toBe(200);
    const body = await jsonOf<ListJson>(response);
    expect(body["@odata.context"]).toBe("https://graph.microsoft.com/v1.0/$metadata#Collection(driveItem)");
    expect(body.value.map((item) => item.id)).toEqual([IDS.budgetXlsx]);
    expect(body.value[0]?.parentReference).toEqual({
      driveType: "business",
      driveId: IDS.organizerDrive,
      id: IDS.rolloutFolder,
      siteId: "a73c40fa-8f2d-4e9e-adbe-92913331b46c",
    });
  });

  it("matches every word regardless of case, folders included, newest first", async () => {
    const body = await jsonOf<ListJson>(await search("/v1.0/me/drive/root/search(q='NOTES')"));
    // The folder was last modified when its newest file was, so it comes first of the two.
    expect(body.value.map((item) => item.name)).toEqual([
      "Meeting notes",
      "Quarterly planning notes.docx",
      "Design review notes.docx",
    ]);
    const both = await jsonOf<ListJson>(await search("/v1.0/me/drive/root/search(q='design%20notes')"));
    expect(both.value.map((item) => item.name)).toEqual(["Design review notes.docx"]);
  });

  it("answers no match with an empty value and no next link", async () => {
    const body = await jsonOf<ListJson>(await search("/v1.0/me/drive/root/search(q='zebra')"));
    expect(body.value).toEqual([]);
    expect(body["@odata.nextLink"]).toBeUndefined();
  });

  it("reads a doubled quote as one, as OData string literals do", async () => {
    const added = await control("POST", "/drive/files", {
      owner: DEMO_ORGANIZER.upn,
      path: "Meeting notes/Adele's notes.docx",
      size: 1234,
      lastModifiedDateTime: "2025-03-01T10:00:00Z",
    });
    expect(added.status).toBe(201);
    const body = await jsonOf<ListJson>(await search("/v1.0/me/drive/root/search(q='adele''s')"));
    expect(body.value.map((item) => item.name)).toEqual(["Adele's notes.docx"]);
    const encoded = await jsonOf<ListJson>(await search("/v1.0/me/drive/root/search(q=%27adele%27%27s%27)"));
    expect(encoded.value).toHaveLength(1);
  });

  it("refuses a lone quote inside the literal with 400", async () => {
    const response = await search("/v1.0/me/drive/root/search(q='adele's')");
    expect(response.status).toBe(400);
    expect((await driveErrorOf(response)).code).toBe("BadRequest");
  });

  it("pages with $top and @odata.nextLink", async () => {
    const first = await jsonOf<ListJson>(await search("/v1.0/me/drive/root/search(q='.docx')?$top=2"));
    expect(first.value).toHaveLength(2);
    const next = first["@odata.nextLink"] ?? "";
    expect(next).toContain("/v1.0/me/drive/root/search(q='.docx')?$top=2&$skiptoken=");
    const second = await jsonOf<ListJson>(await drive("GET", next));
    expect(second.value).toHaveLength(1);
    expect(second["@odata.nextLink"]).toBeUndefined();
    const names = [...first.value, ...second.value].map((item) => item.name).sort();
    expect(names).toEqual(["Design review notes.docx", "Quarterly planning notes.docx", "Rollout plan.docx"]);
  });

  it("tolerates $select, unknown names included", async () => {
    const body = await jsonOf<ListJson<Record<string, unknown>>>(
      await search("/v1.0/me/drive/root/search(q='logo')?$select=name,webUrl,bogus"),
    );
    expect(body.value).toEqual([]);
    const library = await jsonOf<ListJson<Record<string, unknown>>>(
      await search(`/v1.0/drives/${IDS.marketingDrive}/root/search(q='logo')?select=name,bogus`),
    );
    expect(library.value).toEqual([{ name: "Logo.png" }]);
  });

  it("searches below a folder only when addressed through items/{id}", async () => {
    const body = await jsonOf<ListJson>(await search(`/v1.0/me/drive/items/${IDS.picturesFolder}/search(q='png')`));
    expect(body.value.map((item) => item.name).sort()).toEqual([
      "Architecture sketch.png",
      "Whiteboard 2025-02-27.png",
    ]);
    const elsewhere = await jsonOf<ListJson>(
      await search(`/v1.0/me/drive/items/${IDS.picturesFolder}/search(q='budget')`),
    );
    expect(elsewhere.value).toEqual([]);
  });

  it("searches a site's library through /sites/{id}/drive", async () => {
    const body = await jsonOf<ListJson>(await search(`/beta/sites/${IDS.marketingSite}/drive/root/search(q='brief')`));
    expect(body.value.map((item) => item.id)).toEqual([IDS.campaignBriefDocx]);
  });
});

describe("search index delay", () => {
  it("finds a new item only once the index has caught up", async () => {
    const clock = createClock();
    const emulator = createGraphEmulator({ now: clock.now, drive: { searchIndexDelayMs: 60_000 } });
    const token = driveToken();
    const call = async (): Promise<number> => {
      const response = await emulator.handle(
        new Request("https://graph.microsoft.com/v1.0/me/drive/root/search(q='agenda')", {
          headers: { Authorization: `Bearer ${token}` },
        }),
      );
      return (await jsonOf<ListJson>(response)).value.length;
    };
    await emulator.handle(
      new Request("https://graph.microsoft.com/_emulator/drive/files", {
        method: "POST",
        body: JSON.stringify({ owner: DEMO_ORGANIZER.upn, path: "Agenda.docx", size: 10 }),
      }),
    );
    expect(await call()).toBe(0);
    clock.advance(60_000);
    expect(await call()).toBe(1);
    expect(clock.now().getTime()).toBe(START.getTime() + 60_000);
  });
});

describe("search addressing", () => {
  it("accepts percent-encoded parentheses", async () => {
    const body = await jsonOf<ListJson>(await search("/v1.0/me/drive/root/search%28q='budget'%29"));
    expect(body.value.map((item) => item.id)).toEqual([IDS.budgetXlsx]);
  });
});
