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
