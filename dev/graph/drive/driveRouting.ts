import { errors } from "../errors";
import { fail } from "../responses";
import type { GraphVersion, MailboxSelector } from "../routing";
import { driveErrors, driveFail } from "./driveErrors";

/** Whose drive a request names: a user's OneDrive, a drive by id, or a site's default library. */
export type DriveSelector =
  { kind: "mailbox"; mailbox: MailboxSelector } | { kind: "drive"; driveId: string } | { kind: "site"; siteId: string };

/** An item by id or the root, then optionally a path below it (`root:/a/b.docx:`), segments decoded. */
export interface ItemAddress {
  itemId: string | null;
  path: string[];
}

export type ItemAction = "get" | "children" | "createUploadSession" | "createLink";

interface Base {
  version: GraphVersion;
}

export type DriveRoute =
  | (Base & { kind: "drive"; drive: DriveSelector })
  | (Base & { kind: "recent"; drive: DriveSelector })
  | (Base & { kind: "item"; drive: DriveSelector; item: ItemAddress; action: ItemAction })
  | (Base & { kind: "search"; drive: DriveSelector; item: ItemAddress; query: string })
  | (Base & { kind: "followedSites"; mailbox: MailboxSelector })
  | (Base & { kind: "site"; siteId: string })
  | (Base & { kind: "siteDrives"; siteId: string });

const same = (segment: string | undefined, name: string): boolean => segment?.toLowerCase() === name.toLowerCase();

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return fail(errors.segmentNotFound(segment));
  }
}

/** Whether a Graph path (below the root, version first) is one of the drive routes this folder answers. */
export function isDrivePath(path: string): boolean {
  const segments = path.split("/").filter((segment) => segment !== "");
  const [, first, second, third] = segments;
  if (same(first, "drives") || same(first, "sites")) return true;
  const userPart = same(first, "me") ? second : same(first, "users") ? third : undefined;
  const head = userPart?.split(":")[0];
  return same(head, "drive") || same(head, "followedSites");
}

/** `q='it''s'` → `it's`: OData string literal rules, a quote doubled inside. */
function parseSearchText(raw: string): string {
  const text = decode(raw);
  const match = /^\s*(?:q|query)\s*=\s*'(.*)'\s*$/s.exec(text);
  if (!match) return driveFail(driveErrors.invalidRequest());
  const body = match[1] ?? "";
  let out = "";
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (char !== "'") {
      out += char;
      continue;
    }
    if (body[index + 1] !== "'") return driveFail(driveErrors.searchSyntax(`search(${text})`, index + 10));
    out += "'";
    index += 1;
  }
  return out;
}

const ACTIONS: Record<string, ItemAction> = {
  "": "get",
  "/children": "children",
  "/createuploadsession": "createUploadSession",
  "/microsoft.graph.createuploadsession": "createUploadSession",
  "/createlink": "createLink",
  "/microsoft.graph.createlink": "createLink",
};

/** Reads what follows a drive: "", "/recent", "/root…", "/items/{id}…". */
function parseDriveRest(version: GraphVersion, drive: DriveSelector, rest: string): DriveRoute {
  if (rest === "" || rest === "/") return { version, kind: "drive", drive };
  if (/^\/(?:microsoft\.graph\.)?recent(?:\(\))?$/i.test(rest)) return { version, kind: "recent", drive };
  const match = /^\/(?:(root)|items\/([^/:]+))(.*)$/is.exec(rest);
  if (!match) return fail(errors.segmentNotFound(decode(rest.split("/")[1] ?? "")));
  const itemId = match[2] === undefined ? null : decode(match[2]);
  let tail = match[3] ?? "";
  let path: string[] = [];
  if (tail.startsWith(":")) {
    const end = tail.indexOf(":", 1);
    const rawPath = end < 0 ? tail.slice(1) : tail.slice(1, end);
    tail = end < 0 ? "" : tail.slice(end + 1);
    if (rawPath !== "" && !rawPath.startsWith("/")) return fail(errors.segmentNotFound(decode(rawPath)));
    path = rawPath
      .split("/")
      .filter((segment) => segment !== "")
      .map(decode);
  }
  const item: ItemAddress = { itemId, path };
  // Some clients percent-encode the parentheses of the function call.
  const search = /^\/(?:microsoft\.graph\.)?search(?:\(|%28)(.*)(?:\)|%29)$/is.exec(tail);
  if (search) return { version, kind: "search", drive, item, query: parseSearchText(search[1] ?? "") };
  const action = ACTIONS[tail.toLowerCase().replace(/\/+$/, "")];
  if (action === undefined) return fail(errors.segmentNotFound(decode(tail.split("/")[1] ?? tail)));
  return { version, kind: "item", drive, item, action };
}

/**
 * Parses a drive path below the emulator's root: `/v1.0/me/drive/root/children`, `/v1.0/drives/{id}/items/{id}`,
 * `/beta/me/drive/root:/Folder/file.docx:/createUploadSession`, `/v1.0/sites/{site-id}/drives`, …
 * Segments are matched case-insensitively, as Graph does; the delimiting colons are literal.
 */
export function parseDrivePath(path: string): DriveRoute {
  const segments = path.split("/");
  // segments[0] is "" (the path starts with "/").
  const versionSegment = decode(segments[1] ?? "");
  if (versionSegment !== "v1.0" && versionSegment !== "beta") return fail(errors.unknownVersion(versionSegment));
  const version: GraphVersion = versionSegment;
  const rest = (from: number): string => (segments.length > from ? `/${segments.slice(from).join("/")}` : "");
  const first = segments[2];

  if (same(first, "drives")) {
    const driveId = decode(segments[3] ?? "");
    if (driveId === "") return fail(errors.segmentNotFound("drives"));
    return parseDriveRest(version, { kind: "drive", driveId }, rest(4));
  }
  if (same(first, "sites")) {
    const siteId = decode(segments[3] ?? "");
    if (siteId === "") return fail(errors.segmentNotFound("sites"));
    const next = segments[4];
    if (next === undefined || next === "") return { version, kind: "site", siteId };
    if (same(next, "drives") && (segments[5] === undefined || segments[5] === "")) {
      return { version, kind: "siteDrives", siteId };
    }
    if (same(next, "drives")) {
      return parseDriveRest(version, { kind: "drive", driveId: decode(segments[5] ?? "") }, rest(6));
    }
    if (same(next, "drive")) return parseDriveRest(version, { kind: "site", siteId }, rest(5));
    return fail(errors.segmentNotFound(decode(next)));
  }

  let mailbox: MailboxSelector;
  let index: number;
  if (same(first, "me")) {
    mailbox = { kind: "me" };
    index = 3;
  } else if (same(first, "users") && segments[3]) {
    mailbox = { kind: "user", idOrUpn: decode(segments[3]) };
    index = 4;
  } else {
    return fail(errors.segmentNotFound(decode(first ?? "")));
  }
  const head = segments[index] ?? "";
  if (same(head, "followedSites") && rest(index + 1) === "") return { version, kind: "followedSites", mailbox };
  if (!same(head, "drive")) return fail(errors.segmentNotFound(decode(head)));
  return parseDriveRest(version, { kind: "mailbox", mailbox }, rest(index + 1));
}
