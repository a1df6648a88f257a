import { collectPages } from "../core/collectPages";
import type { DriveOperation } from "../errors/reasons";
import { driveInputError, toDriveError } from "./driveErrors";
import { isOwnDrive, type DriveContext } from "./driveContext";
import {
  childrenUrl,
  followedSitesUrl,
  recentUrl,
  searchUrl,
  siteDrivesUrl,
  type DriveItemRef,
} from "./driveEndpoints";
import { parseDrive, parseDriveItem, parseSite, type DriveEntry, type DriveSite, type DriveSummary } from "./driveItem";

export interface BrowseOptions {
  signal?: AbortSignal;
  /** Stops following `@odata.nextLink` after this many items (default 500). */
  maxItems?: number;
}

export interface SearchOptions extends BrowseOptions {
  /** Searches this drive (a SharePoint library, say) instead of the user's OneDrive. */
  driveId?: string;
}

/** A folder to list: `{}` or nothing for the user's OneDrive root, `{ driveId }` for a drive's root, or an entry. */
export type DriveFolderRef = DriveItemRef & { isFolder?: boolean };

export const DEFAULT_MAX_ITEMS = 500;

/** Each parser once per item; an item Graph returned without id or name (a deleted one, say) is left out. */
function parseEach<T>(items: unknown[], parse: (value: unknown) => T): T[] {
  const parsed: T[] = [];
  for (const item of items) {
    try {
      parsed.push(parse(item));
    } catch {
      // Not an item the organizer could pick.
    }
  }
  return parsed;
}

async function list<T>(
  context: DriveContext,
  firstUrl: string,
  parse: (value: unknown) => T,
  options: BrowseOptions,
  failure: { operation: DriveOperation; ownDrive: boolean },
): Promise<T[]> {
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  if (!Number.isSafeInteger(maxItems) || maxItems < 1) throw new RangeError("maxItems must be a positive integer.");
  const fetchPage = (url: string): Promise<Response> =>
    context.send({ method: "GET", url, auth: true, signal: options.signal, repeat: "retry" });
  let items: unknown[];
  try {
    items = await collectPages(firstUrl, context.origin, fetchPage, maxItems);
  } catch (error) {
    throw toDriveError(error, failure);
  }
  return parseEach(items, parse);
}

/** Remembers the drive the user's own OneDrive items live in. */
function rememberOwnDrive(context: DriveContext, entries: readonly DriveEntry[]): void {
  for (const entry of entries) if (!entry.remote && entry.driveId) context.ownDriveIds.add(entry.driveId);
}

/** Files the user used lately, in their OneDrive and elsewhere (`remoteItem`). */
export function listRecent(context: DriveContext, options: BrowseOptions = {}): Promise<DriveEntry[]> {
  return list(context, recentUrl(context.root), parseDriveItem, options, { operation: "recent", ownDrive: true });
}

export async function searchItems(
  context: DriveContext,
  text: string,
  options: SearchOptions = {},
): Promise<DriveEntry[]> {
  const query = text.trim();
  if (query === "") throw driveInputError("searchTextEmpty", "search");
  return list(context, searchUrl(context.root, query, options.driveId), parseDriveItem, options, {
    operation: "search",
    ownDrive: isOwnDrive(context, options.driveId),
  });
}

export async function listChildren(
  context: DriveContext,
  folder: DriveFolderRef = {},
  options: BrowseOptions = {},
): Promise<DriveEntry[]> {
  const ownDrive = isOwnDrive(context, folder.driveId);
  if (folder.isFolder === false) throw driveInputError("notAFolder", "children", { ownDrive });
  const entries = await list(context, childrenUrl(context.root, folder), parseDriveItem, options, {
    operation: "children",
    ownDrive,
  });
  if (ownDrive) rememberOwnDrive(context, entries);
  return entries;
}

export function listFollowedSites(context: DriveContext, options: BrowseOptions = {}): Promise<DriveSite[]> {
  // The user's own list: a refusal means the token lacks the sites permission.
  return list(context, followedSitesUrl(context.root), parseSite, options, {
    operation: "followedSites",
    ownDrive: true,
  });
}

export async function listSiteDrives(
  context: DriveContext,
  siteId: string,
  options: BrowseOptions = {},
): Promise<DriveSummary[]> {
  if (siteId.trim() === "") throw driveInputError("itemNotFound", "siteDrives");
  return list(context, siteDrivesUrl(context.root, siteId), parseDrive, options, {
    operation: "siteDrives",
    ownDrive: false,
  });
}
