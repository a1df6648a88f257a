import { GraphRequestError } from "../errors/GraphRequestError";
import { isRecord } from "../../shared/isRecord";

/** Parses a body that may or may not be JSON (an upload host's answer); anything else gives undefined. */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The `uploadUrl` of an upload session (`UploadUrl` in some Outlook answers), checked: https only, or http when the
 * client talks to a local emulator on plain http.
 */
export function readUploadUrl(body: unknown, allowHttp: boolean): string {
  const value = isRecord(body) ? (body.uploadUrl ?? body.UploadUrl) : undefined;
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !(url.protocol === "https:" || (allowHttp && url.protocol === "http:"))) {
    throw new GraphRequestError("unexpectedResponse", "The upload session has no usable upload URL.");
  }
  return url.href;
}
