import { readBody, bodyText, isJsonObject, parseJsonObject, type JsonObject } from "../requestBody";
import { graphJson } from "../responses";
import { resolveDrive, resolveItem, type DriveRequest } from "./driveContext";
import { driveErrors, driveFail } from "./driveErrors";
import { checkItemName } from "./driveNames";
import { authorizeDriveScopes, requireRole } from "./drivePermissions";
import type { DriveRoute } from "./driveRouting";
import type { StoredDrive, StoredDriveItem } from "./driveStore";
import { driveUploadUrl, type ConflictBehavior, type UploadTarget } from "./driveUploadSessions";

interface SessionRequest {
  conflictBehavior: ConflictBehavior;
  name: string | null;
  fileSize: number | null;
  deferCommit: boolean;
}

const BEHAVIORS: readonly ConflictBehavior[] = ["fail", "rename", "replace"];

function int64(value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  return driveFail(driveErrors.invalidRequest());
}

/**
 * `{"item":{"@microsoft.graph.conflictBehavior":"rename","name":"x.docx","fileSize":123},"deferCommit":false}`; the
 * body is optional, and the behaviour defaults to "fail" as the createUploadSession page says.
 */
function parseSessionRequest(text: string): SessionRequest {
  const body: JsonObject = text.trim() === "" ? {} : parseJsonObject(text);
  const item = body["item"] ?? {};
  if (!isJsonObject(item)) return driveFail(driveErrors.invalidRequest());
  const behavior = item["@microsoft.graph.conflictBehavior"] ?? "fail";
  if (typeof behavior !== "string" || !BEHAVIORS.includes(behavior as ConflictBehavior)) {
    return driveFail(driveErrors.invalidRequest());
  }
  const name = item["name"];
  if (name !== undefined && typeof name !== "string") return driveFail(driveErrors.invalidRequest());
  const deferCommit = body["deferCommit"] ?? false;
  if (typeof deferCommit !== "boolean") return driveFail(driveErrors.invalidRequest());
  return {
    conflictBehavior: behavior as ConflictBehavior,
    name: name ?? null,
    fileSize: item["fileSize"] === undefined ? null : int64(item["fileSize"]),
    deferCommit,
  };
}

interface Placement {
  target: UploadTarget;
  /** The deepest folder that exists now, or the file to replace: what the caller must be allowed to write. */
  writable: StoredDriveItem;
}

/**
 * Where the file goes. `items/{id}/createUploadSession` replaces that file; a path (`root:/a/b/c.docx:` or
 * `items/{folder}:/c.docx:`) names a new file, whose missing folders are made when it is committed.
 */
function place(
  input: DriveRequest,
  drive: StoredDrive,
  route: Extract<DriveRoute, { kind: "item" }>,
  request: SessionRequest,
): Placement {
  const { store } = input.drive;
  if (route.item.path.length === 0) {
    const item = resolveItem(input, drive, route.item);
    if (item.kind !== "file") return driveFail(driveErrors.badParameter("A new file needs its name in the item path."));
    return { target: { kind: "existing", itemId: item.id }, writable: item };
  }
  let folder = resolveItem(input, drive, { itemId: route.item.itemId, path: [] });
  if (folder.kind !== "folder") return driveFail(driveErrors.notAFolder());
  route.item.path.forEach(checkItemName);
  const name = route.item.path.at(-1) ?? "";
  if (request.name !== null && request.name.toLowerCase() !== name.toLowerCase()) driveFail(driveErrors.nameMismatch());
  const folders = route.item.path.slice(0, -1);
  const missing: string[] = [];
  for (const segment of folders) {
    const child = missing.length === 0 ? store.childByName(drive.id, folder.id, segment) : undefined;
    if (child?.kind === "file") driveFail(driveErrors.parentIsFile(child.name));
    if (child) folder = child;
    else missing.push(segment);
  }
  if (missing.length === 0) {
    const existing = store.childByName(drive.id, folder.id, name);
    const replaceable = existing?.kind === "file" && request.conflictBehavior === "replace";
    if (existing && request.conflictBehavior !== "rename" && !replaceable)
      driveFail(driveErrors.nameAlreadyExists(existing.name));
  }
  return { target: { kind: "new", parentId: folder.id, folders: missing, name }, writable: folder };
}

/** The path of a site on its host: `/personal/adele_vance_contoso_example`, `/sites/Marketing`. */
function sitePathOf(input: DriveRequest, drive: StoredDrive): string {
  const site = input.drive.store.site(drive.siteId);
  return site ? new URL(site.webUrl).pathname.replace(/\/+$/, "") : "";
}

/** `POST …:/{name}:/createUploadSession`: 200 with the pre-authenticated upload URL on the upload host. */
export async function createDriveUploadSession(
  input: DriveRequest,
  route: Extract<DriveRoute, { kind: "item" }>,
): Promise<Response> {
  const { options, sessions, store } = input.drive;
  const request = parseSessionRequest(bodyText(await readBody(input.request, input.services.options.maxPostBytes)));
  const resolved = resolveDrive(input, route.drive);
  authorizeDriveScopes(input.caller, resolved.own, "write");
  const { target, writable } = place(input, resolved.drive, route, request);
  requireRole(store, input.caller.upn, resolved.drive, writable, "write");
  if (request.fileSize !== null) {
    if (request.fileSize > options.maxFileBytes) driveFail(driveErrors.fileTooLarge(options.maxFileBytes));
    if (request.fileSize > options.quotaBytes - store.usedBytes(resolved.drive.id))
      driveFail(driveErrors.quotaExceeded());
  }
  const session = sessions.create({
    version: input.version,
    driveId: resolved.drive.id,
    target,
    conflictBehavior: request.conflictBehavior,
    callerUpn: input.caller.upn,
    declaredSize: request.fileSize,
    expiresAt: new Date(input.context.receivedAt.getTime() + options.uploadSessionLifetimeMs),
    deferCommit: request.deferCommit,
    sitePath: sitePathOf(input, resolved.drive),
  });
  return graphJson(input.context, 200, {
    "@odata.context": `${input.services.options.baseUrl}/${input.version}/$metadata#microsoft.graph.uploadSession`,
    expirationDateTime: session.expiresAt.toISOString(),
    nextExpectedRanges: ["0-"],
    uploadUrl: driveUploadUrl(input.services.options.uploadBaseUrl, session),
  });
}
