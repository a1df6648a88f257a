import {
  buildDriveLinkAttachment,
  buildReferenceAttachment,
  parseDriveItem,
  providerFor,
  referencePermissionFor,
  REFERENCE_PERMISSIONS,
  REFERENCE_PROVIDERS,
  type DriveEntry,
} from "../../../../src/graph";
import { driveItem } from "./support/fakeDrive";

describe("driveItem", () => {
  it("reads a file of OneDrive for work or school", () => {
    expect(parseDriveItem(driveItem())).toEqual({
      id: "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K",
      driveId: "b!own-drive",
      name: "Budget.xlsx",
      isFolder: false,
      size: 19121,
      lastModified: "2024-04-30T08:00:00Z",
      webUrl: "https://contoso-my.sharepoint.com/personal/megan_contoso_com/Documents/Budget.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      extension: "xlsx",
      childCount: null,
      driveType: "business",
      provider: "oneDriveBusiness",
      remote: false,
    });
  });

  it("reads a folder, a package and odd values", () => {
    expect(parseDriveItem({ id: "f", name: "Docs", folder: { childCount: 4 }, size: -1 })).toMatchObject({
      isFolder: true,
      childCount: 4,
      extension: null,
      size: null,
      driveId: null,
      provider: "other",
    });
    expect(parseDriveItem({ id: "n", name: "Notebook", package: { type: "oneNote" } })).toMatchObject({
      isFolder: false,
    });
    expect(parseDriveItem({ id: "x", name: ".profile", file: {} })).toMatchObject({ extension: null, mimeType: null });
    expect(parseDriveItem({ id: "x", name: "trailing.", file: {} })).toMatchObject({ extension: null });
  });

  it("stands a remote item for the original, with the local values as fallback", () => {
    const entry = parseDriveItem({
      id: "local!1",
      name: "Shared folder",
      webUrl: "https://contoso-my.sharepoint.com/personal/me/Documents/Shared%20folder",
      remoteItem: {
        id: "remote!9",
        folder: { childCount: 2 },
        parentReference: { driveId: "b!theirs", driveType: "business" },
      },
    });
    expect(entry).toMatchObject({
      id: "remote!9",
      driveId: "b!theirs",
      name: "Shared folder",
      isFolder: true,
      remote: true,
      webUrl: "https://contoso-my.sharepoint.com/personal/me/Documents/Shared%20folder",
    });
  });

  it("refuses what is not an item", () => {
    expect(() => parseDriveItem(null)).toThrow("not an object");
    expect(() => parseDriveItem({ name: "no id" })).toThrow("without id or name");
  });

  it("maps each drive type to a referenceAttachment provider", () => {
    expect(providerFor("business")).toBe("oneDriveBusiness");
    expect(providerFor("personal")).toBe("oneDriveConsumer");
    expect(providerFor("documentLibrary")).toBe("other");
    expect(providerFor(null)).toBe("other");
    for (const type of ["business", "personal", "documentLibrary", null] as const) {
      expect(REFERENCE_PROVIDERS).toContain(providerFor(type));
    }
  });
});

describe("the link attachment", () => {
  const entry = (overrides: Partial<DriveEntry>): DriveEntry => ({ ...parseDriveItem(driveItem()), ...overrides });

  it("maps each link kind to the permission Graph's enum has for it", () => {
    expect(referencePermissionFor({ type: "view", scope: "organization" })).toBe("organizationView");
    expect(referencePermissionFor({ type: "edit", scope: "organization" })).toBe("organizationEdit");
    expect(referencePermissionFor({ type: "view", scope: "anonymous" })).toBe("anonymousView");
    expect(referencePermissionFor({ type: "edit", scope: "anonymous" })).toBe("anonymousEdit");
    for (const permission of ["organizationView", "organizationEdit", "anonymousView", "anonymousEdit"]) {
      expect(REFERENCE_PERMISSIONS).toContain(permission);
    }
  });

  it.each([
    ["business", "oneDriveBusiness"],
    ["personal", "oneDriveConsumer"],
    ["documentLibrary", "other"],
  ] as const)("a %s item becomes a %s reference attachment that attachLink accepts", (driveType, provider) => {
    const item = entry({ driveType, provider: providerFor(driveType) });
    const input = buildDriveLinkAttachment(item, {
      webUrl: "https://contoso.sharepoint.com/:x:/r/Budget",
      type: "edit",
      scope: "anonymous",
    });
    expect(input).toEqual({
      name: "Budget.xlsx",
      sourceUrl: "https://contoso.sharepoint.com/:x:/r/Budget",
      providerType: provider,
      permission: "anonymousEdit",
      isFolder: false,
    });
    expect(buildReferenceAttachment(input)).toEqual({
      "@odata.type": "#microsoft.graph.referenceAttachment",
      name: "Budget.xlsx",
      sourceUrl: "https://contoso.sharepoint.com/:x:/r/Budget",
      providerType: provider,
      permission: "anonymousEdit",
      isFolder: false,
    });
  });

  it("a folder, with a name of the organizer's choice", () => {
    const input = buildDriveLinkAttachment(
      entry({ isFolder: true, name: "Pics" }),
      { webUrl: "https://c.example/f", type: "view", scope: "organization" },
      { name: "Holiday pictures" },
    );
    expect(input).toMatchObject({ name: "Holiday pictures", isFolder: true, permission: "organizationView" });
  });
});
