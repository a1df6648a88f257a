import { GraphRequestError } from "../errors/GraphRequestError";
import type { ReferenceProvider } from "../payloads/types";
import { isRecord } from "../../shared/isRecord";

/** Graph's `driveType`: a personal OneDrive, OneDrive for work or school, or a SharePoint document library. */
export type DriveType = "personal" | "business" | "documentLibrary";

const DRIVE_TYPES: readonly string[] = ["personal", "business", "documentLibrary"] satisfies DriveType[];

/** A file or folder as the browser shows it and as a link attachment needs it. */
export interface DriveEntry {
  /** The item's id in its own drive (for a shortcut or a shared item: the original's, from `remoteItem`). */
  id: string;
  /** The drive that holds it; null when Graph did not say (then it is addressed in the user's OneDrive). */
  driveId: string | null;
  name: string;
  isFolder: boolean;
  /** Bytes (for a folder: of everything in it), when Graph gave it. */
  size: number | null;
  /** ISO 8601, as Graph wrote it. */
  lastModified: string | null;
  webUrl: string | null;
  /** Files only, when Graph knows it. */
  mimeType: string | null;
  /** Lower case, without the dot; null for folders and names without one. */
  extension: string | null;
  childCount: number | null;
  driveType: DriveType | null;
  /** What `referenceAttachment.providerType` calls the drive. */
  provider: ReferenceProvider;
  /** The listing pointed at an item of another drive (`remoteItem`). */
  remote: boolean;
}

/** A SharePoint site the user follows. */
export interface DriveSite {
  id: string;
  name: string;
  webUrl: string | null;
}

/** One drive (document library) of a site. */
export interface DriveSummary {
  id: string;
  name: string;
  driveType: DriveType | null;
  webUrl: string | null;
  provider: ReferenceProvider;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function count(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

export function driveTypeOf(value: unknown): DriveType | null {
  return typeof value === "string" && DRIVE_TYPES.includes(value) ? (value as DriveType) : null;
}

/**
 * `referenceAttachment.providerType` for a drive type. The enum knows `oneDriveBusiness`, `oneDriveConsumer`,
 * `dropbox` and `other`: a SharePoint document library has no value of its own, so it is `other`.
 */
export function providerFor(driveType: DriveType | null): ReferenceProvider {
  if (driveType === "business") return "oneDriveBusiness";
  if (driveType === "personal") return "oneDriveConsumer";
  return "other";
}

function extensionOf(name: string, isFolder: boolean): string | null {
  if (isFolder) return null;
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : null;
}

function unexpected(what: string): GraphRequestError {
  return new GraphRequestError("unexpectedResponse", `Microsoft Graph returned ${what}.`);
}

/**
 * Reads one `driveItem`. An item with a `remoteItem` facet (in recent files, search results, or a shortcut to a
 * shared folder) stands for the remote item: its id, drive, type and facets are the remote item's, with the local
 * values as a fallback.
 */
export function parseDriveItem(value: unknown): DriveEntry {
  if (!isRecord(value)) throw unexpected("a drive item that is not an object");
  const remote = isRecord(value.remoteItem) ? value.remoteItem : undefined;
  const source: Record<string, unknown> = remote ?? value;
  const pick = (key: string): unknown => source[key] ?? value[key];
  const id = text(source.id) ?? text(value.id);
  const name = text(pick("name"));
  if (id === null || name === null) throw unexpected("a drive item without id or name");
  const parent = isRecord(source.parentReference)
    ? source.parentReference
    : isRecord(value.parentReference)
      ? value.parentReference
      : {};
  const folder = pick("folder");
  // A package (a OneNote notebook) opens like a file, so only the folder facet makes a folder.
  const isFolder = isRecord(folder);
  const file = pick("file");
  const driveType = driveTypeOf(parent.driveType);
  return {
    id,
    driveId: text(parent.driveId),
    name,
    isFolder,
    size: count(pick("size")),
    lastModified: text(pick("lastModifiedDateTime")),
    webUrl: text(pick("webUrl")),
    mimeType: isRecord(file) ? text(file.mimeType) : null,
    extension: extensionOf(name, isFolder),
    childCount: isRecord(folder) ? count(folder.childCount) : null,
    driveType,
    provider: providerFor(driveType),
    remote: remote !== undefined,
  };
}

export function parseSite(value: unknown): DriveSite {
  if (!isRecord(value) || typeof value.id !== "string") throw unexpected("a site without id");
  return {
    id: value.id,
    name: text(value.displayName) ?? text(value.name) ?? value.id,
    webUrl: text(value.webUrl),
  };
}

export function parseDrive(value: unknown): DriveSummary {
  if (!isRecord(value) || typeof value.id !== "string") throw unexpected("a drive without id");
  const driveType = driveTypeOf(value.driveType);
  return {
    id: value.id,
    name: text(value.name) ?? value.id,
    driveType,
    webUrl: text(value.webUrl),
    provider: providerFor(driveType),
  };
}
