import { createHash, type Hash } from "node:crypto";
import { randomToken } from "../formats";
import type { GraphVersion } from "../routing";
import { newGuid } from "./driveIds";

export type ConflictBehavior = "fail" | "rename" | "replace";

/** Where the finished file goes: a new name in a folder (whose missing subfolders are made then), or an existing file. */
export type UploadTarget =
  { kind: "new"; parentId: string; folders: string[]; name: string } | { kind: "existing"; itemId: string };

/**
 * A drive upload session. Only the count and a running SHA-256 of the bytes are kept, never the bytes, so a
 * 250 GB file costs no more memory than a small one.
 */
export interface DriveUploadSession {
  /** The `guid` of the upload URL. */
  id: string;
  /** The `tempauth` of the upload URL, which makes it pre-authenticated. */
  tempAuth: string;
  version: GraphVersion;
  driveId: string;
  target: UploadTarget;
  conflictBehavior: ConflictBehavior;
  callerUpn: string;
  /** `item.fileSize` from the request, if it gave one; the first fragment's total must agree. */
  declaredSize: number | null;
  /** The file's size, known from the first fragment's Content-Range (or the declared size). */
  total: number | null;
  /** Bytes received so far: the next expected offset. */
  received: number;
  hash: Hash;
  /** The hex SHA-256 of the whole file, once the last byte is in. */
  sha256: string | null;
  /**
   * Each fragment extends it, as the uploadSession resource says. How long a session lives is undocumented; the
   * default week follows OneDrive/onedrive-api-docs#1273, where a session expires seven days after it was made.
   */
  expiresAt: Date;
  deferCommit: boolean;
  /** Every byte is in: waiting for the commit POST (deferCommit) or kept after a refused commit. */
  complete: boolean;
  /** Where the session lives on the upload host, e.g. `/personal/adele_vance_contoso_example`. */
  sitePath: string;
}

export type NewDriveUploadSession = Omit<
  DriveUploadSession,
  "id" | "tempAuth" | "total" | "received" | "hash" | "sha256" | "complete"
>;

export class DriveUploadSessionStore {
  private readonly sessions = new Map<string, DriveUploadSession>();

  create(draft: NewDriveUploadSession): DriveUploadSession {
    const session: DriveUploadSession = {
      ...draft,
      id: newGuid(),
      tempAuth: randomToken(48),
      total: draft.declaredSize,
      received: 0,
      hash: createHash("sha256"),
      sha256: null,
      complete: false,
    };
    this.sessions.set(session.id.toLowerCase(), session);
    return session;
  }

  find(id: string): DriveUploadSession | undefined {
    return this.sessions.get(id.toLowerCase());
  }

  delete(id: string): void {
    this.sessions.delete(id.toLowerCase());
  }

  all(): DriveUploadSession[] {
    return [...this.sessions.values()];
  }

  clear(): void {
    this.sessions.clear();
  }
}

function anchorOf(session: DriveUploadSession): string {
  return session.target.kind === "new" ? session.target.parentId : session.target.itemId;
}

/**
 * SharePoint's shape: `{uploadHost}{sitePath}/_api/v2.0/drives/{driveId}/items/{itemId}/uploadSession?guid='{id}'
 * &overwrite=…&rename=…&dc=0&tempauth=…`, on the same upload host the attachment sessions use.
 */
export function driveUploadUrl(uploadBaseUrl: string, session: DriveUploadSession): string {
  const overwrite = session.conflictBehavior === "replace" ? "True" : "False";
  const rename = session.conflictBehavior === "rename" ? "True" : "False";
  return `${uploadBaseUrl}${session.sitePath}/_api/v2.0/drives/${session.driveId}/items/${anchorOf(session)}/uploadSession?guid='${session.id}'&overwrite=${overwrite}&rename=${rename}&dc=0&tempauth=${session.tempAuth}`;
}

const UPLOAD_PATH = /\/_api\/v2\.0\/drives\/[^/]+\/items\/[^/]+\/uploadSession$/i;

/** Whether a path below the upload root is a drive upload URL (the attachment ones live under `/api/`). */
export function isDriveUploadPath(path: string): boolean {
  return UPLOAD_PATH.test(path);
}

/** The session id and tempauth of an upload URL; the quotes around the guid may come percent-encoded. */
export function parseDriveUploadUrl(url: URL): { sessionId: string; tempAuth: string | null } | null {
  const guid = url.searchParams.get("guid");
  if (guid === null) return null;
  const sessionId = guid.replace(/^'|'$/g, "");
  return sessionId === "" ? null : { sessionId, tempAuth: url.searchParams.get("tempauth") };
}
