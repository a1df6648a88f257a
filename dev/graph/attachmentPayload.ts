import { decodeBase64Strict } from "./base64";
import { errors } from "./errors";
import { isJsonObject, parseJsonObject, type JsonObject } from "./requestBody";
import { fail } from "./responses";
import type { GraphVersion } from "./routing";

export type AttachmentDraft =
  | {
      kind: "file";
      name: string;
      contentType: string | null;
      isInline: boolean;
      contentId: string | null;
      bytes: Uint8Array;
    }
  | { kind: "item"; name: string; isInline: boolean; item: Record<string, unknown> }
  | {
      kind: "reference";
      name: string;
      isInline: boolean;
      sourceUrl: string;
      providerType: string;
      permission: string;
      isFolder: boolean;
    };

const PROVIDER_TYPES = ["other", "oneDriveBusiness", "oneDriveConsumer", "dropbox"];
const PERMISSIONS = ["other", "view", "edit", "anonymousView", "anonymousEdit", "organizationView", "organizationEdit"];
const ITEM_TYPES = ["microsoft.graph.event", "microsoft.graph.message", "microsoft.graph.contact"];

/** `#microsoft.graph.fileAttachment` and `microsoft.graph.fileattachment` name the same type. */
function odataType(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") return fail(errors.notDeserializable());
  return value.replace(/^#/, "").toLowerCase();
}

function optionalString(body: JsonObject, key: string): string | null {
  const value = body[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return fail(errors.notDeserializable());
  return value;
}

function requiredName(body: JsonObject): string {
  const name = optionalString(body, "name");
  if (name === null || name.trim() === "") return fail(errors.requiredPropertyMissing());
  return name;
}

/** Graph's JSON reader takes Edm.Boolean as a boolean or as the text "True"/"False" (the beta page sends "True"). */
function booleanValue(value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return fail(errors.notDeserializable());
}

/** Enum members are matched case-insensitively and answered in lower camel case ("Edit" → "edit"). */
function enumValue(value: unknown, members: readonly string[], fallback: string): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "string") return fail(errors.notDeserializable());
  const member = members.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  return member ?? fail(errors.notDeserializable());
}

function parseFile(body: JsonObject): AttachmentDraft {
  const name = requiredName(body);
  const contentBytes = body["contentBytes"];
  if (contentBytes === undefined || contentBytes === null) return fail(errors.requiredPropertyMissing());
  if (typeof contentBytes !== "string") return fail(errors.notDeserializable());
  const bytes = decodeBase64Strict(contentBytes);
  if (!bytes) return fail(errors.notDeserializable());
  return {
    kind: "file",
    name,
    contentType: optionalString(body, "contentType"),
    isInline: booleanValue(body["isInline"], false),
    contentId: optionalString(body, "contentId"),
    bytes,
  };
}

function parseItem(body: JsonObject): AttachmentDraft {
  const name = requiredName(body);
  const item = body["item"];
  if (item === undefined || item === null) return fail(errors.requiredPropertyMissing());
  if (!isJsonObject(item)) return fail(errors.notDeserializable());
  const itemType = odataType(item["@odata.type"]);
  if (itemType === undefined || itemType === "microsoft.graph.outlookitem") {
    return fail(errors.abstractType("microsoft.graph.outlookItem"));
  }
  if (!ITEM_TYPES.includes(itemType)) return fail(errors.notDeserializable());
  return { kind: "item", name, isInline: booleanValue(body["isInline"], false), item };
}

/**
 * v1.0 has no `sourceUrl` on referenceAttachment, so v1.0 drops the property and Exchange then refuses the entity:
 * the one documented answer is `ErrorInvalidProperty` "The property 'SourceUrl' is required when creating the
 * entity." (reported from v1.0, status not shown; 400 chosen). Every v1.0 reference attachment gets it.
 */
function parseReference(body: JsonObject, version: GraphVersion): AttachmentDraft {
  const name = requiredName(body);
  if (version === "v1.0") return fail(errors.sourceUrlRequired());
  const sourceUrl = optionalString(body, "sourceUrl");
  if (sourceUrl === null || sourceUrl === "") return fail(errors.sourceUrlRequired());
  return {
    kind: "reference",
    name,
    isInline: booleanValue(body["isInline"], false),
    sourceUrl,
    providerType: enumValue(body["providerType"], PROVIDER_TYPES, "other"),
    permission: enumValue(body["permission"], PERMISSIONS, "other"),
    isFolder: booleanValue(body["isFolder"], false),
  };
}

/** Validates a POST …/attachments body in Graph's order: empty, JSON, type, required properties. */
export function parseAttachmentPayload(text: string, version: GraphVersion): AttachmentDraft {
  const body = parseJsonObject(text);
  const type = odataType(body["@odata.type"]);
  switch (type) {
    case undefined:
    case "microsoft.graph.attachment":
      return fail(errors.abstractType());
    case "microsoft.graph.fileattachment":
      return parseFile(body);
    case "microsoft.graph.itemattachment":
      return parseItem(body);
    case "microsoft.graph.referenceattachment":
      return parseReference(body, version);
    default:
      return fail(errors.notDeserializable());
  }
}
