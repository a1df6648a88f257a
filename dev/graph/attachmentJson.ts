import { encodeBase64 } from "./base64";
import { errors } from "./errors";
import { encodeContextId } from "./formats";
import { fail } from "./responses";
import type { GraphVersion } from "./routing";
import type { StoredAttachment } from "./store";

/** Where an event's attachments live, for `@odata.context` and `@odata.id`. */
export interface AttachmentLocation {
  baseUrl: string;
  version: GraphVersion;
  ownerOid: string;
  tenantId: string;
  eventId: string;
}

export interface AttachmentSelection {
  /** As written in the query, for `@odata.context`. */
  listed: string[];
  base: Set<string>;
  /** Properties of the derived types, selected with a type cast (`microsoft.graph.fileAttachment/contentBytes`). */
  derived: Set<string>;
}

type JsonObject = Record<string, unknown>;

const BASE_PROPERTIES = ["id", "lastModifiedDateTime", "name", "contentType", "size", "isInline"];
const DERIVED: Readonly<Record<StoredAttachment["kind"], readonly string[]>> = {
  file: ["contentId", "contentLocation", "contentBytes"],
  item: [],
  reference: ["sourceUrl", "providerType", "thumbnailUrl", "previewUrl", "permission", "isFolder"],
};
const TYPE_NAMES: Readonly<Record<StoredAttachment["kind"], string>> = {
  file: "microsoft.graph.fileAttachment",
  item: "microsoft.graph.itemAttachment",
  reference: "microsoft.graph.referenceAttachment",
};

function canonical(name: string, candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
}

function derivedKey(kind: StoredAttachment["kind"], property: string): string {
  return `${kind}/${property}`;
}

/**
 * Parses `$select`. Only the base type's properties can be named plainly; a derived property needs a type cast,
 * and naming one plainly fails as on Graph: `Could not find a property named 'contentId' on type
 * 'microsoft.graph.attachment'.`
 */
export function parseAttachmentSelect(query: string | null): AttachmentSelection | null {
  if (query === null || query.trim() === "") return null;
  const selection: AttachmentSelection = { listed: [], base: new Set(), derived: new Set() };
  for (const raw of query.split(",").map((part) => part.trim())) {
    if (raw === "") continue;
    selection.listed.push(raw);
    const slash = raw.lastIndexOf("/");
    if (slash < 0) {
      const property =
        canonical(raw, BASE_PROPERTIES) ?? fail(errors.propertyNotFound(raw, "microsoft.graph.attachment"));
      selection.base.add(property);
      continue;
    }
    const typeName = raw.slice(0, slash);
    const propertyName = raw.slice(slash + 1);
    const kind = (Object.keys(TYPE_NAMES) as StoredAttachment["kind"][]).find(
      (candidate) => TYPE_NAMES[candidate].toLowerCase() === typeName.toLowerCase(),
    );
    if (!kind) return fail(errors.segmentNotFound(typeName));
    const property =
      canonical(propertyName, [...BASE_PROPERTIES, ...DERIVED[kind]]) ??
      fail(errors.propertyNotFound(propertyName, TYPE_NAMES[kind]));
    if (BASE_PROPERTIES.includes(property)) selection.base.add(property);
    else selection.derived.add(derivedKey(kind, property));
  }
  return selection;
}

export function attachmentsContext(location: AttachmentLocation, selection: AttachmentSelection | null): string {
  const select = selection ? `(${selection.listed.join(",")})` : "";
  return `${location.baseUrl}/${location.version}/$metadata#users('${location.ownerOid}')/events('${encodeContextId(location.eventId)}')/attachments${select}`;
}

export function attachmentEntityContext(location: AttachmentLocation, selection: AttachmentSelection | null): string {
  return `${attachmentsContext(location, selection)}/$entity`;
}

function odataId(attachment: StoredAttachment, location: AttachmentLocation): string {
  return `${location.baseUrl}/${location.version}/users('${location.ownerOid}@${location.tenantId}')/events('${location.eventId}')/attachments('${attachment.id}')`;
}

function baseValue(attachment: StoredAttachment, property: string): unknown {
  switch (property) {
    case "id":
      return attachment.id;
    case "lastModifiedDateTime":
      return attachment.lastModifiedDateTime;
    case "name":
      return attachment.name;
    case "contentType":
      return attachment.contentType;
    case "size":
      return attachment.size;
    default:
      return attachment.isInline;
  }
}

function derivedValue(attachment: StoredAttachment, property: string): unknown {
  if (attachment.kind === "file") {
    if (property === "contentBytes") return encodeBase64(attachment.bytes);
    if (property === "contentId") return attachment.contentId;
    return null; // contentLocation: "not supported", always null.
  }
  if (attachment.kind === "reference") {
    if (property === "sourceUrl") return attachment.sourceUrl;
    if (property === "providerType") return attachment.providerType;
    if (property === "permission") return attachment.permission;
    if (property === "isFolder") return attachment.isFolder;
    return null; // thumbnailUrl, previewUrl
  }
  return undefined;
}

export interface AttachmentJsonOptions {
  /** Adds `@odata.context` (single entities: POST answers and GET by id). */
  context?: boolean;
  selection?: AttachmentSelection | null;
  /** `$expand=microsoft.graph.itemattachment/item` on a single GET. */
  expandItem?: boolean;
}

/** An attachment as Graph writes it, with the reference pages' key order. */
export function attachmentJson(
  attachment: StoredAttachment,
  location: AttachmentLocation,
  options: AttachmentJsonOptions = {},
): JsonObject {
  const selection = options.selection ?? null;
  const json: JsonObject = {};
  if (options.context) json["@odata.context"] = attachmentEntityContext(location, selection);
  json["@odata.type"] = `#${TYPE_NAMES[attachment.kind]}`;
  if (selection && options.context && attachment.kind === "file") {
    json["@odata.mediaContentType"] = attachment.contentType;
  }
  if (attachment.kind === "item") json["@odata.id"] = odataId(attachment, location);
  for (const property of BASE_PROPERTIES) {
    if (!selection || property === "id" || selection.base.has(property))
      json[property] = baseValue(attachment, property);
  }
  for (const property of DERIVED[attachment.kind]) {
    if (!selection || selection.derived.has(derivedKey(attachment.kind, property))) {
      json[property] = derivedValue(attachment, property);
    }
  }
  if (options.expandItem && attachment.kind === "item") {
    json["item@odata.context"] =
      `${location.baseUrl}/${location.version}/$metadata#users('${location.ownerOid}')/events('${encodeContextId(location.eventId)}')/attachments('${encodeContextId(attachment.id)}')/microsoft.graph.itemAttachment/item/$entity`;
    const itemType = String(attachment.item["@odata.type"]).replace(/^#?/, "#");
    json["item"] = { ...attachment.item, "@odata.type": itemType };
  }
  return json;
}
