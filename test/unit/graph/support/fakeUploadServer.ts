import { DROP, json, type RecordedRequest } from "./fakeFetch";

export const UPLOAD_URL =
  "https://outlook.office.com/api/v2.0/Users('oid@tid')/Events('AAMkAGI1AAAt9AHjAAA=')/AttachmentSessions('s1')?authtoken=abc";

export type PutFault = "dropBeforeCommit" | "dropAfterCommit" | "status500";

/** Graph and Outlook for one event with upload sessions, as the documentation describes them. */
export function createFakeUploadServer(options: { pascalCase?: boolean; rangeStatusOnRepeat?: number } = {}) {
  let received = new Uint8Array(0);
  let total = 0;
  let sessionOpen = false;
  const attachments: Array<Record<string, unknown>> = [];
  const putFaults = new Map<number, PutFault>();
  let putCount = 0;
  let createResponse: (() => Response) | undefined;
  const deleted: RecordedRequest[] = [];

  const rangesBody = (next: number) =>
    options.pascalCase
      ? { ExpirationDateTime: "2030-01-01T00:00:00Z", NextExpectedRanges: [String(next)] }
      : { expirationDateTime: "2030-01-01T00:00:00Z", nextExpectedRanges: [String(next)] };

  const handle = (request: RecordedRequest): Response | typeof DROP => {
    const url = request.url;
    if (request.method === "POST" && url.endsWith("/attachments/createUploadSession")) {
      if (createResponse) return createResponse();
      const body = JSON.parse(request.bodyText) as { AttachmentItem: { size: number } };
      total = body.AttachmentItem.size;
      received = new Uint8Array(total);
      sessionOpen = true;
      return json(201, {
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.uploadSession",
        uploadUrl: UPLOAD_URL,
        expirationDateTime: "2030-01-01T00:00:00.0000000Z",
        nextExpectedRanges: ["0-"],
      });
    }
    if (request.method === "GET" && url.includes("/attachments?")) return json(200, { value: attachments });
    if (request.method === "DELETE" && url === UPLOAD_URL) {
      deleted.push(request);
      sessionOpen = false;
      return new Response(null, { status: 204 });
    }
    if (request.method === "PUT" && url === UPLOAD_URL) {
      if (!sessionOpen)
        return json(404, { error: { code: "ErrorItemNotFound", message: "The session was not found." } });
      putCount += 1;
      const fault = putFaults.get(putCount);
      if (fault === "dropBeforeCommit") return DROP;
      if (fault === "status500") return json(500, { error: { code: "ErrorInternalServerError", message: "" } });
      const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(request.headers.get("content-range") ?? "");
      if (!match) return json(400, { error: { code: "InvalidRange", message: "bad range" } });
      const [start, end] = [Number(match[1]), Number(match[2])];
      const expected = nextOffset();
      if (start !== expected) {
        return json(options.rangeStatusOnRepeat ?? 416, {
          error: { code: "InvalidRange", message: "" },
          ...rangesBody(expected),
        });
      }
      received.set(request.bodyBytes, start);
      filled = end + 1;
      if (filled === total) {
        sessionOpen = false;
        const id = `AAMkLARGE${attachments.length + 1}=`;
        attachments.push({
          "@odata.type": "#microsoft.graph.fileAttachment",
          id,
          name: lastName,
          size: total + 1000,
          contentType: "application/octet-stream",
          isInline: false,
          lastModifiedDateTime: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
        });
        if (fault === "dropAfterCommit") return DROP;
        return new Response(null, {
          status: 201,
          headers: {
            Location: `https://outlook.office.com/api/v2.0/Users('oid@tid')/Events('E')/Attachments('${id}')`,
          },
        });
      }
      if (fault === "dropAfterCommit") return DROP;
      return json(200, rangesBody(filled));
    }
    return json(400, { error: { code: "Unexpected", message: `${request.method} ${url}` } });
  };

  let filled = 0;
  let lastName = "";
  const nextOffset = () => filled;

  return {
    handle: (request: RecordedRequest) => {
      if (request.method === "POST" && request.url.endsWith("/createUploadSession")) {
        lastName = (JSON.parse(request.bodyText) as { AttachmentItem: { name: string } }).AttachmentItem.name;
        filled = 0;
      }
      return handle(request);
    },
    received: () => received,
    attachments,
    deleted,
    faultPut: (index: number, fault: PutFault) => putFaults.set(index, fault),
    answerCreateWith: (factory: () => Response) => {
      createResponse = factory;
    },
  };
}

/** Deterministic bytes, so a reassembled upload can be compared with what was sent. */
export function patternBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 4096) bytes[i] = (i / 4096) % 251;
  bytes[size - 1] = 7;
  return bytes;
}
