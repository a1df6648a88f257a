import type { Caller } from "../auth";
import { driveErrors, driveFail } from "./driveErrors";
import type { DriveStore, ShareRole, StoredDrive, StoredDriveItem } from "./driveStore";

export type DriveNeed = "read" | "write";

const SITES_WRITE = ["sites.readwrite.all", "sites.manage.all", "sites.fullcontrol.all"];
const SITES_READ = ["sites.read.all", ...SITES_WRITE];
const OTHER_WRITE = ["files.readwrite.all", ...SITES_WRITE];
const OTHER_READ = ["files.read.all", "files.readwrite.all", ...SITES_READ];
const OWN_WRITE = ["files.readwrite", ...OTHER_WRITE];
const OWN_READ = ["files.read", "files.readwrite", ...OTHER_READ];

function hasAny(caller: Caller, wanted: readonly string[]): boolean {
  return wanted.some((scope) => caller.scopes.has(scope));
}

/**
 * Graph's delegated permissions for files: `Files.Read`/`Files.ReadWrite` reach only the caller's own OneDrive;
 * other people's drives and SharePoint libraries need the `.All` forms or `Sites.*.All` (then the user's own
 * rights on the item still apply). Refused with 403 accessDenied.
 */
export function authorizeDriveScopes(caller: Caller, ownDrive: boolean, need: DriveNeed): void {
  const wanted = ownDrive ? (need === "write" ? OWN_WRITE : OWN_READ) : need === "write" ? OTHER_WRITE : OTHER_READ;
  if (!hasAny(caller, wanted)) driveFail(driveErrors.accessDenied());
}

/** A token with no file or site scope at all is refused before the drive is even looked up. */
export function requireSomeFileScope(caller: Caller): void {
  if (!hasAny(caller, OWN_READ)) driveFail(driveErrors.accessDenied());
}

/** Sites themselves (followedSites, `/sites/{id}`) need `Sites.Read.All` or more. */
export function authorizeSiteScopes(caller: Caller): void {
  if (!hasAny(caller, SITES_READ)) driveFail(driveErrors.accessDenied());
}

const stronger = (a: ShareRole | null, b: ShareRole | null): ShareRole | null =>
  a === "write" || b === "write" ? "write" : (a ?? b);

/**
 * The user's right on an item: a OneDrive's owner may do anything, others what the item (or a folder above it) was
 * shared with them; in a library, what the site grants its members.
 */
export function roleOn(
  store: DriveStore,
  upn: string,
  drive: StoredDrive,
  item: StoredDriveItem | null,
): ShareRole | null {
  const who = upn.toLowerCase();
  if (drive.ownerUpn !== null) {
    if (drive.ownerUpn.toLowerCase() === who) return "write";
    if (!item) return null;
    return [...store.lineage(item)].reduce<ShareRole | null>(
      (role, part) => stronger(role, part.sharedWith.get(who) ?? null),
      null,
    );
  }
  return store.site(drive.siteId)?.members.get(who) ?? null;
}

export function requireRole(
  store: DriveStore,
  upn: string,
  drive: StoredDrive,
  item: StoredDriveItem | null,
  need: DriveNeed,
): void {
  const role = roleOn(store, upn, drive, item);
  if (role === null || (need === "write" && role !== "write")) driveFail(driveErrors.accessDenied());
}
