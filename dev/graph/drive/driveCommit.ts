import { contentTypeForName } from "../contentType";
import type { DriveEmulator } from "./driveEmulator";
import { driveErrors, driveFail } from "./driveErrors";
import type { StoredDriveItem } from "./driveStore";
import type { DriveUploadSession } from "./driveUploadSessions";

export interface Committed {
  /** 201 for a new file, 200 when an existing one got new content. */
  status: 200 | 201;
  item: StoredDriveItem;
}

/** The folder the file goes into, with the path's missing folders made now (someone may have made them meanwhile). */
function ensureFolders(
  drive: DriveEmulator,
  session: DriveUploadSession,
  parentId: string,
  names: readonly string[],
  now: Date,
): StoredDriveItem {
  const { store } = drive;
  let folder = store.item(session.driveId, parentId) ?? driveFail(driveErrors.itemNotFound());
  for (const name of names) {
    const existing = store.childByName(session.driveId, folder.id, name);
    if (existing?.kind === "file") driveFail(driveErrors.parentIsFile(existing.name));
    folder =
      existing ??
      store.addItem({
        driveId: session.driveId,
        parentId: folder.id,
        name,
        kind: "folder",
        size: 0,
        mimeType: null,
        createdDateTime: now,
        lastModifiedDateTime: now,
        createdBy: session.callerUpn,
      });
  }
  return folder;
}

/**
 * Makes the uploaded file real, by the session's conflict behaviour: `rename` picks "name 1.ext", `replace` gives an
 * existing file new content (200), `fail` answers 409 as the createUploadSession page shows for a name taken
 * during the upload. Only size and SHA-256 are stored.
 */
export function commitUpload(drive: DriveEmulator, session: DriveUploadSession, now: Date): Committed {
  const { store } = drive;
  const size = session.total ?? session.received;
  const sha256 = session.sha256 ?? "";
  const finish = (committed: Committed): Committed => {
    store.recordAccess(session.callerUpn, session.driveId, committed.item.id, now);
    drive.sessions.delete(session.id);
    return committed;
  };

  if (session.target.kind === "existing") {
    const item = store.item(session.driveId, session.target.itemId) ?? driveFail(driveErrors.itemNotFound());
    store.replaceContent(item, size, sha256, session.callerUpn, now);
    return finish({ status: 200, item });
  }

  const { parentId, folders, name } = session.target;
  const folder = ensureFolders(drive, session, parentId, folders, now);
  const existing = store.childByName(session.driveId, folder.id, name);
  if (existing && session.conflictBehavior === "replace" && existing.kind === "file") {
    store.replaceContent(existing, size, sha256, session.callerUpn, now);
    return finish({ status: 200, item: existing });
  }
  if (existing && session.conflictBehavior !== "rename") driveFail(driveErrors.uploadNameConflict());
  const item = store.addItem({
    driveId: session.driveId,
    parentId: folder.id,
    name: store.uniqueName(session.driveId, folder.id, name),
    kind: "file",
    size,
    mimeType: contentTypeForName(name),
    createdDateTime: now,
    lastModifiedDateTime: now,
    createdBy: session.callerUpn,
    sha256,
    uploadedAt: now,
  });
  return finish({ status: 201, item });
}
