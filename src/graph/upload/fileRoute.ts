import { buildFileAttachment } from "../payloads/fileAttachment";
import { base64Length } from "../utils/base64";
import { GRAPH_MAX_REQUEST_BYTES, MAX_POST_BODY_BYTES } from "../core/limits";

export type FileRoute = "post" | "session";

/** The exact byte length of the JSON body a POST of this file would send, computed without encoding the file. */
export function filePostBodyBytes(name: string, byteLength: number, contentType?: string): number {
  const shell = JSON.stringify(buildFileAttachment(name, "", contentType));
  return new TextEncoder().encode(shell).length + base64Length(byteLength);
}

/** POST while the body stays under the safe limit, else an upload session. */
export function chooseFileRoute(name: string, byteLength: number, contentType?: string): FileRoute {
  return filePostBodyBytes(name, byteLength, contentType) <= MAX_POST_BODY_BYTES ? "post" : "session";
}

/** Whether a POST can still be tried when a session refuses the file as too small (the hard 4 MiB limit). */
export function fitsHardPostLimit(name: string, byteLength: number, contentType?: string): boolean {
  return filePostBodyBytes(name, byteLength, contentType) <= GRAPH_MAX_REQUEST_BYTES;
}
