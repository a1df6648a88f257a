import { toSecondsIso } from "../formats";
import type { GraphVersion } from "../routing";
import type { DriveStore, StoredDrive, StoredDriveItem, StoredLink, StoredSite } from "./driveStore";

export interface Person {
  id: string;
  upn: string;
  displayName: string;
}

/** What the JSON of one request depends on besides the items themselves. */
export interface DriveView {
  store: DriveStore;
  baseUrl: string;
  version: GraphVersion;
  /** Looks a user up by UPN (createdBy, owner); null for someone the tenant does not know. */
  person: (upn: string) => Person | null;
  /**
   * How `parentReference.path` starts: `/drive/root:` when the request went through /me, /users or /sites, and
   * `/drives/{id}/root:` when it named the drive.
   */
  pathRoot: (drive: StoredDrive) => string;
}

const OFFICE_EXTENSIONS = new Set(["doc", "docx", "xls", "xlsx", "ppt", "pptx"]);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

export function identity(view: DriveView, upn: string): Record<string, unknown> {
  const person = view.person(upn);
  if (!person) return { user: { displayName: upn === "" ? "System Account" : upn } };
  return { user: { email: person.upn, id: person.id, displayName: person.displayName } };
}

function siteOf(view: DriveView, drive: StoredDrive): StoredSite | undefined {
  return view.store.site(drive.siteId);
}

/**
 * Folders and PDFs, pictures, videos open at their path in the library; Office documents open in the browser
 * through Doc.aspx, by the item's unique id.
 */
export function itemWebUrl(view: DriveView, drive: StoredDrive, item: StoredDriveItem): string {
  if (item.parentId === null) return drive.webUrl;
  if (item.kind === "file" && OFFICE_EXTENSIONS.has(extensionOf(item.name))) {
    const siteUrl = siteOf(view, drive)?.webUrl ?? drive.webUrl;
    return `${siteUrl}/_layouts/15/Doc.aspx?sourcedoc=%7B${item.uniqueId.toUpperCase()}%7D&file=${encodeURIComponent(item.name)}&action=default&mobileredirect=true`;
  }
  const path = view.store
    .lineage(item)
    .map((part) => encodeURIComponent(part.name))
    .join("/");
  return `${drive.webUrl}/${path}`;
}

function parentPath(view: DriveView, drive: StoredDrive, item: StoredDriveItem): string {
  const names = view.store
    .lineage(item)
    .slice(0, -1)
    .map((part) => part.name);
  return [view.pathRoot(drive), ...names].join("/");
}

export interface ItemJsonOptions {
  /** Search results carry no `parentReference.path` in OneDrive for Business (OneDrive/onedrive-api-docs#1234). */
  withPath?: boolean;
  lastAccessed?: Date;
}

function parentReference(
  view: DriveView,
  drive: StoredDrive,
  item: StoredDriveItem,
  withPath: boolean,
): Record<string, unknown> {
  const base = { driveType: drive.driveType, driveId: drive.id };
  if (item.parentId === null) return base;
  const site = siteOf(view, drive);
  return {
    ...base,
    id: item.parentId,
    ...(withPath ? { path: parentPath(view, drive, item) } : {}),
    ...(site ? { siteId: site.siteCollectionId } : {}),
  };
}

function facet(view: DriveView, item: StoredDriveItem): Record<string, unknown> {
  if (item.kind === "folder") return { folder: { childCount: view.store.children(item.driveId, item.id).length } };
  return { file: { mimeType: item.mimeType ?? "application/octet-stream" } };
}

/** A driveItem as Graph shows one from OneDrive for Business or SharePoint, key order included. */
export function driveItemJson(
  view: DriveView,
  item: StoredDriveItem,
  options: ItemJsonOptions = {},
): Record<string, unknown> {
  const drive = view.store.drive(item.driveId);
  if (!drive) throw new Error(`No drive ${item.driveId}`);
  const tag = item.uniqueId.toUpperCase();
  const created = toSecondsIso(item.createdDateTime);
  const modified = toSecondsIso(item.lastModifiedDateTime);
  return {
    createdDateTime: created,
    eTag: `"{${tag}},${item.version}"`,
    id: item.id,
    lastModifiedDateTime: modified,
    name: item.name,
    webUrl: itemWebUrl(view, drive, item),
    cTag: `"c:{${tag}},${item.contentVersion}"`,
    size: view.store.sizeOf(item),
    createdBy: identity(view, item.createdBy),
    lastModifiedBy: identity(view, item.lastModifiedBy),
    parentReference: parentReference(view, drive, item, options.withPath ?? true),
    fileSystemInfo: {
      createdDateTime: created,
      lastModifiedDateTime: modified,
      ...(options.lastAccessed ? { lastAccessedDateTime: toSecondsIso(options.lastAccessed) } : {}),
    },
    ...facet(view, item),
    ...(item.parentId === null ? { root: {} } : {}),
  };
}

/**
 * An item of another drive in the caller's recent list: a stub that points at it through `remoteItem`, as
 * `GET /me/drive/recent` returns them; `GET /drives/{remoteItem.parentReference.driveId}/items/{remoteItem.id}` opens it.
 */
export function remoteItemJson(view: DriveView, item: StoredDriveItem, accessedAt: Date): Record<string, unknown> {
  const drive = view.store.drive(item.driveId);
  if (!drive) throw new Error(`No drive ${item.driveId}`);
  const site = siteOf(view, drive);
  const created = toSecondsIso(item.createdDateTime);
  const modified = toSecondsIso(item.lastModifiedDateTime);
  const fileSystemInfo = {
    createdDateTime: created,
    lastModifiedDateTime: modified,
    lastAccessedDateTime: toSecondsIso(accessedAt),
  };
  return {
    id: item.id,
    lastModifiedDateTime: modified,
    name: item.name,
    webUrl: itemWebUrl(view, drive, item),
    size: view.store.sizeOf(item),
    fileSystemInfo,
    ...facet(view, item),
    parentReference: { driveType: drive.driveType, driveId: drive.id, id: item.parentId },
    remoteItem: {
      createdDateTime: created,
      id: item.id,
      lastModifiedDateTime: modified,
      name: item.name,
      webUrl: itemWebUrl(view, drive, item),
      size: view.store.sizeOf(item),
      createdBy: identity(view, item.createdBy),
      lastModifiedBy: identity(view, item.lastModifiedBy),
      fileSystemInfo,
      ...facet(view, item),
      parentReference: {
        driveType: drive.driveType,
        driveId: drive.id,
        id: item.parentId,
        ...(site ? { siteId: site.siteCollectionId } : {}),
      },
      ...(site
        ? {
            sharepointIds: {
              listId: drive.listId,
              listItemUniqueId: item.uniqueId,
              siteId: site.siteCollectionId,
              siteUrl: site.webUrl,
              webId: site.webId,
            },
          }
        : {}),
    },
  };
}

function quotaState(used: number, total: number): string {
  const share = total === 0 ? 1 : used / total;
  if (share >= 1) return "exceeded";
  if (share >= 0.98) return "critical";
  if (share >= 0.9) return "nearing";
  return "normal";
}

export function driveJson(view: DriveView, drive: StoredDrive, quotaBytes: number): Record<string, unknown> {
  const root = view.store.root(drive.id);
  const used = view.store.usedBytes(drive.id);
  const owner = drive.ownerUpn === null ? { user: { displayName: "System Account" } } : identity(view, drive.ownerUpn);
  return {
    createdDateTime: toSecondsIso(drive.createdDateTime),
    description: drive.description,
    id: drive.id,
    lastModifiedDateTime: toSecondsIso(root?.lastModifiedDateTime ?? drive.createdDateTime),
    name: drive.name,
    webUrl: drive.webUrl,
    driveType: drive.driveType,
    createdBy: { user: { displayName: "System Account" } },
    owner,
    quota: {
      deleted: 0,
      remaining: Math.max(0, quotaBytes - used),
      state: quotaState(used, quotaBytes),
      total: quotaBytes,
      used,
    },
  };
}

export function siteJson(site: StoredSite): Record<string, unknown> {
  return {
    createdDateTime: toSecondsIso(site.createdDateTime),
    description: site.description,
    id: site.id,
    lastModifiedDateTime: toSecondsIso(site.lastModifiedDateTime),
    name: site.name,
    webUrl: site.webUrl,
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
    sharepointIds: { siteId: site.siteCollectionId, siteUrl: site.webUrl, webId: site.webId },
  };
}

/** The `u!` form the shares API takes: the URL-safe base64 of the sharing URL, without padding. */
export function shareIdOf(webUrl: string): string {
  return `u!${Buffer.from(webUrl).toString("base64url")}`;
}

/** The permission createLink answers with. */
export function permissionJson(baseUrl: string, version: GraphVersion, link: StoredLink): Record<string, unknown> {
  return {
    "@odata.context": `${baseUrl}/${version}/$metadata#microsoft.graph.permission`,
    id: link.id,
    roles: [link.type === "edit" ? "write" : "read"],
    shareId: shareIdOf(link.webUrl),
    ...(link.expirationDateTime === null ? {} : { expirationDateTime: link.expirationDateTime }),
    hasPassword: link.hasPassword,
    link: { scope: link.scope, type: link.type, webUrl: link.webUrl, preventsDownload: false },
  };
}
