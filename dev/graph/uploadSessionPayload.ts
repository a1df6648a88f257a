import { errors } from "./errors";
import { isJsonObject, parseJsonObject, type JsonObject } from "./requestBody";
import { fail } from "./responses";

export interface UploadSessionRequest {
  name: string;
  size: number;
  contentType: string | null;
  isInline: boolean;
  contentId: string | null;
}

/** Graph's property names are matched case-insensitively (`AttachmentItem` in the docs, `attachmentItem` in SDKs). */
function property(object: JsonObject, name: string): unknown {
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

function optionalString(object: JsonObject, name: string): string | null {
  const value = property(object, name);
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return fail(errors.notDeserializable());
  return value;
}

/** Int64 may arrive as a number or, with IEEE754Compatible, as text. */
function int64(value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  return fail(errors.notDeserializable());
}

/**
 * Validates `{"AttachmentItem":{"attachmentType":"file","name":…,"size":…}}`; item and reference types get the
 * documented 405, the size limits are the caller's to check.
 */
export function parseUploadSessionPayload(text: string): UploadSessionRequest {
  const body = parseJsonObject(text);
  const item = property(body, "AttachmentItem");
  if (item === undefined || item === null) return fail(errors.requiredPropertyMissing());
  if (!isJsonObject(item)) return fail(errors.notDeserializable());
  const type = optionalString(item, "attachmentType");
  if (type === null) return fail(errors.requiredPropertyMissing());
  if (/^(item|reference)$/i.test(type)) return fail(errors.sessionOnlyForFiles());
  if (!/^file$/i.test(type)) return fail(errors.notDeserializable());
  const name = optionalString(item, "name");
  if (name === null || name.trim() === "") return fail(errors.requiredPropertyMissing());
  const size = property(item, "size");
  if (size === undefined || size === null) return fail(errors.requiredPropertyMissing());
  const isInline = property(item, "isInline");
  if (isInline !== undefined && isInline !== null && typeof isInline !== "boolean") fail(errors.notDeserializable());
  return {
    name,
    size: int64(size),
    contentType: optionalString(item, "contentType"),
    isInline: isInline === true,
    contentId: optionalString(item, "contentId"),
  };
}
