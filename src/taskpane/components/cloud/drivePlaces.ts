import type { DriveReach } from "../../../auth";
import type { DriveClient, DriveEntry, DriveFolderRef, DriveSite, DriveSummary } from "../../../graph";

/**
 * One step of a folder path: its name (empty for the organizer's OneDrive root), how to list it (`undefined`: that
 * root), and the folder itself when it can be attached (not a drive's root).
 */
export interface Crumb {
  name: string;
  folder: DriveFolderRef | undefined;
  entry?: DriveEntry;
}

/** Where the picker is. Sites and their libraries need the wider SharePoint reach; the rest is the OneDrive's. */
export type Place =
  | { kind: "recent" }
  | { kind: "search"; text: string }
  | { kind: "folder"; reach: DriveReach; trail: readonly Crumb[] }
  | { kind: "sites" }
  | { kind: "libraries"; site: DriveSite };

/** A row of a listing: a file or folder, a followed site, or one of a site's document libraries. */
export type PlaceItem =
  { kind: "entry"; entry: DriveEntry } | { kind: "site"; site: DriveSite } | { kind: "library"; library: DriveSummary };

export function reachOf(place: Place): DriveReach {
  if (place.kind === "folder") return place.reach;
  return place.kind === "sites" || place.kind === "libraries" ? "sharedDrives" : "ownDrive";
}

/** Lists a place: folders first, then by name, as OneDrive shows a folder; recent and search keep Graph's order. */
export async function listPlace(client: DriveClient, place: Place, signal: AbortSignal): Promise<PlaceItem[]> {
  const options = { signal };
  switch (place.kind) {
    case "recent":
      return (await client.recent(options)).map((entry) => ({ kind: "entry", entry }));
    case "search":
      return (await client.search(place.text, options)).map((entry) => ({ kind: "entry", entry }));
    case "folder": {
      const current = place.trail[place.trail.length - 1];
      const entries = await client.children(current?.folder, options);
      return [...entries]
        .sort((a, b) => Number(b.isFolder) - Number(a.isFolder) || a.name.localeCompare(b.name))
        .map((entry) => ({ kind: "entry", entry }));
    }
    case "sites":
      return (await client.followedSites(options)).map((site) => ({ kind: "site", site }));
    case "libraries":
      return (await client.siteDrives(place.site.id, options)).map((library) => ({ kind: "library", library }));
  }
}
