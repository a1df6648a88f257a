import { contentTypeForName } from "../contentType";
import { ControlPayloadError, parseJson } from "../controlPayloads";
import type { EmulatorServices } from "../services";
import type { DriveEmulator } from "./driveEmulator";
import { myHostOf, type DriveLinkPolicy, type LinkRules, type LinkScope, type LinkType } from "./driveOptions";
import { driveState } from "./driveState";
import type { StoredDrive } from "./driveStore";

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ControlPayloadError(`${what} must be a JSON object.`);
  }
  return value as Record<string, unknown>;
}

function listOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((entry) => allowed.includes(entry as T))) {
    throw new ControlPayloadError(`${what} must be an array of ${allowed.map((entry) => `"${entry}"`).join(", ")}.`);
  }
  return value as T[];
}

function rules(value: unknown, what: string): LinkRules {
  const body = object(value, what);
  const disabledScopes = listOf<LinkScope>(
    body["disabledScopes"],
    ["anonymous", "organization", "users"],
    `${what}.disabledScopes`,
  );
  const disabledTypes = listOf<LinkType>(body["disabledTypes"], ["view", "edit"], `${what}.disabledTypes`);
  return { ...(disabledScopes ? { disabledScopes } : {}), ...(disabledTypes ? { disabledTypes } : {}) };
}

/** `{"tenant":{"disabledScopes":["anonymous"]},"sites":{"{site or drive id}":{"disabledTypes":["edit"]}}}` */
export function parseLinkPolicy(value: unknown): DriveLinkPolicy {
  const body = object(value, "The link policy");
  const sites = body["sites"] === undefined ? undefined : object(body["sites"], "sites");
  return {
    ...(body["tenant"] === undefined ? {} : { tenant: rules(body["tenant"], "tenant") }),
    ...(sites
      ? { sites: Object.fromEntries(Object.entries(sites).map(([id, entry]) => [id, rules(entry, `sites.${id}`)])) }
      : {}),
  };
}

interface NewFile {
  drive: StoredDrive;
  path: string[];
  size: number;
  modifiedAt: Date;
}

/** `{"owner":"adele.vance@contoso.example" | "driveId":"b!…","path":"Folder/name.pdf","size":123,"lastModifiedDateTime"?}` */
function parseNewFile(services: EmulatorServices, drive: DriveEmulator, value: unknown): NewFile {
  const body = object(value, "The file");
  const now = services.options.now();
  let target: StoredDrive | undefined;
  if (typeof body["driveId"] === "string") target = drive.store.drive(body["driveId"]);
  else if (typeof body["owner"] === "string") {
    const user = services.store.ensureUser(body["owner"]);
    target = drive.store.ensurePersonalDrive(user.upn, user.displayName, myHostOf(drive.options.sharePointHost), now);
  }
  if (!target) throw new ControlPayloadError("driveId must name a drive, or owner a user.");
  const path = typeof body["path"] === "string" ? body["path"].split("/").filter((part) => part !== "") : [];
  if (path.length === 0) throw new ControlPayloadError("path must be a non-empty string such as 'Folder/name.pdf'.");
  const size = body["size"];
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) {
    throw new ControlPayloadError("size must be a whole number, zero or more.");
  }
  const raw = body["lastModifiedDateTime"];
  const modified = raw === undefined ? now : new Date(typeof raw === "string" ? raw : Number.NaN);
  if (Number.isNaN(modified.getTime())) throw new ControlPayloadError("lastModifiedDateTime must be an ISO date-time.");
  return { drive: target, path, size, modifiedAt: modified };
}

/** Adds a file (and its folders) as if someone had put it there; no bytes, only its size. */
function addFile(drive: DriveEmulator, file: NewFile): Response {
  const { store } = drive;
  const owner = file.drive.ownerUpn ?? "";
  let parent = store.root(file.drive.id);
  for (const name of file.path.slice(0, -1)) {
    if (!parent) break;
    const existing = store.childByName(file.drive.id, parent.id, name);
    if (existing?.kind === "file") throw new ControlPayloadError(`'${name}' is a file, not a folder.`);
    parent =
      existing ??
      store.addItem({
        driveId: file.drive.id,
        parentId: parent.id,
        name,
        kind: "folder",
        size: 0,
        mimeType: null,
        createdDateTime: file.modifiedAt,
        lastModifiedDateTime: file.modifiedAt,
        createdBy: owner,
      });
  }
  const name = file.path.at(-1) ?? "";
  if (!parent || store.childByName(file.drive.id, parent.id, name)) {
    throw new ControlPayloadError(`'${file.path.join("/")}' exists already.`);
  }
  const item = store.addItem({
    driveId: file.drive.id,
    parentId: parent.id,
    name,
    kind: "file",
    size: file.size,
    mimeType: contentTypeForName(name),
    createdDateTime: file.modifiedAt,
    lastModifiedDateTime: file.modifiedAt,
    createdBy: owner,
  });
  return json(201, { driveId: item.driveId, id: item.id, name: item.name, size: item.size });
}

/**
 * The `/_emulator/drive/*` endpoints, or null for a path that is not one:
 * `GET /drive/state`, `PUT /drive/link-policy` (also POST), `DELETE /drive/link-policy` (back to the options'),
 * `POST /drive/files`.
 */
export async function handleDriveControl(
  services: EmulatorServices,
  drive: DriveEmulator,
  method: string,
  path: string,
  request: Request,
): Promise<Response | null> {
  const key = `${method} ${path.replace(/\/+$/, "")}`;
  switch (key) {
    case "GET /drive/state":
      return json(
        200,
        driveState(
          drive,
          services.store.users().map((user) => user.upn),
        ),
      );
    case "PUT /drive/link-policy":
    case "POST /drive/link-policy":
      drive.linkPolicy = parseLinkPolicy(parseJson(await request.text()));
      return new Response(null, { status: 204 });
    case "DELETE /drive/link-policy":
      drive.linkPolicy = drive.options.linkPolicy;
      return new Response(null, { status: 204 });
    case "POST /drive/files":
      return addFile(drive, parseNewFile(services, drive, parseJson(await request.text())));
    default:
      return null;
  }
}
