import { CLOUDS, type CloudName } from "../config/clouds";

const OWN_CALENDAR_SCOPE = "Calendars.ReadWrite";
const SHARED_CALENDAR_SCOPE = "Calendars.ReadWrite.Shared";

/**
 * Qualifies a Graph permission with the cloud's Graph root. In the global cloud the bare name already means
 * Microsoft Graph; in the national clouds an unqualified name would ask for the global resource.
 */
export function qualifyGraphScope(scope: string, cloud: CloudName): string {
  return cloud === "global" ? scope : `${CLOUDS[cloud].graph}/${scope}`;
}

/**
 * The least-privileged delegated permissions for attaching to an event: `Calendars.ReadWrite`, widened with
 * `Calendars.ReadWrite.Shared` only when the event lives in someone else's calendar.
 */
export function graphScopesFor(options: { sharedCalendar: boolean; cloud: CloudName }): string[] {
  const names = options.sharedCalendar ? [OWN_CALENDAR_SCOPE, SHARED_CALENDAR_SCOPE] : [OWN_CALENDAR_SCOPE];
  return names.map((name) => qualifyGraphScope(name, options.cloud));
}

/** A stable cache key for a set of scopes: order and case do not matter. */
export function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes.map((scope) => scope.trim().toLowerCase()).filter(Boolean))].sort().join(" ");
}

/**
 * OneDrive and SharePoint. Delegated Files permissions without `.All` reach only the signed-in user's own files;
 * with `.All`, every file the user can open. By default none of them needs admin consent.
 *
 * - `Files.ReadWrite`: the least privilege of createUploadSession and of createLink (Graph's permission tables), and
 *   it includes reading, so browsing (children, search, recent), uploading and linking in the user's own OneDrive
 *   need nothing else. Recent files and search results may list items of other drives; linking those needs more.
 */
export const OWN_DRIVE_SCOPE = "Files.ReadWrite";
/**
 * - `Files.ReadWrite.All`: createLink on an item in a drive the user does not own (a SharePoint library, a
 *   colleague's OneDrive). It includes reading all files the user can access, so listing a library needs no more.
 */
export const SHARED_DRIVES_SCOPE = "Files.ReadWrite.All";
/** - `Sites.Read.All`: the least privilege of `GET /me/followedSites` (no Files permission covers it). */
export const FOLLOWED_SITES_SCOPE = "Sites.Read.All";

/** How far the drive features reach: the user's own OneDrive, or also the SharePoint sites they use. */
export type DriveReach = "ownDrive" | "sharedDrives";

/**
 * The delegated scopes for the drive features, asked for only when the organizer first uses them (incremental
 * consent): `Files.ReadWrite` for their own OneDrive; for sites, `Files.ReadWrite.All` and `Sites.Read.All`.
 */
export function driveScopesFor(options: { reach: DriveReach; cloud: CloudName }): string[] {
  const names = options.reach === "ownDrive" ? [OWN_DRIVE_SCOPE] : [SHARED_DRIVES_SCOPE, FOLLOWED_SITES_SCOPE];
  return names.map((name) => qualifyGraphScope(name, options.cloud));
}
