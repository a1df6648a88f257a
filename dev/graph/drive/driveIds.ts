import { createHash } from "node:crypto";

/**
 * The identifier formats of OneDrive for Business and SharePoint as Graph shows them:
 * - drive: `b!` and the URL-safe base64 of the site collection, web and list GUIDs (16 bytes each, .NET order);
 * - item: `01`, six base32 characters shared by the items of one drive, then 26 more; the root's 26 are the same in
 *   every drive, so an item id means something only together with its drive id;
 * - site: `{hostname},{siteCollectionId},{webId}`.
 */
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** The 26 characters every drive root's id ends with. */
export const ROOT_ITEM_SUFFIX = "56Y2GOVW7725BZO354PWSELRRZ";

function base32(bytes: Uint8Array, length: number): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= length) break;
  }
  return out;
}

/** A .NET GUID's bytes: the first three groups are little-endian. */
function guidBytes(guid: string): Buffer {
  const raw = Buffer.from(guid.replace(/-/g, ""), "hex");
  if (raw.byteLength !== 16) throw new RangeError(`Not a GUID: ${guid}`);
  return Buffer.concat([
    Buffer.from(raw.subarray(0, 4)).reverse(),
    Buffer.from(raw.subarray(4, 6)).reverse(),
    Buffer.from(raw.subarray(6, 8)).reverse(),
    raw.subarray(8),
  ]);
}

export function driveIdFor(siteCollectionId: string, webId: string, listId: string): string {
  return `b!${Buffer.concat([guidBytes(siteCollectionId), guidBytes(webId), guidBytes(listId)]).toString("base64url")}`;
}

/** Whether `id` has the shape of a drive id (48 bytes behind `b!`). */
export function isDriveIdShape(id: string): boolean {
  return /^b![A-Za-z0-9_-]{64}$/.test(id);
}

export function rootItemId(prefix: string): string {
  return `01${prefix}${ROOT_ITEM_SUFFIX}`;
}

export function newItemId(prefix: string): string {
  return `01${prefix}${base32(crypto.getRandomValues(new Uint8Array(17)), 26)}`;
}

export function newGuid(): string {
  return crypto.randomUUID();
}

/** A short, stable token derived from `text`: sharing link paths, eTag GUIDs of items made at run time. */
export function hashToken(text: string, length: number): string {
  return createHash("sha512").update(text).digest("base64url").slice(0, length);
}

/** A GUID that is always the same for the same text: items and sites made from a name, seeds. */
export function stableGuid(text: string): string {
  const hex = createHash("sha256").update(text).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function siteIdFor(hostname: string, siteCollectionId: string, webId: string): string {
  return `${hostname},${siteCollectionId},${webId}`;
}
