import type { CloudName } from "../../config/clouds";
import { graphRoot } from "../core/endpoints";
import type { RetryPolicy } from "../core/retryPolicy";
import { resolveSendDependencies, sendRequest } from "../core/sendRequest";
import type { NamedBlob } from "../payloads/fileAttachment";
import type { GetGraphToken } from "../../shared/graphToken";
import {
  listChildren,
  listFollowedSites,
  listRecent,
  listSiteDrives,
  searchItems,
  type BrowseOptions,
  type DriveFolderRef,
  type SearchOptions,
} from "./browse";
import type { DriveContext } from "./driveContext";
import type { DriveEntry, DriveSite, DriveSummary } from "./driveItem";
import {
  DEFAULT_DRIVE_CHUNK_BYTES,
  DRIVE_CHUNK_UNIT,
  MAX_DRIVE_CHUNK_BYTES,
  startDriveUpload,
  uploadToDrive,
  type DriveUpload,
  type DriveUploadOptions,
} from "./driveUpload";
import { createSharingLink, type CreateLinkOptions, type DriveLink, type LinkableItem } from "./sharingLink";

export interface DriveClientOptions {
  getToken: GetGraphToken;
  /** Defaults to `global`. */
  cloud?: CloudName;
  /** Replaces the cloud's Graph root, e.g. `http://localhost:3001` for the emulator. */
  baseUrl?: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  retryPolicy?: Partial<RetryPolicy>;
  /** Upload slice size: a multiple of 320 KiB under 60 MiB (default 10 MiB). */
  chunkBytes?: number;
  /** Clock for retry budgets and for recognising an uploaded file (ms). */
  now?: () => number;
  /** Random source for backoff jitter, in [0, 1). */
  random?: () => number;
  newRequestId?: () => string;
}

/** OneDrive and SharePoint for the link and upload features: browse, upload, share. */
export interface DriveClient {
  /** Files the user used lately, in their OneDrive and in other drives. */
  recent(options?: BrowseOptions): Promise<DriveEntry[]>;
  /** Searches the user's OneDrive, or the drive `options.driveId`. */
  search(text: string, options?: SearchOptions): Promise<DriveEntry[]>;
  /** The folder's items: the user's OneDrive root by default, `{ driveId }` for a drive's root, or an entry. */
  children(folder?: DriveFolderRef, options?: BrowseOptions): Promise<DriveEntry[]>;
  followedSites(options?: BrowseOptions): Promise<DriveSite[]>;
  /** The document libraries of a site. */
  siteDrives(siteId: string, options?: BrowseOptions): Promise<DriveSummary[]>;
  /** Uploads into the user's OneDrive (folder `Attachments` by default) and returns the new item. */
  uploadFile(file: NamedBlob, options?: DriveUploadOptions): Promise<DriveEntry>;
  /** The same upload behind a handle that can pause, resume and cancel it. */
  startUpload(file: NamedBlob, options?: DriveUploadOptions): DriveUpload;
  /** A sharing link of the kind asked for: 201 for a new one, 200 when Graph returns the existing one. */
  createLink(item: LinkableItem, options: CreateLinkOptions): Promise<DriveLink>;
}

export function createDriveClient(options: DriveClientOptions): DriveClient {
  const root = graphRoot(options.cloud ?? "global", options.baseUrl);
  const origin = new URL(root).origin;
  const chunkBytes = options.chunkBytes ?? DEFAULT_DRIVE_CHUNK_BYTES;
  if (
    !Number.isSafeInteger(chunkBytes) ||
    chunkBytes < DRIVE_CHUNK_UNIT ||
    chunkBytes > MAX_DRIVE_CHUNK_BYTES ||
    chunkBytes % DRIVE_CHUNK_UNIT !== 0
  ) {
    throw new RangeError(
      `chunkBytes must be a multiple of ${DRIVE_CHUNK_UNIT} bytes (320 KiB), at most ${MAX_DRIVE_CHUNK_BYTES}.`,
    );
  }
  const deps = resolveSendDependencies({ ...options, retry: options.retryPolicy });
  const context: DriveContext = {
    root,
    origin,
    deps,
    send: (request) => sendRequest(deps, request),
    allowHttpUploadUrl: origin.startsWith("http:"),
    ownDriveIds: new Set(),
  };
  const settings = { chunkBytes };

  return {
    recent: (browse) => listRecent(context, browse),
    search: (text, search) => searchItems(context, text, search),
    children: (folder, browse) => listChildren(context, folder, browse),
    followedSites: (browse) => listFollowedSites(context, browse),
    siteDrives: (siteId, browse) => listSiteDrives(context, siteId, browse),
    uploadFile: async (file, upload) => uploadToDrive(context, file, settings, upload),
    startUpload: (file, upload) => startDriveUpload(context, file, settings, upload),
    createLink: (item, link) => createSharingLink(context, item, link),
  };
}
