import { driveIdFor, hashToken, newGuid, newItemId, rootItemId, siteIdFor, stableGuid } from "./driveIds";
import type { LinkScope, LinkType } from "./driveOptions";

export type DriveType = "business" | "documentLibrary";
export type ShareRole = "read" | "write";

export interface StoredSite {
  /** `{hostname},{siteCollectionId},{webId}`. */
  id: string;
  hostname: string;
  siteCollectionId: string;
  webId: string;
  /** The last segment of its URL, e.g. "Marketing". */
  name: string;
  displayName: string;
  description: string;
  webUrl: string;
  createdDateTime: Date;
  lastModifiedDateTime: Date;
  /** A OneDrive is a personal site of its own; followedSites never lists those. */
  personal: boolean;
  /** Who may read or write its libraries, by lower-cased UPN. */
  members: Map<string, ShareRole>;
}

export interface StoredDrive {
  id: string;
  siteId: string;
  listId: string;
  driveType: DriveType;
  name: string;
  description: string;
  webUrl: string;
  /** The six characters every item id of this drive carries after `01`. */
  itemPrefix: string;
  rootId: string;
  /** A OneDrive's owner; a document library belongs to its site. */
  ownerUpn: string | null;
  createdDateTime: Date;
}

export interface StoredDriveItem {
  driveId: string;
  id: string;
  /** null for the root. */
  parentId: string | null;
  name: string;
  kind: "file" | "folder";
  /** A file's bytes; a folder reports the total of what it holds (computed, this stays 0). */
  size: number;
  mimeType: string | null;
  createdDateTime: Date;
  lastModifiedDateTime: Date;
  createdBy: string;
  lastModifiedBy: string;
  /** The list item's unique id: the GUID inside eTag and cTag, and Office documents' `sourcedoc`. */
  uniqueId: string;
  /** Bumped by every change (eTag) and by content changes only (cTag). */
  version: number;
  contentVersion: number;
  /** Uploaded files only: the SHA-256 of the bytes, which are not kept. */
  sha256: string | null;
  uploadedAt: Date | null;
  /** People the item was shared with, by lower-cased UPN; it extends to everything below a folder. */
  sharedWith: Map<string, ShareRole>;
}

export interface StoredLink {
  id: string;
  driveId: string;
  itemId: string;
  type: LinkType;
  scope: LinkScope;
  hasPassword: boolean;
  webUrl: string;
  expirationDateTime: string | null;
  createdBy: string;
  createdDateTime: Date;
}

export type NewDriveItem = Omit<
  StoredDriveItem,
  "id" | "uniqueId" | "version" | "contentVersion" | "sha256" | "uploadedAt" | "sharedWith" | "lastModifiedBy"
> & {
  id?: string;
  uniqueId?: string;
  lastModifiedBy?: string;
  sha256?: string | null;
  uploadedAt?: Date | null;
};

export interface RecentEntry {
  driveId: string;
  itemId: string;
  accessedAt: Date;
}

const key = (driveId: string, itemId: string): string => `${driveId}|${itemId}`;
const lower = (text: string): string => text.toLowerCase();

/** `adele.vance@contoso.example` → `adele_vance_contoso_example`, the path of a OneDrive. */
export function personalPathOf(upn: string): string {
  return lower(upn).replace(/[^a-z0-9]/g, "_");
}

/** Sites, drives, items, sharing links and recent use of the emulated OneDrive and SharePoint, in memory. */
export class DriveStore {
  private readonly sitesById = new Map<string, StoredSite>();
  private readonly drivesById = new Map<string, StoredDrive>();
  private readonly items = new Map<string, StoredDriveItem>();
  private readonly followed = new Map<string, string[]>();
  private readonly recentByUser = new Map<string, Map<string, RecentEntry>>();
  private readonly linksByKey = new Map<string, StoredLink>();

  clear(): void {
    this.sitesById.clear();
    this.drivesById.clear();
    this.items.clear();
    this.followed.clear();
    this.recentByUser.clear();
    this.linksByKey.clear();
  }

  addSite(site: StoredSite): StoredSite {
    this.sitesById.set(lower(site.id), site);
    return site;
  }

  /** Site ids are matched case-insensitively (the GUIDs come in either case). */
  site(id: string): StoredSite | undefined {
    return this.sitesById.get(lower(id));
  }

  follow(upn: string, siteId: string): void {
    const list = this.followed.get(lower(upn)) ?? [];
    if (!list.includes(lower(siteId))) list.push(lower(siteId));
    this.followed.set(lower(upn), list);
  }

  followedSites(upn: string): StoredSite[] {
    return (this.followed.get(lower(upn)) ?? []).flatMap((id) => this.sitesById.get(id) ?? []);
  }

  /** Adds a drive and its root folder. */
  addDrive(drive: StoredDrive): StoredDrive {
    this.drivesById.set(drive.id, drive);
    this.items.set(key(drive.id, drive.rootId), {
      driveId: drive.id,
      id: drive.rootId,
      parentId: null,
      name: "root",
      kind: "folder",
      size: 0,
      mimeType: null,
      createdDateTime: drive.createdDateTime,
      lastModifiedDateTime: drive.createdDateTime,
      createdBy: drive.ownerUpn ?? "",
      lastModifiedBy: drive.ownerUpn ?? "",
      uniqueId: stableGuid(`${drive.id}/root`),
      version: 1,
      contentVersion: 1,
      sha256: null,
      uploadedAt: null,
      sharedWith: new Map(),
    });
    return drive;
  }

  drive(id: string): StoredDrive | undefined {
    return this.drivesById.get(id);
  }

  drives(): StoredDrive[] {
    return [...this.drivesById.values()];
  }

  drivesOfSite(siteId: string): StoredDrive[] {
    return this.drives().filter((drive) => lower(drive.siteId) === lower(siteId));
  }

  personalDrive(upn: string): StoredDrive | undefined {
    return this.drives().find((drive) => drive.ownerUpn !== null && lower(drive.ownerUpn) === lower(upn));
  }

  /**
   * The user's OneDrive, provisioned on first use as for any licensed user: its ids are derived from the UPN, so
   * they stay the same across resets.
   */
  ensurePersonalDrive(upn: string, displayName: string, myHost: string, now: Date): StoredDrive {
    const known = this.personalDrive(upn);
    if (known) return known;
    const siteCollectionId = stableGuid(`${lower(upn)}/site`);
    const webId = stableGuid(`${lower(upn)}/web`);
    const listId = stableGuid(`${lower(upn)}/list`);
    const siteUrl = `https://${myHost}/personal/${personalPathOf(upn)}`;
    const site = this.addSite({
      id: siteIdFor(myHost, siteCollectionId, webId),
      hostname: myHost,
      siteCollectionId,
      webId,
      name: personalPathOf(upn),
      displayName,
      description: "",
      webUrl: siteUrl,
      createdDateTime: now,
      lastModifiedDateTime: now,
      personal: true,
      members: new Map([[lower(upn), "write"]]),
    });
    const prefix = hashToken(lower(upn), 12)
      .toUpperCase()
      .replace(/[^A-Z2-7]/g, "Q")
      .slice(0, 6);
    return this.addDrive({
      id: driveIdFor(siteCollectionId, webId, listId),
      siteId: site.id,
      listId,
      driveType: "business",
      name: "OneDrive",
      description: "",
      webUrl: `${siteUrl}/Documents`,
      itemPrefix: prefix,
      rootId: rootItemId(prefix),
      ownerUpn: upn,
      createdDateTime: now,
    });
  }

  item(driveId: string, itemId: string): StoredDriveItem | undefined {
    return this.items.get(key(driveId, itemId));
  }

  root(driveId: string): StoredDriveItem | undefined {
    const drive = this.drive(driveId);
    return drive ? this.item(drive.id, drive.rootId) : undefined;
  }

  /** Children in the order OneDrive lists them by default: folders, then files, each by name. */
  children(driveId: string, parentId: string): StoredDriveItem[] {
    return [...this.items.values()]
      .filter((item) => item.driveId === driveId && item.parentId === parentId)
      .sort((a, b) =>
        a.kind === b.kind ? a.name.localeCompare(b.name, "en", { sensitivity: "base" }) : a.kind === "folder" ? -1 : 1,
      );
  }

  /** Names are unique in a folder regardless of case, as in SharePoint. */
  childByName(driveId: string, parentId: string, name: string): StoredDriveItem | undefined {
    return this.children(driveId, parentId).find((item) => lower(item.name) === lower(name));
  }

  /** Everything below a folder, depth first. */
  descendants(driveId: string, folderId: string): StoredDriveItem[] {
    return this.children(driveId, folderId).flatMap((child) =>
      child.kind === "folder" ? [child, ...this.descendants(driveId, child.id)] : [child],
    );
  }

  /** The item and its ancestors up to (not including) the root, outermost first. */
  lineage(item: StoredDriveItem): StoredDriveItem[] {
    const chain: StoredDriveItem[] = [];
    let current: StoredDriveItem | undefined = item;
    while (current && current.parentId !== null) {
      chain.unshift(current);
      current = this.item(current.driveId, current.parentId);
    }
    return chain;
  }

  /** A folder's size is the total of the files below it. */
  sizeOf(item: StoredDriveItem): number {
    if (item.kind === "file") return item.size;
    return this.descendants(item.driveId, item.id).reduce((total, child) => total + child.size, 0);
  }

  usedBytes(driveId: string): number {
    const root = this.root(driveId);
    return root ? this.sizeOf(root) : 0;
  }

  addItem(draft: NewDriveItem): StoredDriveItem {
    const drive = this.drive(draft.driveId);
    if (!drive) throw new Error(`No drive ${draft.driveId}`);
    const item: StoredDriveItem = {
      ...draft,
      id: draft.id ?? newItemId(drive.itemPrefix),
      uniqueId: draft.uniqueId ?? newGuid(),
      lastModifiedBy: draft.lastModifiedBy ?? draft.createdBy,
      version: 1,
      contentVersion: 1,
      sha256: draft.sha256 ?? null,
      uploadedAt: draft.uploadedAt ?? null,
      sharedWith: new Map(),
    };
    this.items.set(key(item.driveId, item.id), item);
    if (item.parentId !== null) this.touchFolder(item.driveId, item.parentId, item.lastModifiedDateTime);
    return item;
  }

  /** New content for a file: a new version, as a replace upload makes. */
  replaceContent(item: StoredDriveItem, size: number, sha256: string, by: string, now: Date): void {
    item.size = size;
    item.sha256 = sha256;
    item.uploadedAt = now;
    item.lastModifiedDateTime = now;
    item.lastModifiedBy = by;
    item.version += 1;
    item.contentVersion += 1;
    if (item.parentId !== null) this.touchFolder(item.driveId, item.parentId, now);
  }

  /** "report.docx" → "report 1.docx", "report 2.docx", …: the first name the folder does not hold yet. */
  uniqueName(driveId: string, parentId: string, name: string): string {
    if (!this.childByName(driveId, parentId, name)) return name;
    const dot = name.lastIndexOf(".");
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    for (let n = 1; ; n += 1) {
      const candidate = `${stem} ${n}${extension}`;
      if (!this.childByName(driveId, parentId, candidate)) return candidate;
    }
  }

  share(item: StoredDriveItem, upn: string, role: ShareRole): void {
    item.sharedWith.set(lower(upn), role);
  }

  recordAccess(upn: string, driveId: string, itemId: string, at: Date): void {
    const entries = this.recentByUser.get(lower(upn)) ?? new Map<string, RecentEntry>();
    entries.set(key(driveId, itemId), { driveId, itemId, accessedAt: at });
    this.recentByUser.set(lower(upn), entries);
  }

  /** What the user used lately, most recent first. */
  recent(upn: string): RecentEntry[] {
    return [...(this.recentByUser.get(lower(upn))?.values() ?? [])].sort(
      (a, b) => b.accessedAt.getTime() - a.accessedAt.getTime(),
    );
  }

  link(
    driveId: string,
    itemId: string,
    type: LinkType,
    scope: LinkScope,
    hasPassword: boolean,
  ): StoredLink | undefined {
    return this.linksByKey.get(`${key(driveId, itemId)}|${type}|${scope}|${hasPassword}`);
  }

  addLink(link: StoredLink): void {
    this.linksByKey.set(`${key(link.driveId, link.itemId)}|${link.type}|${link.scope}|${link.hasPassword}`, link);
  }

  links(): StoredLink[] {
    return [...this.linksByKey.values()];
  }

  allItems(): StoredDriveItem[] {
    return [...this.items.values()];
  }

  private touchFolder(driveId: string, folderId: string, at: Date): void {
    const folder = this.item(driveId, folderId);
    if (!folder) return;
    if (at.getTime() > folder.lastModifiedDateTime.getTime()) folder.lastModifiedDateTime = at;
    folder.version += 1;
  }
}
