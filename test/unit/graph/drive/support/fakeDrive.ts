import { createDriveClient, type DriveClientOptions } from "../../../../../src/graph";
import type { GraphTokenRequest } from "../../../../../src/shared/graphToken";
import { DROP, createFakeFetch, json, type Handler, type RecordedRequest } from "../../support/fakeFetch";

export const GRAPH = "https://graph.microsoft.com/v1.0";
export const UPLOAD_URL =
  "https://contoso-my.sharepoint.com/personal/megan_contoso_com/_api/v2.0/drive/root:/x:/uploadSession?guid=abc&tempauth=secret";
export const KIB_320 = 327_680;

/** A drive client on a fake fetch, with quick retries and a counted token. */
export function driveSetup(handler: Handler, options: Partial<DriveClientOptions> = {}) {
  const fake = createFakeFetch(handler);
  const tokenRequests: GraphTokenRequest[] = [];
  const client = createDriveClient({
    getToken: (request) => {
      tokenRequests.push(request);
      return Promise.resolve(`token-${tokenRequests.length}`);
    },
    fetch: fake.fetch,
    random: () => 0,
    retryPolicy: { baseDelayMs: 1, floorMs: 1, maxRetryAfterMs: 5 },
    chunkBytes: KIB_320,
    ...options,
  });
  return { fake, client, tokenRequests };
}

/** A driveItem as Graph writes it for a OneDrive for work or school file. */
export function driveItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K",
    name: "Budget.xlsx",
    size: 19121,
    lastModifiedDateTime: "2024-04-30T08:00:00Z",
    webUrl: "https://contoso-my.sharepoint.com/personal/megan_contoso_com/Documents/Budget.xlsx",
    file: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    parentReference: { driveId: "b!own-drive", driveType: "business", id: "01BYE5RZ56Y2GOVW7725BZO354PWSELRRZ" },
    ...overrides,
  };
}

export type PutFault =
  /** The connection drops before the server stores anything. */
  | "drop"
  /** The server stores the slice, then the answer is lost. */
  | "commitThenDrop"
  /** The server stores the first half of the slice, then the connection drops. */
  | "halfThenDrop"
  | "status500"
  /** The session is gone from this PUT on. */
  | "expire";

/**
 * One drive upload session as the documentation describes it: 202 with `nextExpectedRanges` per slice, 201 with
 * the driveItem after the last, 416 for a range it has already, GET for the status, DELETE to cancel, 404 once gone.
 */
export function createFakeDriveUpload(options: { createStatus?: number; finalStatus?: 200 | 201 } = {}) {
  let total = 0;
  let received = new Uint8Array(0);
  let filled = 0;
  let open = false;
  let puts = 0;
  const faults = new Map<number, PutFault>();
  const creates: RecordedRequest[] = [];
  const deletes: RecordedRequest[] = [];
  const statusQueries: RecordedRequest[] = [];
  const slices: RecordedRequest[] = [];
  let createAnswer: ((request: RecordedRequest) => Response | typeof DROP) | undefined;
  let sessions = 0;

  const ranges = () => ({
    expirationDateTime: "2030-01-01T00:00:00Z",
    nextExpectedRanges: [total === 0 ? `${filled}-` : `${filled}-${total - 1}`],
  });

  const handle = (request: RecordedRequest): Response | typeof DROP => {
    const url = request.url;
    if (request.method === "POST" && url.endsWith(":/createUploadSession")) {
      creates.push(request);
      if (createAnswer) return createAnswer(request);
      open = true;
      filled = 0;
      sessions += 1;
      return json(options.createStatus ?? 200, {
        uploadUrl: `${UPLOAD_URL}&s=${sessions}`,
        expirationDateTime: "2030-01-01T00:00:00Z",
        nextExpectedRanges: ["0-"],
      });
    }
    if (url.startsWith(UPLOAD_URL)) {
      const current = url === `${UPLOAD_URL}&s=${sessions}`;
      if (request.method === "DELETE") {
        deletes.push(request);
        if (!open || !current) return json(404, { error: { code: "itemNotFound", message: "gone" } });
        open = false;
        return new Response(null, { status: 204 });
      }
      if (request.method === "GET") {
        statusQueries.push(request);
        if (!open || !current)
          return json(404, { error: { code: "itemNotFound", message: "The upload session was not found." } });
        return json(200, ranges());
      }
      if (request.method === "PUT") {
        slices.push(request);
        puts += 1;
        const fault = faults.get(puts);
        if (fault === "expire") open = false;
        if (!open || !current)
          return json(404, { error: { code: "itemNotFound", message: "The upload session was not found." } });
        if (fault === "drop") return DROP;
        if (fault === "status500")
          return json(500, { error: { code: "generalException", message: "General exception while processing" } });
        const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(request.headers.get("content-range") ?? "");
        if (!match) return json(400, { error: { code: "invalidRequest", message: "bad range" } });
        const [start, end, size] = [Number(match[1]), Number(match[2]), Number(match[3])];
        if (total === 0) {
          total = size;
          received = new Uint8Array(total);
        }
        if (start !== filled) {
          return json(416, {
            error: {
              code: "invalidRange",
              message: "The uploaded fragment overlaps with data that has already been received.",
            },
          });
        }
        const bytes =
          fault === "halfThenDrop"
            ? request.bodyBytes.slice(0, Math.floor(request.bodyBytes.length / 2))
            : request.bodyBytes;
        received.set(bytes, start);
        filled = start + bytes.length;
        if (fault === "halfThenDrop") return DROP;
        if (end + 1 === total && filled === total) {
          open = false;
          if (fault === "commitThenDrop") return DROP;
          return json(
            options.finalStatus ?? 201,
            driveItem({
              id: "01NEWITEM",
              name: "report.bin",
              size: total,
              lastModifiedDateTime: new Date().toISOString(),
              file: { mimeType: "application/octet-stream" },
            }),
          );
        }
        if (fault === "commitThenDrop") return DROP;
        return json(202, ranges());
      }
    }
    return json(400, { error: { code: "unexpected", message: `${request.method} ${url}` } });
  };

  return {
    handle,
    creates,
    deletes,
    statusQueries,
    slices,
    received: () => received,
    filled: () => filled,
    isOpen: () => open,
    fault: (putNumber: number, fault: PutFault) => faults.set(putNumber, fault),
    answerCreateWith: (answer: (request: RecordedRequest) => Response | typeof DROP) => {
      createAnswer = answer;
    },
    reset: () => {
      total = 0;
      filled = 0;
    },
  };
}

/** Deterministic bytes, so the reassembled upload can be compared with the file. */
export function bytes(size: number): Uint8Array {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) data[i] = (i * 31 + 7) % 251;
  return data;
}

export function file(content: Uint8Array, name = "report.bin"): Blob & { name: string } {
  return Object.assign(new Blob([content as Uint8Array<ArrayBuffer>]), { name });
}
