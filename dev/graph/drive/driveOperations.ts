import { graphJson } from "../responses";
import type { MailboxSelector } from "../routing";
import {
  driveContextPath,
  isCaller,
  resolveDrive,
  resolveItem,
  resolveUser,
  viewOf,
  type DriveRequest,
} from "./driveContext";
import { driveErrors, driveFail } from "./driveErrors";
import { driveItemJson, driveJson, remoteItemJson, siteJson } from "./driveJson";
import { authorizeDriveScopes, authorizeSiteScopes, requireRole, roleOn } from "./drivePermissions";
import { applySelect, pageOf, parsePage, parseSelect } from "./driveQuery";
import type { DriveRoute, DriveSelector } from "./driveRouting";
import type { StoredDriveItem } from "./driveStore";

type RouteOf<K extends DriveRoute["kind"]> = Extract<DriveRoute, { kind: K }>;

function metadata(input: DriveRequest): string {
  return `${input.services.options.baseUrl}/${input.version}/$metadata#`;
}

/** The drive a route names, with the scope and right to read it checked. */
function readableDrive(input: DriveRequest, selector: DriveSelector) {
  const resolved = resolveDrive(input, selector);
  authorizeDriveScopes(input.caller, resolved.own, "read");
  return resolved;
}

export function getDrive(input: DriveRequest, route: RouteOf<"drive">): Response {
  const resolved = readableDrive(input, route.drive);
  requireRole(input.drive.store, input.caller.upn, resolved.drive, null, "read");
  const body = driveJson(viewOf(input, route.drive), resolved.drive, input.drive.options.quotaBytes);
  const context = `${driveContextPath(input, resolved).replace(/\('[^']*'\)$/, "")}/$entity`;
  return graphJson(input.context, 200, { "@odata.context": context, ...applySelect(body, parseSelect(input.url)) });
}

export function getItem(input: DriveRequest, route: RouteOf<"item">): Response {
  const resolved = readableDrive(input, route.drive);
  const item = resolveItem(input, resolved.drive, route.item);
  requireRole(input.drive.store, input.caller.upn, resolved.drive, item, "read");
  const where = item.parentId === null ? "root" : "items";
  const body = driveItemJson(viewOf(input, route.drive), item);
  return graphJson(input.context, 200, {
    "@odata.context": `${driveContextPath(input, resolved)}/${where}/$entity`,
    ...applySelect(body, parseSelect(input.url)),
  });
}

/** A folder's children, folders first, paged by `$top` with SharePoint-style skip tokens. */
export function listChildren(input: DriveRequest, route: RouteOf<"item">): Response {
  const resolved = readableDrive(input, route.drive);
  const folder = resolveItem(input, resolved.drive, route.item);
  requireRole(input.drive.store, input.caller.upn, resolved.drive, folder, "read");
  const page = parsePage(input.url);
  // A file has no children: an empty collection.
  const all = folder.kind === "folder" ? input.drive.store.children(resolved.drive.id, folder.id) : [];
  const { items, nextLink } = pageOf(all, page, input.url);
  const view = viewOf(input, route.drive);
  const where = folder.parentId === null ? "root" : `items('${folder.id}')`;
  return graphJson(input.context, 200, {
    "@odata.context": `${driveContextPath(input, resolved)}/${where}/children`,
    ...(nextLink === null ? {} : { "@odata.nextLink": nextLink }),
    value: items.map((item) => applySelect(driveItemJson(view, item), page.select)),
  });
}

/** Every word of the query somewhere in the name, regardless of case (OneDrive also searches content). */
function matches(item: StoredDriveItem, words: readonly string[]): boolean {
  const name = item.name.toLowerCase();
  return words.every((word) => name.includes(word));
}

/**
 * `search(q='…')` below a folder: newest first, without `parentReference.path` (OneDrive for Business leaves it out of
 * search results), only what the index has caught up with. No match is `{"value":[]}`.
 */
export function search(input: DriveRequest, route: RouteOf<"search">): Response {
  const resolved = readableDrive(input, route.drive);
  const folder = resolveItem(input, resolved.drive, route.item);
  const { store, options } = input.drive;
  requireRole(store, input.caller.upn, resolved.drive, folder, "read");
  const words = route.query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "");
  const indexedBefore = input.context.receivedAt.getTime() - options.searchIndexDelayMs;
  const found =
    words.length === 0 || folder.kind !== "folder"
      ? []
      : store
          .descendants(resolved.drive.id, folder.id)
          .filter((item) => matches(item, words) && item.lastModifiedDateTime.getTime() <= indexedBefore)
          .filter((item) => roleOn(store, input.caller.upn, resolved.drive, item) !== null)
          .sort((a, b) => b.lastModifiedDateTime.getTime() - a.lastModifiedDateTime.getTime());
  const page = parsePage(input.url);
  const { items, nextLink } = pageOf(found, page, input.url);
  const view = viewOf(input, route.drive);
  return graphJson(input.context, 200, {
    "@odata.context": `${metadata(input)}Collection(driveItem)`,
    ...(nextLink === null ? {} : { "@odata.nextLink": nextLink }),
    value: items.map((item) => applySelect(driveItemJson(view, item, { withPath: false }), page.select)),
  });
}

/**
 * What the caller used lately across drives, newest first: items of their own OneDrive as they are, others' as
 * stubs with `remoteItem`. Only the caller's own list can be read. (Graph has deprecated this API.)
 */
export function getRecent(input: DriveRequest, route: RouteOf<"recent">): Response {
  const resolved = readableDrive(input, route.drive);
  if (!resolved.own) driveFail(driveErrors.accessDenied());
  const { store } = input.drive;
  const view = viewOf(input, route.drive);
  const value = store.recent(input.caller.upn).flatMap((entry) => {
    const drive = store.drive(entry.driveId);
    const item = store.item(entry.driveId, entry.itemId);
    if (!drive || !item || roleOn(store, input.caller.upn, drive, item) === null) return [];
    return [
      drive.id === resolved.drive.id
        ? driveItemJson(view, item, { lastAccessed: entry.accessedAt })
        : remoteItemJson(view, item, entry.accessedAt),
    ];
  });
  const select = parseSelect(input.url);
  return graphJson(input.context, 200, {
    "@odata.context": `${metadata(input)}Collection(driveItem)`,
    value: value.map((item) => applySelect(item, select)),
  });
}

/** Sites the user follows; another user's list needs application permissions, so a delegated caller gets 403. */
export function listFollowedSites(input: DriveRequest, mailbox: MailboxSelector): Response {
  authorizeSiteScopes(input.caller);
  const user = resolveUser(input, mailbox);
  if (!isCaller(input, user.upn)) driveFail(driveErrors.accessDenied());
  return graphJson(input.context, 200, {
    "@odata.context": `${metadata(input)}sites`,
    value: input.drive.store.followedSites(user.upn).map(siteJson),
  });
}

function findSite(input: DriveRequest, siteId: string) {
  return input.drive.store.site(siteId) ?? driveFail(driveErrors.siteNotFound());
}

export function getSite(input: DriveRequest, route: RouteOf<"site">): Response {
  authorizeSiteScopes(input.caller);
  const site = findSite(input, route.siteId);
  return graphJson(input.context, 200, { "@odata.context": `${metadata(input)}sites/$entity`, ...siteJson(site) });
}

/** The site's document libraries the caller may read. */
export function listSiteDrives(input: DriveRequest, route: RouteOf<"siteDrives">): Response {
  authorizeDriveScopes(input.caller, false, "read");
  const site = findSite(input, route.siteId);
  const { store, options } = input.drive;
  const view = viewOf(input, { kind: "site", siteId: site.id });
  const drives = store.drivesOfSite(site.id).filter((drive) => roleOn(store, input.caller.upn, drive, null) !== null);
  const select = parseSelect(input.url);
  return graphJson(input.context, 200, {
    "@odata.context": `${metadata(input)}drives`,
    value: drives.map((drive) => applySelect(driveJson(view, drive, options.quotaBytes), select)),
  });
}
