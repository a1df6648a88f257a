import { bodyText, parseJsonObject, readBody, type JsonObject } from "../requestBody";
import { graphJson } from "../responses";
import { resolveDrive, resolveItem, type DriveRequest } from "./driveContext";
import { driveErrors, driveFail } from "./driveErrors";
import { hashToken, newGuid } from "./driveIds";
import { permissionJson } from "./driveJson";
import type { DriveLinkPolicy, LinkRules, LinkScope, LinkType } from "./driveOptions";
import { authorizeDriveScopes, requireRole } from "./drivePermissions";
import type { DriveRoute } from "./driveRouting";
import { personalPathOf, type DriveStore, type StoredDrive, type StoredDriveItem } from "./driveStore";

const TYPES: readonly LinkType[] = ["view", "edit"];
const SCOPES: readonly LinkScope[] = ["anonymous", "organization", "users"];

interface LinkRequest {
  type: LinkType;
  scope: LinkScope;
  password: string | null;
  expirationDateTime: string | null;
}

/** `yyyy-MM-ddTHH:mm:ssZ`, as the createLink page asks for `expirationDateTime`. */
function expiration(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const date = typeof value === "string" ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) return driveFail(driveErrors.invalidRequest());
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * `{"type":"view"|"edit","scope":"anonymous"|"organization"|"users","password"?,"expirationDateTime"?}`. An empty body
 * or one without a type makes a view link; without a scope, the organization's default scope (the page says so).
 * `embed` is OneDrive personal only: here, as anything else unknown, 400 invalidRequest.
 */
function parseLinkRequest(text: string, defaultScope: LinkScope): LinkRequest {
  const body: JsonObject = text.trim() === "" ? {} : parseJsonObject(text);
  const type = body["type"] ?? "view";
  const scope = body["scope"] ?? defaultScope;
  if (!TYPES.includes(type as LinkType) || !SCOPES.includes(scope as LinkScope))
    driveFail(driveErrors.invalidRequest());
  const password = body["password"];
  if (password !== undefined && (typeof password !== "string" || scope !== "anonymous")) {
    driveFail(driveErrors.invalidRequest());
  }
  return {
    type: type as LinkType,
    scope: scope as LinkScope,
    password: typeof password === "string" && password !== "" ? password : null,
    expirationDateTime: expiration(body["expirationDateTime"]),
  };
}

function refuses(rules: LinkRules | undefined, request: LinkRequest): boolean {
  return Boolean(rules?.disabledScopes?.includes(request.scope) || rules?.disabledTypes?.includes(request.type));
}

/** Whether the tenant, or the item's site or drive, has this kind of link switched off. */
export function linkRefused(policy: DriveLinkPolicy, drive: StoredDrive, request: LinkRequest): boolean {
  const sites = policy.sites ?? {};
  const bySite = Object.entries(sites).find(([id]) => id.toLowerCase() === drive.siteId.toLowerCase())?.[1];
  return refuses(policy.tenant, request) || refuses(bySite, request) || refuses(sites[drive.id], request);
}

/** SharePoint's letter for what a link opens: Word, Excel, PowerPoint, PDF, image, video, folder, other. */
function kindLetter(item: StoredDriveItem): string {
  if (item.kind === "folder") return "f";
  const extension = item.name.slice(item.name.lastIndexOf(".") + 1).toLowerCase();
  const letters: Record<string, string> = {
    doc: "w",
    docx: "w",
    xls: "x",
    xlsx: "x",
    ppt: "p",
    pptx: "p",
    pdf: "b",
    png: "i",
    jpg: "i",
    jpeg: "i",
    gif: "i",
    mp4: "v",
    mov: "v",
  };
  return letters[extension] ?? "u";
}

/**
 * A sharing URL in SharePoint's short form, `https://{host}/:w:/g/personal/{user}/{token}?e={code}` in a OneDrive or
 * `…/:w:/s/{site}/{token}?e=…` in a site; the token is derived from item, type and scope, so it is unique to them.
 */
function linkUrl(store: DriveStore, drive: StoredDrive, item: StoredDriveItem, request: LinkRequest): string {
  const site = store.site(drive.siteId);
  const host = site?.hostname ?? new URL(drive.webUrl).hostname;
  const place = drive.ownerUpn === null ? `s/${site?.name ?? "site"}` : `g/personal/${personalPathOf(drive.ownerUpn)}`;
  const seed = `${drive.id}|${item.id}|${request.type}|${request.scope}|${request.password !== null}`;
  return `https://${host}/:${kindLetter(item)}:/${place}/E${hashToken(seed, 45)}?e=${hashToken(`${seed}|e`, 6)}`;
}

/**
 * `POST …/items/{id}/createLink`: 201 with a new permission, or 200 with the link of that type and scope the item
 * already has (as the createLink page says); 403 notAllowed when the tenant or site has that kind of link off.
 */
export async function createLink(input: DriveRequest, route: Extract<DriveRoute, { kind: "item" }>): Promise<Response> {
  const { store, options } = input.drive;
  const text = bodyText(await readBody(input.request, input.services.options.maxPostBytes));
  const request = parseLinkRequest(text, options.defaultLinkScope);
  const resolved = resolveDrive(input, route.drive);
  authorizeDriveScopes(input.caller, resolved.own, "write");
  const item = resolveItem(input, resolved.drive, route.item);
  requireRole(store, input.caller.upn, resolved.drive, item, "write");
  if (linkRefused(input.drive.linkPolicy, resolved.drive, request)) driveFail(driveErrors.sharingDisabled());

  const hasPassword = request.password !== null;
  const existing = store.link(resolved.drive.id, item.id, request.type, request.scope, hasPassword);
  if (existing)
    return graphJson(input.context, 200, permissionJson(input.services.options.baseUrl, input.version, existing));
  const link = {
    id: newGuid(),
    driveId: resolved.drive.id,
    itemId: item.id,
    type: request.type,
    scope: request.scope,
    hasPassword,
    webUrl: linkUrl(store, resolved.drive, item, request),
    expirationDateTime: request.expirationDateTime,
    createdBy: input.caller.upn,
    createdDateTime: input.context.receivedAt,
  };
  store.addLink(link);
  return graphJson(input.context, 201, permissionJson(input.services.options.baseUrl, input.version, link));
}
