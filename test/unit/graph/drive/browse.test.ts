import { json, graphError } from "../support/fakeFetch";
import { GRAPH, driveItem, driveSetup } from "./support/fakeDrive";

const page = (value: unknown[], next?: string) => json(200, { value, ...(next ? { "@odata.nextLink": next } : {}) });

describe("children", () => {
  it("lists the user's OneDrive root and follows next links", async () => {
    const { fake, client } = driveSetup((request) =>
      request.url.includes("skiptoken")
        ? page([driveItem({ id: "B", name: "Notes.docx" })])
        : page(
            [driveItem({ id: "A", name: "Photos", folder: { childCount: 12 }, file: undefined })],
            `${GRAPH}/me/drive/root/children?$skiptoken=abc`,
          ),
    );
    const entries = await client.children();
    expect(fake.requests.map((request) => request.url)).toEqual([
      `${GRAPH}/me/drive/root/children`,
      `${GRAPH}/me/drive/root/children?$skiptoken=abc`,
    ]);
    expect(entries.map((entry) => [entry.name, entry.isFolder, entry.childCount])).toEqual([
      ["Photos", true, 12],
      ["Notes.docx", false, null],
    ]);
    expect(fake.requests[0]?.headers.get("authorization")).toBe("Bearer token-1");
  });

  it("lists a folder of a SharePoint library by drive and item id", async () => {
    const { fake, client } = driveSetup(() => page([]));
    await client.children({ driveId: "b!site-lib", id: "01FOLDER" });
    await client.children({ driveId: "b!site-lib" });
    await client.children({ id: "01MINE" });
    expect(fake.requests.map((request) => request.url)).toEqual([
      `${GRAPH}/drives/b!site-lib/items/01FOLDER/children`,
      `${GRAPH}/drives/b!site-lib/root/children`,
      `${GRAPH}/me/drive/items/01MINE/children`,
    ]);
  });

  it("refuses to list a file", async () => {
    const { fake, client } = driveSetup(() => page([]));
    await expect(client.children({ id: "x", isFolder: false })).rejects.toMatchObject({ reason: "notAFolder" });
    expect(fake.requests).toHaveLength(0);
  });

  it("stops at maxItems even when more pages follow", async () => {
    let calls = 0;
    const { client } = driveSetup(() => {
      calls += 1;
      return page(
        [driveItem({ id: `a${calls}` }), driveItem({ id: `b${calls}` })],
        `${GRAPH}/me/drive/root/children?$skiptoken=${calls}`,
      );
    });
    const entries = await client.children({}, { maxItems: 3 });
    expect(entries.map((entry) => entry.id)).toEqual(["a1", "b1", "a2"]);
    expect(calls).toBe(2);
  });

  it("never follows a next link to another host", async () => {
    const { fake, client } = driveSetup(() => page([driveItem()], "https://evil.example/steal"));
    await expect(client.children()).rejects.toMatchObject({ reason: "unexpectedResponse" });
    expect(fake.requests).toHaveLength(1);
  });

  it("leaves out items without id or name", async () => {
    const { client } = driveSetup(() => page([driveItem(), { id: "deleted", deleted: {} }, 42]));
    expect(await client.children()).toHaveLength(1);
  });

  it("stops when the signal aborts", async () => {
    const controller = new AbortController();
    const { client } = driveSetup(() => {
      controller.abort();
      return page([driveItem()], `${GRAPH}/me/drive/root/children?$skiptoken=1`);
    });
    await expect(client.children({}, { signal: controller.signal })).rejects.toMatchObject({ reason: "cancelled" });
  });

  it("refuses a bad bound", async () => {
    const { client } = driveSetup(() => page([]));
    await expect(client.children({}, { maxItems: 0 })).rejects.toThrow(RangeError);
  });
});

describe("search", () => {
  it("quotes the text for OData and encodes it for the URL", async () => {
    const { fake, client } = driveSetup(() => page([]));
    await client.search("  Megan's 50% #plan/Q3 ?  ");
    expect(fake.requests[0]?.url).toBe(`${GRAPH}/me/drive/root/search(q='Megan''s%2050%25%20%23plan%2FQ3%20%3F')`);
  });

  it("searches another drive when asked", async () => {
    const { fake, client } = driveSetup(() => page([]));
    await client.search("budget", { driveId: "b!lib" });
    expect(fake.requests[0]?.url).toBe(`${GRAPH}/drives/b!lib/root/search(q='budget')`);
  });

  it("follows paging and reads remote items", async () => {
    const { client } = driveSetup((request) =>
      request.url.includes("skipToken")
        ? page([driveItem({ id: "local2", name: "Contoso Project 2016", folder: {}, file: undefined })])
        : page(
            [
              {
                id: "0123456789abc!123",
                name: "Contoso Project",
                folder: {},
                remoteItem: {
                  id: "!23141901",
                  parentReference: { driveId: "s!1020101jlkjl12lx", driveType: "personal" },
                },
              },
            ],
            `${GRAPH}/me/drive/root/search(query='contoso project')&skipToken=1asdlnjnkj1nalkm!asd`,
          ),
    );
    const entries = await client.search("contoso project");
    expect(entries[0]).toMatchObject({
      id: "!23141901",
      driveId: "s!1020101jlkjl12lx",
      name: "Contoso Project",
      isFolder: true,
      remote: true,
      provider: "oneDriveConsumer",
    });
    expect(entries).toHaveLength(2);
  });

  it("refuses empty text without a request", async () => {
    const { fake, client } = driveSetup(() => page([]));
    await expect(client.search("   ")).rejects.toMatchObject({ name: "DriveRequestError", reason: "searchTextEmpty" });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("recent", () => {
  it("reads the documented example: a remote item and a local one", async () => {
    const { fake, client } = driveSetup(() =>
      page([
        {
          id: "1312abc!1231",
          remoteItem: {
            id: "1991210caf!192",
            name: "March Proposal.docx",
            file: {},
            size: 19121,
            parentReference: { driveId: "1991210caf", id: "1991210caf!104" },
          },
          fileSystemInfo: { lastAccessedDateTime: "2017-02-20T19:13:00Z" },
        },
        {
          id: "1312def!9943",
          name: "Vacation.jpg",
          file: {},
          size: 37810,
          parentReference: { driveId: "1312def", id: "1312def!123" },
        },
      ]),
    );
    const entries = await client.recent();
    expect(fake.requests[0]?.url).toBe(`${GRAPH}/me/drive/recent`);
    expect(entries).toEqual([
      expect.objectContaining({
        id: "1991210caf!192",
        driveId: "1991210caf",
        name: "March Proposal.docx",
        size: 19121,
        remote: true,
        extension: "docx",
        provider: "other",
      }),
      expect.objectContaining({
        id: "1312def!9943",
        driveId: "1312def",
        name: "Vacation.jpg",
        remote: false,
        extension: "jpg",
      }),
    ]);
  });

  it("says a missing Files scope is consent, not a missing file", async () => {
    const { client } = driveSetup(() => graphError(403, "accessDenied", "Access denied"));
    await expect(client.recent()).rejects.toMatchObject({
      name: "DriveRequestError",
      reason: "consentRequired",
      operation: "recent",
      ownDrive: true,
      status: 403,
      code: "accessDenied",
      requestId: "req-123",
    });
  });
});

describe("SharePoint sites", () => {
  it("lists followed sites and their drives", async () => {
    const { fake, client } = driveSetup((request) =>
      request.url.endsWith("/followedSites")
        ? page([
            {
              id: "contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE",
              displayName: "OneDrive Team Site",
              webUrl: "https://contoso.sharepoint.com/teams/1drvteam",
            },
            { id: "contoso.sharepoint.com,1,2", name: "site2" },
          ])
        : page([
            {
              id: "b!lib1",
              name: "Documents",
              driveType: "documentLibrary",
              webUrl: "https://contoso.sharepoint.com/teams/1drvteam/Shared%20Documents",
            },
            { id: "b!odd", driveType: "somethingNew" },
          ]),
    );
    const sites = await client.followedSites();
    expect(sites).toEqual([
      {
        id: "contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE",
        name: "OneDrive Team Site",
        webUrl: "https://contoso.sharepoint.com/teams/1drvteam",
      },
      { id: "contoso.sharepoint.com,1,2", name: "site2", webUrl: null },
    ]);
    const drives = await client.siteDrives(sites[0]?.id ?? "");
    expect(fake.requests.map((request) => request.url)).toEqual([
      `${GRAPH}/me/followedSites`,
      `${GRAPH}/sites/contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE/drives`,
    ]);
    expect(drives).toEqual([
      {
        id: "b!lib1",
        name: "Documents",
        driveType: "documentLibrary",
        webUrl: "https://contoso.sharepoint.com/teams/1drvteam/Shared%20Documents",
        provider: "other",
      },
      { id: "b!odd", name: "b!odd", driveType: null, webUrl: null, provider: "other" },
    ]);
  });

  it("a refused followedSites is consent (Sites.Read.All), a refused site is access", async () => {
    const { client } = driveSetup(() => graphError(403, "accessDenied", "Access denied"));
    await expect(client.followedSites()).rejects.toMatchObject({
      reason: "consentRequired",
      operation: "followedSites",
    });
    await expect(client.siteDrives("contoso.sharepoint.com,1,2")).rejects.toMatchObject({
      reason: "accessDenied",
      ownDrive: false,
    });
  });

  it("refuses an empty site id", async () => {
    const { client } = driveSetup(() => page([]));
    await expect(client.siteDrives(" ")).rejects.toMatchObject({ reason: "itemNotFound" });
  });
});

describe("where a refusal comes from", () => {
  it("a folder of the user's own drive, once seen, is the token's fault", async () => {
    const { client } = driveSetup((_request, index) =>
      index === 0
        ? page([driveItem({ id: "F", folder: {}, file: undefined })])
        : graphError(403, "accessDenied", "Access denied"),
    );
    const [folder] = await client.children();
    await expect(client.children(folder)).rejects.toMatchObject({ reason: "consentRequired", ownDrive: true });
    await expect(client.children({ driveId: "b!someone-else", id: "X" })).rejects.toMatchObject({
      reason: "accessDenied",
      ownDrive: false,
    });
  });

  it("Graph's own words about scopes are consent anywhere", async () => {
    const { client } = driveSetup(() =>
      graphError(403, "AccessDenied", "Either scp or roles claim need to be present in the token."),
    );
    await expect(client.children({ driveId: "b!other" })).rejects.toMatchObject({ reason: "consentRequired" });
    const second = driveSetup(() =>
      graphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
    );
    await expect(second.client.siteDrives("a,b,c")).rejects.toMatchObject({ reason: "consentRequired" });
  });

  it("a user without OneDrive, a missing item, and errors that stay Graph's", async () => {
    const noDrive = driveSetup(() => graphError(404, "ResourceNotFound", "User's mysite not found."));
    await expect(noDrive.client.children()).rejects.toMatchObject({ reason: "oneDriveUnavailable" });
    const gone = driveSetup(() => graphError(404, "itemNotFound", "The resource could not be found."));
    await expect(gone.client.children({ id: "X" })).rejects.toMatchObject({ reason: "itemNotFound", status: 404 });
    const bad = driveSetup(() => graphError(400, "invalidRequest", "Invalid request"));
    await expect(bad.client.children()).rejects.toMatchObject({ name: "GraphRequestError", reason: "badRequest" });
  });
});
