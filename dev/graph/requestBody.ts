import { errors } from "./errors";
import { fail } from "./responses";

/** Reads a request body, refusing it (413) when it is larger than `maxBytes`. */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) fail(errors.requestTooLarge());
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) fail(errors.requestTooLarge());
  return bytes;
}

export function bodyText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON request body that must be an object, refused as Graph does: empty payload, then not deserializable. */
export function parseJsonObject(text: string): JsonObject {
  if (text.trim() === "") return fail(errors.emptyPayload());
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(errors.notDeserializable());
  }
  if (!isJsonObject(body)) return fail(errors.notDeserializable());
  return body;
}
