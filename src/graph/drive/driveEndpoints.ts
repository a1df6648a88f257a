import { encodeSegment } from "../core/endpoints";

/**
 * Drive URLs, all on Graph v1.0. An item is addressed in its own drive (`/drives/{driveId}/items/{id}`), or in the
 * signed-in user's OneDrive (`/me/drive/…`) when no drive id is known.
 */

/** Where an item or folder lives: both optional, so a `DriveEntry` fits, and `{}` is the user's OneDrive root. */
export interface DriveItemRef {
  driveId?: string | null;
  id?: string | null;
}

function present(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim() !== "";
}

export function meDriveUrl(root: string): string {
  return `${root}/v1.0/me/drive`;
}

/** `/drives/{id}` for a known drive, else the user's OneDrive. */
export function driveUrl(root: string, driveId: string | null | undefined): string {
  return present(driveId) ? `${root}/v1.0/drives/${encodeSegment(driveId)}` : meDriveUrl(root);
}

/** The item, or the drive's root folder when the reference has no item id. */
export function itemUrl(root: string, ref: DriveItemRef): string {
  return present(ref.id)
    ? `${driveUrl(root, ref.driveId)}/items/${encodeSegment(ref.id)}`
    : `${driveUrl(root, ref.driveId)}/root`;
}

export function childrenUrl(root: string, ref: DriveItemRef): string {
  return `${itemUrl(root, ref)}/children`;
}

export function recentUrl(root: string): string {
  return `${meDriveUrl(root)}/recent`;
}

/** An OData string literal's content: a quote is written twice. */
export function odataString(text: string): string {
  return text.replace(/'/g, "''");
}

/** `…/root/search(q='{text}')`: the text is OData-quoted, then percent-encoded for the path. */
export function searchUrl(root: string, text: string, driveId?: string | null): string {
  return `${driveUrl(root, driveId)}/root/search(q='${encodeURIComponent(odataString(text))}')`;
}

export function followedSitesUrl(root: string): string {
  return `${root}/v1.0/me/followedSites`;
}

/**
 * `/sites/{siteId}/drives`. A site id is `{hostname},{siteCollectionId},{webId}`; its commas are legal in a path and
 * kept as Graph writes them.
 */
export function siteDrivesUrl(root: string, siteId: string): string {
  return `${root}/v1.0/sites/${encodeSegment(siteId.trim()).replace(/%2C/gi, ",")}/drives`;
}

export function createLinkUrl(root: string, ref: DriveItemRef): string {
  return `${itemUrl(root, ref)}/createLink`;
}

/** `/me/drive/root:/{a}/{b}` for path segments already checked (see driveNames.ts). */
export function pathUrl(root: string, segments: readonly string[]): string {
  return `${meDriveUrl(root)}/root:/${segments.map((segment) => encodeURIComponent(segment)).join("/")}`;
}

/** Creates the session for a new file `name` in the folder at `folder` (segments) of the user's OneDrive. */
export function createUploadSessionUrl(root: string, folder: readonly string[], name: string): string {
  return `${pathUrl(root, [...folder, name])}:/createUploadSession`;
}

/** Where a new folder is created: the children of `parent` (segments), the root for none. */
export function folderChildrenUrl(root: string, parent: readonly string[]): string {
  return parent.length === 0 ? `${meDriveUrl(root)}/root/children` : `${pathUrl(root, parent)}:/children`;
}
