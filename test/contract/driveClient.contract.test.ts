/**
 * The drive client against the Graph emulator's OneDrive and SharePoint (dev/graph/drive), through msw like the
 * Graph client's contract test: paths, bodies, headers, errors and recovery have to agree on both sides.
 */
import { createHash } from "node:crypto";
import { setupServer } from "msw/node";
import { SEED_DRIVE_IDS, SEED_EVENT_IDS, createGraphEmulator } from "../../dev/graph";
import { DEMO_ORGANIZER, makeDemoToken } from "../../dev/shared/demoIdentity";
import {
  DRIVE_CHUNK_UNIT,
  buildDriveLinkAttachment,
  createDriveClient,
  createGraphClient,
  type DriveClientOptions,
  type DriveEntry,
} from "../../src/graph";
import type { GraphTokenRequest } from "../../src/shared/graphToken";

const emulator = createGraphEmulator();
const server = setupServer(...emulator.handlers);

const OWN = ["Files.ReadWrite"];
const WIDE = ["Files.ReadWrite.All", "Sites.Read.All"];
const IDS = SEED_DRIVE_IDS;
const CHUNK = 3 * DRIVE_CHUNK_UNIT;

const EXPIRY = Date.now() + 3_600_000;
const token = (scopes: readonly string[], n: number) =>
  makeDemoToken(DEMO_ORGANIZER, scopes, new Date(EXPIRY + n * 60_000));

function client(scopes: readonly string[] = WIDE, options: Partial<DriveClientOptions> = {}) {
  const tokenRequests: GraphTokenRequest[] = [];
  const drive = createDriveClient({
    getToken: (request) => {
      tokenRequests.push(request);
      return Promise.resolve(token(scopes, tokenRequests.length));
    },
    random: () => 0,
    retryPolicy: { baseDelayMs: 5, floorMs: 5, maxRetryAfterMs: 50 },
    chunkBytes: CHUNK,
    ...options,
  });
  return { drive, tokenRequests };
}

function bytes(size: number): Uint8Array {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) data[i] = (i * 131 + 17) % 253;
  return data;
}

const file = (content: Uint8Array, name: string) => Object.assign(new Blob([content as BlobPart]), { name });
const sha256 = (content: Uint8Array) => createHash("sha256").update(content).digest("hex");
const storedItem = (entry: DriveEntry) => emulator.drive.store.item(entry.driveId ?? "", entry.id);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => emulator.reset());
afterAll(() => server.close());

describe("browsing the seeded drives", () => {
  it("lists the OneDrive root, then a folder, as driveItems of a business OneDrive", async () => {
    const { drive } = client(OWN);
    const root = await drive.children();
    const projects = root.find((entry) => entry.name === "Projects");
    expect(projects).toMatchObject({
      id: IDS.projectsFolder,
      driveId: IDS.organizerDrive,
      isFolder: true,
      driveType: "business",
      provider: "oneDriveBusiness",
    });
    expect(root.find((entry) => entry.name === "Vendor contract.pdf")).toMatchObject({
      isFolder: false,
      size: 684_211,
      extension: "pdf",
      mimeType: "application/pdf",
    });
    const inside = await drive.children(projects);
    expect(inside.map((entry) => entry.name)).toEqual(expect.arrayContaining(["Contoso rollout", "Archive"]));
  });

  it("follows paging with a small page bound", async () => {
    const { drive } = client(OWN);
    const all = await drive.children();
    const some = await drive.children({}, { maxItems: 2 });
    expect(some).toEqual(all.slice(0, 2));
  });

  it("searches with a quote in the text", async () => {
    const { drive } = client(OWN);
    await expect(drive.search("Adele's nothing")).resolves.toEqual([]);
    const found = await drive.search("budget");
    expect(found.map((entry) => entry.name)).toContain("Budget FY26.xlsx");
  });

  it("recent files include an item of another drive as a remote item", async () => {
    const { drive } = client(OWN);
    const recent = await drive.recent();
    expect(recent.length).toBeGreaterThan(0);
    for (const entry of recent) expect(entry.driveId).not.toBeNull();
  });

  it("followed sites lead to their libraries and a library's folders", async () => {
    const { drive } = client(WIDE);
    const sites = await drive.followedSites();
    const marketing = sites.find((site) => site.id === IDS.marketingSite);
    expect(marketing).toBeDefined();
    const libraries = await drive.siteDrives(IDS.marketingSite);
    const documents = libraries.find((library) => library.id === IDS.marketingDrive);
    expect(documents).toMatchObject({ driveType: "documentLibrary", provider: "other" });
    const top = await drive.children({ driveId: IDS.marketingDrive });
    expect(top.find((entry) => entry.id === IDS.campaignsFolder)).toMatchObject({
      isFolder: true,
      driveId: IDS.marketingDrive,
      provider: "other",
    });
  });

  it("without Sites.Read.All, followed sites is a consent question; without Files scopes, so is the OneDrive", async () => {
    await expect(client(OWN).drive.followedSites()).rejects.toMatchObject({
      reason: "consentRequired",
      operation: "followedSites",
    });
    await expect(client(["Calendars.ReadWrite"]).drive.children()).rejects.toMatchObject({
      reason: "consentRequired",
      ownDrive: true,
    });
  });
});

describe("uploading to OneDrive", () => {
  const SIZE = 3 * CHUNK + 12_345;

  it("uploads into Attachments in 320 KiB multiples, every byte intact", async () => {
    const { drive } = client(OWN);
    const content = bytes(SIZE);
    const progress: number[] = [];
    const entry = await drive.uploadFile(file(content, "Quarterly review.bin"), {
      onProgress: ({ bytesSent }) => progress.push(bytesSent),
    });
    expect(entry).toMatchObject({ name: "Quarterly review.bin", size: SIZE, driveId: IDS.organizerDrive });
    expect(progress).toEqual([0, CHUNK, 2 * CHUNK, 3 * CHUNK, SIZE]);
    const stored = storedItem(entry);
    expect(stored?.sha256).toBe(sha256(content));
    const parent = stored?.parentId ? emulator.drive.store.item(IDS.organizerDrive, stored.parentId) : undefined;
    expect(parent?.name).toBe("Attachments");
    expect(emulator.drive.sessions.all()).toEqual([]);
  });

  it("a second file of the same name is renamed, not refused", async () => {
    const { drive } = client(OWN);
    const first = await drive.uploadFile(file(bytes(100), "same.txt"));
    const second = await drive.uploadFile(file(bytes(100), "same.txt"));
    expect(second.id).not.toBe(first.id);
    expect(second.name).not.toBe("same.txt");
  });

  it("survives a dropped slice", async () => {
    emulator.faults.inject({ match: { method: "PUT", path: /uploadSession/ }, times: 1, fault: { kind: "drop" } });
    const { drive } = client(OWN);
    const content = bytes(SIZE);
    const entry = await drive.uploadFile(file(content, "dropped.bin"));
    expect(storedItem(entry)?.sha256).toBe(sha256(content));
  });

  it("a lost answer to a middle slice resumes from the session's ranges", async () => {
    emulator.faults.inject({
      match: { method: "PUT", path: /uploadSession/ },
      times: 1,
      fault: { kind: "lostResponse" },
    });
    const { drive } = client(OWN);
    const content = bytes(SIZE);
    const entry = await drive.uploadFile(file(content, "lost-middle.bin"));
    expect(storedItem(entry)?.sha256).toBe(sha256(content));
  });

  it("a lost answer to the last slice still returns the one file", async () => {
    for (let i = 0; i < 3; i += 1) {
      emulator.faults.inject({
        match: { method: "PUT", path: /uploadSession/ },
        times: 1,
        fault: { kind: "delay", ms: 0 },
      });
    }
    emulator.faults.inject({
      match: { method: "PUT", path: /uploadSession/ },
      times: 1,
      fault: { kind: "lostResponse" },
    });
    const { drive } = client(OWN);
    const content = bytes(SIZE);
    const entry = await drive.uploadFile(file(content, "lost-last.bin"));
    expect(storedItem(entry)?.sha256).toBe(sha256(content));
    const copies = emulator.drive.store.allItems().filter((item) => item.name.startsWith("lost-last"));
    expect(copies).toHaveLength(1);
  });

  it("cancelling deletes the session and leaves no file", async () => {
    const { drive } = client(OWN);
    const controller = new AbortController();
    const upload = drive.uploadFile(file(bytes(SIZE), "cancelled.bin"), {
      signal: controller.signal,
      onProgress: ({ bytesSent }) => {
        if (bytesSent === CHUNK) controller.abort();
      },
    });
    await expect(upload).rejects.toMatchObject({ reason: "cancelled" });
    expect(emulator.drive.sessions.all()).toEqual([]);
    expect(emulator.drive.store.allItems().some((item) => item.name === "cancelled.bin")).toBe(false);
  });

  it("pause, then resume on the same session", async () => {
    const { drive } = client(OWN);
    const content = bytes(SIZE);
    let paused: Promise<void> | undefined;
    const upload = drive.startUpload(file(content, "paused.bin"), {
      onProgress: ({ bytesSent }) => {
        if (bytesSent === CHUNK && !paused) paused = upload.pause();
      },
    });
    await upload.result.catch(() => undefined);
    await paused;
    expect(upload.state).toBe("paused");
    expect(emulator.drive.sessions.all()).toHaveLength(1);
    const entry = await upload.resume();
    expect(storedItem(entry)?.sha256).toBe(sha256(content));
    expect(emulator.drive.sessions.all()).toEqual([]);
  });
});

describe("sharing links and the attachment", () => {
  it("201 for a new link, 200 for the same kind again; attached to the meeting as a reference", async () => {
    const { drive } = client(OWN);
    const [contract] = (await drive.children()).filter((entry) => entry.name === "Vendor contract.pdf");
    if (!contract) throw new Error("seed changed");
    const link = await drive.createLink(contract, { type: "view", scope: "organization" });
    expect(link).toMatchObject({ type: "view", scope: "organization", created: true });
    expect(link.webUrl).toMatch(/^https:\/\//);
    const again = await drive.createLink(contract, { type: "view", scope: "organization" });
    expect(again).toMatchObject({ created: false, webUrl: link.webUrl });

    const graph = createGraphClient({
      getToken: () =>
        Promise.resolve(makeDemoToken(DEMO_ORGANIZER, ["Calendars.ReadWrite"], new Date(Date.now() + 3_600_000))),
      random: () => 0,
    });
    const attached = await graph.attachLink(
      { mailbox: { kind: "me" }, eventId: SEED_EVENT_IDS.referenceExample },
      buildDriveLinkAttachment(contract, link),
    );
    expect(attached).toMatchObject({
      kind: "reference",
      name: "Vendor contract.pdf",
      sourceUrl: link.webUrl,
      providerType: "oneDriveBusiness",
      permission: "organizationView",
      isFolder: false,
    });
  });

  it("a kind the tenant switched off is refused with the kind named", async () => {
    emulator.drive.linkPolicy = { tenant: { disabledScopes: ["anonymous"] } };
    const { drive } = client(OWN);
    const item = { id: IDS.contractPdf, driveId: IDS.organizerDrive };
    await expect(drive.createLink(item, { type: "edit", scope: "anonymous" })).rejects.toMatchObject({
      name: "DriveRequestError",
      reason: "linkKindRefused",
      refused: { type: "edit", scope: "anonymous" },
      status: 403,
    });
    await expect(drive.createLink(item, { type: "edit", scope: "organization" })).resolves.toMatchObject({
      scope: "organization",
    });
  });

  it("a site's stricter rule refuses edit links there only", async () => {
    emulator.drive.linkPolicy = { sites: { [IDS.marketingDrive]: { disabledTypes: ["edit"] } } };
    const { drive } = client(WIDE);
    const brief = { id: IDS.campaignBriefDocx, driveId: IDS.marketingDrive };
    await expect(drive.createLink(brief, { type: "edit", scope: "organization" })).rejects.toMatchObject({
      reason: "linkKindRefused",
      refused: { type: "edit", scope: "organization" },
    });
    await expect(drive.createLink(brief, { type: "view", scope: "organization" })).resolves.toMatchObject({
      type: "view",
    });
  });

  it("Files.ReadWrite cannot link a library's item: refused as access, with the drive not the user's", async () => {
    const { drive } = client(OWN);
    await expect(
      drive.createLink(
        { id: IDS.campaignBriefDocx, driveId: IDS.marketingDrive },
        { type: "view", scope: "organization" },
      ),
    ).rejects.toMatchObject({ reason: "accessDenied", ownDrive: false, operation: "createLink" });
  });
});

describe("the shared retry machinery on drive routes", () => {
  it("waits out a 429 and a 503", async () => {
    emulator.faults.inject({
      match: { method: "GET", path: /\/drive\// },
      times: 1,
      fault: { kind: "status", status: 429, retryAfter: "0.01" },
    });
    emulator.faults.inject({
      match: { method: "GET", path: /\/drive\// },
      times: 1,
      fault: { kind: "status", status: 503 },
    });
    await expect(client(OWN).drive.children()).resolves.not.toHaveLength(0);
  });

  it("refreshes an expired token once", async () => {
    const { drive, tokenRequests } = client(OWN);
    emulator.faults.expireToken(token(OWN, 1));
    await expect(drive.children()).resolves.not.toHaveLength(0);
    expect(tokenRequests.map((request) => request.forceRefresh)).toEqual([false, true]);
  });
});
