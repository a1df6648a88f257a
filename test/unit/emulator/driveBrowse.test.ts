import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER, makeDemoToken } from "../../../dev/shared/demoIdentity";
import { IDS, drive, driveErrorOf, driveToken, jsonOf, type ItemJson, type ListJson } from "./driveSupport";
import { START, useEmulator } from "./support";

const { emulator } = useEmulator();
const ROOT_NAMES = [
  "Meeting notes",
  "Pictures",
  "Projects",
  "Recordings",
  "Expense report March.xlsx",
  "Vendor contract.pdf",
];
const ADELE_PATH = "https://contoso-my.sharepoint.com/personal/adele_vance_contoso_example";

describe("drives", () => {
  it("answers GET /me/drive with the organizer's OneDrive for Business", async () => {
    const response = await drive("GET", "/v1.0/me/drive");
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    expect(body).toMatchObject({
      "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('${DEMO_ORGANIZER.id}')/drive/$entity`,
      id: IDS.organizerDrive,
      driveType: "business",
      name: "OneDrive",
      webUrl: `${ADELE_PATH}/Documents`,
      owner: { user: { email: DEMO_ORGANIZER.upn, id: DEMO_ORGANIZER.id, displayName: "Adele Vance" } },
      quota: { deleted: 0, state: "normal", total: 1024 ** 4 },
    });
    const quota = body["quota"] as { used: number; remaining: number; total: number };
    // The seeded files, the 1.87 GB recording among them.
    expect(quota.used).toBe(1_881_800_825);
    expect(quota.remaining).toBe(quota.total - quota.used);
  });

  it("answers GET /drives/{id} for a SharePoint library as documentLibrary", async () => {
    const body = await jsonOf(await drive("GET", `/v1.0/drives/${IDS.marketingDrive}`));
    expect(body).toMatchObject({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#drives/$entity",
      id: IDS.marketingDrive,
      driveType: "documentLibrary",
      name: "Documents",
      webUrl: "https://contoso.sharepoint.com/sites/Marketing/Shared%20Documents",
      owner: { user: { displayName: "System Account" } },
    });
  });

  it("answers a malformed drive id with 400 and an unknown one with 404", async () => {
    const malformed = await drive("GET", "/v1.0/drives/Documents/root/children");
    expect(malformed.status).toBe(400);
    expect(await driveErrorOf(malformed)).toMatchObject({
      code: "invalidRequest",
      message: "The provided drive id appears to be malformed, or does not represent a valid drive.",
    });
    const unknown = await drive("GET", `/v1.0/drives/b!${"A".repeat(64)}`);
    expect(unknown.status).toBe(404);
    expect((await driveErrorOf(unknown)).code).toBe("itemNotFound");
  });

  it("provisions an empty OneDrive for a user it has not seen", async () => {
    const newcomer = { ...DEMO_ORGANIZER, id: "3f0c1c9e-0d7a-4b8e-9c1e-5a2b8d7e6f10", upn: "lee.gu@contoso.example" };
    const token = makeDemoToken(newcomer, ["Files.Read"], new Date(START.getTime() + 3_600_000));
    const first = await jsonOf<{ id: string; webUrl: string }>(await drive("GET", "/v1.0/me/drive", { token }));
    expect(first.id).toMatch(/^b![A-Za-z0-9_-]{64}$/);
    expect(first.webUrl).toBe("https://contoso-my.sharepoint.com/personal/lee_gu_contoso_example/Documents");
    const children = await jsonOf<ListJson>(await drive("GET", "/v1.0/me/drive/root/children", { token }));
    expect(children.value).toEqual([]);
    emulator.reset();
    const again = await jsonOf<{ id: string }>(await drive("GET", "/v1.0/me/drive", { token }));
    expect(again.id).toBe(first.id);
  });
});

describe("children and items", () => {
  it("lists the root folders first, then files, each by name, with driveItem facets", async () => {
    const response = await drive("GET", "/v1.0/me/drive/root/children");
    expect(response.status).toBe(200);
    const body = await jsonOf<ListJson>(response);
    expect(body["@odata.context"]).toBe(
      `https://graph.microsoft.com/v1.0/$metadata#users('${DEMO_ORGANIZER.id}')/drive/root/children`,
    );
    expect(body.value.map((item) => item.name)).toEqual(ROOT_NAMES);
    expect(body["@odata.nextLink"]).toBeUndefined();
    const projects = body.value.find((item) => item.name === "Projects");
    expect(projects).toMatchObject({
      id: IDS.projectsFolder,
      folder: { childCount: 2 },
      size: 48_213 + 126_904 + 3_481_210 + 1_204_533,
      webUrl: `${ADELE_PATH}/Documents/Projects`,
      parentReference: {
        driveType: "business",
        driveId: IDS.organizerDrive,
        id: IDS.organizerRoot,
        path: "/drive/root:",
        siteId: "a73c40fa-8f2d-4e9e-adbe-92913331b46c",
      },
    });
    expect(projects?.file).toBeUndefined();
    const pdf = body.value.find((item) => item.name === "Vendor contract.pdf");
    expect(pdf).toMatchObject({
      file: { mimeType: "application/pdf" },
      size: 684_211,
      webUrl: `${ADELE_PATH}/Documents/Vendor%20contract.pdf`,
      createdDateTime: "2024-12-23T09:30:00Z",
    });
  });

  it("names the parent path as the request addressed the drive", async () => {
    const viaMe = await jsonOf<ListJson>(await drive("GET", `/v1.0/me/drive/items/${IDS.rolloutFolder}/children`));
    expect(viaMe.value.map((item) => item.parentReference.path)).toEqual([
      "/drive/root:/Projects/Contoso rollout",
      "/drive/root:/Projects/Contoso rollout",
      "/drive/root:/Projects/Contoso rollout",
    ]);
    const viaId = await jsonOf<ListJson>(
      await drive("GET", `/v1.0/drives/${IDS.organizerDrive}/items/${IDS.rolloutFolder}/children`),
    );
    expect(viaId.value[0]?.parentReference.path).toBe(`/drives/${IDS.organizerDrive}/root:/Projects/Contoso rollout`);
    expect(viaId["@odata.context"]).toBe(
      `https://graph.microsoft.com/v1.0/$metadata#drives('${IDS.organizerDrive}')/items('${IDS.rolloutFolder}')/children`,
    );
  });

  it("lists a library's root through /drives/{id}/root/children and /sites/{id}/drive/root/children", async () => {
    const byDrive = await jsonOf<ListJson>(await drive("GET", `/v1.0/drives/${IDS.marketingDrive}/root/children`));
    expect(byDrive.value.map((item) => item.name)).toEqual([
      "Campaigns",
      "Brand guidelines.pdf",
      "Logo.png",
      "Market research.xlsx",
    ]);
    expect(byDrive.value[0]?.parentReference.driveType).toBe("documentLibrary");
    const bySite = await jsonOf<ListJson>(await drive("GET", `/beta/sites/${IDS.marketingSite}/drive/root/children`));
    expect(bySite.value.map((item) => item.id)).toEqual(byDrive.value.map((item) => item.id));
  });

  it("answers GET items/{id} with eTag, cTag and an Office document's Doc.aspx webUrl", async () => {
    const response = await drive("GET", `/v1.0/me/drive/items/${IDS.rolloutPlanDocx}`);
    const item = await jsonOf<ItemJson & { "@odata.context": string }>(response);
    expect(item["@odata.context"]).toBe(
      `https://graph.microsoft.com/v1.0/$metadata#users('${DEMO_ORGANIZER.id}')/drive/items/$entity`,
    );
    expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},\d+"$/);
    expect(item.cTag).toMatch(/^"c:\{[0-9A-F-]{36}\},\d+"$/);
    const guid = /\{([0-9A-F-]{36})\}/.exec(item.eTag)?.[1];
    expect(item.webUrl).toBe(
      `${ADELE_PATH}/_layouts/15/Doc.aspx?sourcedoc=%7B${guid}%7D&file=Rollout%20plan.docx&action=default&mobileredirect=true`,
    );
    expect(item).toMatchObject({
      name: "Rollout plan.docx",
      size: 48_213,
      file: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
      parentReference: { id: IDS.rolloutFolder, path: "/drive/root:/Projects/Contoso rollout" },
    });
  });

  it("answers the root with the root facet and no parent id", async () => {
    const root = await jsonOf(await drive("GET", "/v1.0/me/drive/root"));
    expect(root).toMatchObject({ id: IDS.organizerRoot, name: "root", root: {}, folder: { childCount: 6 } });
    expect(root["parentReference"]).toEqual({ driveType: "business", driveId: IDS.organizerDrive });
  });

  it("finds an item by path, case-insensitively, and lists a folder by path", async () => {
    const byPath = await jsonOf<ItemJson>(
      await drive("GET", "/v1.0/me/drive/root:/projects/Contoso%20Rollout/budget%20fy26.xlsx"),
    );
    expect(byPath.id).toBe(IDS.budgetXlsx);
    const children = await jsonOf<ListJson>(await drive("GET", "/v1.0/me/drive/root:/Pictures:/children"));
    expect(children.value.map((item) => item.name)).toEqual(["Architecture sketch.png", "Whiteboard 2025-02-27.png"]);
  });

  it("answers an unknown id or path with 404 itemNotFound in Graph's envelope", async () => {
    for (const path of [
      "/v1.0/me/drive/items/01KBHHQ3AAAAAAAAAAAAAAAAAAAAAAAAAA",
      "/v1.0/me/drive/root:/Nope/x.docx",
    ]) {
      const response = await drive("GET", path, {
        headers: { "client-request-id": "c0ffee00-0000-4000-8000-000000000001" },
      });
      expect(response.status).toBe(404);
      const body = await jsonOf(response);
      expect(body).toEqual({
        error: {
          code: "itemNotFound",
          message: "The resource could not be found.",
          innerError: {
            date: "2025-03-03T09:30:00",
            "request-id": response.headers.get("request-id"),
            "client-request-id": "c0ffee00-0000-4000-8000-000000000001",
          },
        },
      });
    }
  });

  it("knows an item id only in its own drive", async () => {
    const response = await drive("GET", `/v1.0/drives/${IDS.marketingDrive}/items/${IDS.rolloutPlanDocx}`);
    expect(response.status).toBe(404);
  });

  it("pages children with $top and an @odata.nextLink that keeps $skiptoken literal", async () => {
    const first = await jsonOf<ListJson>(await drive("GET", "/v1.0/me/drive/root/children?$top=4"));
    expect(first.value.map((item) => item.name)).toEqual(ROOT_NAMES.slice(0, 4));
    const next = first["@odata.nextLink"] ?? "";
    expect(next).toMatch(
      /^https:\/\/graph\.microsoft\.com\/v1\.0\/me\/drive\/root\/children\?\$top=4&\$skiptoken=[\w-]+$/,
    );
    const second = await jsonOf<ListJson>(await drive("GET", next));
    expect(second.value.map((item) => item.name)).toEqual(ROOT_NAMES.slice(4));
    expect(second["@odata.nextLink"]).toBeUndefined();
  });

  it("refuses a $top that is not a positive integer", async () => {
    const response = await drive("GET", "/v1.0/me/drive/root/children?$top=0");
    expect(response.status).toBe(400);
    expect((await driveErrorOf(response)).code).toBe("invalidRequest");
  });

  it("keeps only the $select-ed properties and ignores unknown ones", async () => {
    const body = await jsonOf<ListJson<Record<string, unknown>>>(
      await drive("GET", "/v1.0/me/drive/root/children?$select=name,size,noSuchThing&$top=1"),
    );
    expect(body.value).toEqual([{ name: "Meeting notes", size: 23_877 + 31_210 }]);
  });

  it("answers an unsupported method with 405", async () => {
    const response = await drive("DELETE", "/v1.0/me/drive/root/children");
    expect(response.status).toBe(405);
  });
});

describe("recent", () => {
  it("lists recent items newest first, other drives' through remoteItem", async () => {
    const response = await drive("GET", "/v1.0/me/drive/recent");
    expect(response.status).toBe(200);
    const body = await jsonOf<ListJson>(response);
    expect(body.value.map((item) => item.name)).toEqual([
      "Rollout plan.docx",
      "Kickoff deck.pptx",
      "Spring campaign brief.docx",
      "Board preparation.pptx",
      "Budget FY26.xlsx",
      "Whiteboard 2025-02-27.png",
      "Brand guidelines.pdf",
    ]);
    const [own, , brief, deck] = body.value;
    expect(own?.remoteItem).toBeUndefined();
    expect(own?.fileSystemInfo?.lastAccessedDateTime).toBe("2025-03-03T07:30:00Z");
    expect(brief?.remoteItem).toMatchObject({
      id: IDS.campaignBriefDocx,
      name: "Spring campaign brief.docx",
      parentReference: { driveId: IDS.marketingDrive, driveType: "documentLibrary", id: IDS.campaignsFolder },
    });
    expect(deck?.remoteItem?.parentReference.driveId).toBe(IDS.calendarOwnerDrive);
  });

  it("opens a remote item through /drives/{remoteItem.parentReference.driveId}/items/{remoteItem.id}", async () => {
    const body = await jsonOf<ListJson>(await drive("GET", "/v1.0/me/drive/recent"));
    const deck = body.value.find((item) => item.name === "Board preparation.pptx")?.remoteItem;
    const response = await drive("GET", `/v1.0/drives/${deck?.parentReference.driveId}/items/${deck?.id}`);
    expect(response.status).toBe(200);
    expect((await jsonOf<ItemJson>(response)).size).toBe(5_730_114);
  });

  it("refuses another user's recent list", async () => {
    const response = await drive("GET", `/v1.0/users/${DEMO_CALENDAR_OWNER.upn}/drive/recent`);
    expect(response.status).toBe(403);
    expect(await driveErrorOf(response)).toMatchObject({ code: "accessDenied", message: "Access denied" });
  });
});

describe("sites", () => {
  it("lists the followed Marketing site with the site JSON Graph shows", async () => {
    const body = await jsonOf<ListJson<Record<string, unknown>>>(await drive("GET", "/v1.0/me/followedSites"));
    expect(body["@odata.context"]).toBe("https://graph.microsoft.com/v1.0/$metadata#sites");
    expect(body.value).toEqual([
      expect.objectContaining({
        id: IDS.marketingSite,
        displayName: "Marketing",
        name: "Marketing",
        webUrl: "https://contoso.sharepoint.com/sites/Marketing",
        siteCollection: { hostname: "contoso.sharepoint.com" },
        sharepointIds: {
          siteId: "673bbc95-dc8b-4a73-ad94-3889340e9c68",
          siteUrl: "https://contoso.sharepoint.com/sites/Marketing",
          webId: "ac00e831-9de1-48ae-a862-c190c8f32996",
        },
      }),
    ]);
    expect(String(body.value[0]?.["id"]).split(",")).toHaveLength(3);
  });

  it("answers /sites/{id}, /sites/{id}/drives and /sites/{id}/drive", async () => {
    // The GUIDs of a site id may come in either case.
    const upper = "contoso.sharepoint.com,673BBC95-DC8B-4A73-AD94-3889340E9C68,AC00E831-9DE1-48AE-A862-C190C8F32996";
    const site = await jsonOf(await drive("GET", `/v1.0/sites/${upper}`));
    expect(site["displayName"]).toBe("Marketing");
    const drives = await jsonOf<ListJson<{ id: string; name: string; driveType: string }>>(
      await drive("GET", `/v1.0/sites/${IDS.marketingSite}/drives`),
    );
    expect(drives.value.map((entry) => [entry.name, entry.id, entry.driveType])).toEqual([
      ["Documents", IDS.marketingDrive, "documentLibrary"],
      ["Event photos", IDS.eventPhotosDrive, "documentLibrary"],
    ]);
    const library = await jsonOf(await drive("GET", `/v1.0/sites/${IDS.marketingSite}/drive`));
    expect(library["id"]).toBe(IDS.marketingDrive);
  });

  it("answers an unknown site with 404 'Requested site could not be found'", async () => {
    const response = await drive(
      "GET",
      "/v1.0/sites/contoso.sharepoint.com,00000000-0000-4000-a000-000000000000,x/drives",
    );
    expect(response.status).toBe(404);
    expect(await driveErrorOf(response)).toMatchObject({
      code: "itemNotFound",
      message: "Requested site could not be found",
    });
  });

  it("lets the organizer read the deck shared with her but nothing else in its owner's OneDrive", async () => {
    const token = driveToken(["Files.Read.All"]);
    const shared = await drive("GET", `/v1.0/drives/${IDS.calendarOwnerDrive}/items/${IDS.boardDeckPptx}`, { token });
    expect(shared.status).toBe(200);
    const root = await drive("GET", `/v1.0/users/${DEMO_CALENDAR_OWNER.upn}/drive/root/children`, { token });
    expect(root.status).toBe(403);
    expect((await driveErrorOf(root)).code).toBe("accessDenied");
  });

  it("answers /users/{unknown}/drive with 404", async () => {
    const response = await drive("GET", "/v1.0/users/nobody@contoso.example/drive");
    expect(response.status).toBe(404);
  });
});
