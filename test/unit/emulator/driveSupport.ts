import { SEED_DRIVE_IDS } from "../../../dev/graph";
import { DEMO_ORGANIZER, type DemoUser } from "../../../dev/shared/demoIdentity";
import { GRAPH, graph, tokenFor, type CallOptions } from "./support";

export const IDS = SEED_DRIVE_IDS;
export const KIB320 = 327_680;

/** A token with what a drive client asks for: its own files read-write, sites to browse. */
export function driveToken(
  scopes: readonly string[] = ["Files.ReadWrite.All", "Sites.Read.All"],
  user: DemoUser = DEMO_ORGANIZER,
): string {
  return tokenFor(user, scopes);
}

/** A Graph call with a drive token unless told otherwise. */
export function drive(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  return graph(method, path, { token: driveToken(), ...options });
}

export async function jsonOf<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export interface ItemJson {
  id: string;
  name: string;
  size: number;
  webUrl: string;
  eTag: string;
  cTag: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  parentReference: { driveId: string; driveType: string; id?: string; path?: string; siteId?: string };
  file?: { mimeType: string };
  folder?: { childCount: number };
  remoteItem?: { id: string; name: string; parentReference: { driveId: string; driveType: string; id: string } };
  fileSystemInfo?: { lastAccessedDateTime?: string };
}

export interface ListJson<T = ItemJson> {
  "@odata.context": string;
  "@odata.nextLink"?: string;
  value: T[];
}

export interface SessionJson {
  "@odata.context": string;
  expirationDateTime: string;
  nextExpectedRanges: string[];
  uploadUrl: string;
}

export interface DriveErrorJson {
  error: { code: string; message: string; innerError?: Record<string, string>; innererror?: { code: string } };
}

export async function driveErrorOf(response: Response): Promise<DriveErrorJson["error"]> {
  return (await jsonOf<DriveErrorJson>(response)).error;
}

/** A control call: `/_emulator/...`, no token. */
export function control(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${GRAPH}/_emulator${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export function bytes(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + seed) % 251);
}

/** PUTs one fragment to an upload URL, without a token, as a client must. */
export function putFragment(
  url: string,
  body: Uint8Array<ArrayBuffer>,
  start: number,
  total: number,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "PUT",
    headers: { "Content-Range": `bytes ${start}-${start + body.byteLength - 1}/${total}`, ...headers },
    body,
  });
}

export async function createSession(
  path: string,
  item: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Promise<SessionJson> {
  const response = await drive("POST", path, { body: { item, ...extra } });
  expect(response.status).toBe(200);
  return jsonOf<SessionJson>(response);
}
