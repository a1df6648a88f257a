import { createGraphClient, type GraphClientOptions } from "../../../src/graph";
import { GRAPH_MAX_REQUEST_BYTES, MAX_POST_BODY_BYTES } from "../../../src/graph/core/limits";
import { chooseFileRoute, filePostBodyBytes, fitsHardPostLimit } from "../../../src/graph/upload/fileRoute";
import * as uploadSessionModule from "../../../src/graph/upload/uploadSession";
import type { UploadProgress } from "../../../src/graph/upload/uploadSession";
import { UploadHostUnreachableError } from "../../../src/graph";
import {
  DROP,
  ME_EVENT,
  createFakeFetch,
  graphError,
  hang,
  json,
  namedBlob,
  staticToken,
  type RecordedRequest,
} from "./support/fakeFetch";
import { UPLOAD_URL, createFakeUploadServer, patternBytes } from "./support/fakeUploadServer";

const SIZE = 3_300_000;
const CHUNK = 1_048_576;

function setup(server = createFakeUploadServer(), options: Partial<GraphClientOptions> = {}) {
  const fake = createFakeFetch((request) => server.handle(request));
  const client = createGraphClient({
    getToken: staticToken,
    fetch: fake.fetch,
    chunkBytes: CHUNK,
    random: () => 0,
    retry: { baseDelayMs: 1, floorMs: 1 },
    ...options,
  });
  return { server, fake, client };
}

/** The largest file size whose POST body fits, for a given name. */
function largestPostSize(name: string): number {
  let size = Math.floor(((MAX_POST_BODY_BYTES - 200) * 3) / 4);
  while (chooseFileRoute(name, size + 1) === "post") size += 1;
  return size;
}

describe("routing by request size", () => {
  it("computes the exact JSON body size without encoding the file", () => {
    const bytes = patternBytes(1001);
    const name = "Protokoll – Ü.txt";
    const actual = JSON.stringify({
      "@odata.type": "#microsoft.graph.fileAttachment",
      name,
      contentBytes: Buffer.from(bytes).toString("base64"),
      contentType: "text/plain",
      isInline: false,
    });
    expect(filePostBodyBytes(name, 1001, "text/plain")).toBe(Buffer.byteLength(actual));
  });

  it("switches to a session exactly where the body would pass the safe limit", () => {
    const name = "report.pdf";
    const boundary = largestPostSize(name);
    expect(filePostBodyBytes(name, boundary)).toBeLessThanOrEqual(MAX_POST_BODY_BYTES);
    expect(filePostBodyBytes(name, boundary + 1)).toBeGreaterThan(MAX_POST_BODY_BYTES);
    expect(chooseFileRoute(name, boundary)).toBe("post");
    expect(chooseFileRoute(name, boundary + 1)).toBe("session");
    // The margin keeps every POST under Graph's 4 MiB, and the largest file reported to POST is just above.
    expect(filePostBodyBytes(name, boundary)).toBeLessThan(GRAPH_MAX_REQUEST_BYTES);
    expect(boundary).toBeGreaterThan(3_100_000);
    expect(boundary).toBeLessThan(3_145_611);
    expect(fitsHardPostLimit(name, 3_145_611)).toBe(true);
    expect(fitsHardPostLimit(name, 3_145_728)).toBe(false);
  });

  it.each([
    [0, "POST"],
    [1, "createUploadSession"],
  ])("the client sends boundary + %i bytes by %s", async (extra, expected) => {
    const name = "report.pdf";
    const size = largestPostSize(name) + extra;
    const { fake, client } = setup();
    const file = namedBlob(patternBytes(size), name);
    await client.attachFile(ME_EVENT, file).catch(() => undefined);
    const first = fake.requests[0];
    expect(first.url.endsWith("/createUploadSession") ? "createUploadSession" : first.method).toBe(expected);
  });

  it("loads the upload-session code only for large files", async () => {
    const load = jest.fn(() => Promise.resolve(uploadSessionModule));
    const small = createFakeFetch(() => json(201, { id: "S=", name: "a.txt" }));
    const client = createGraphClient({ getToken: staticToken, fetch: small.fetch, loadUploadSession: load });
    await client.attachFile(ME_EVENT, namedBlob(["x"], "a.txt"));
    expect(load).not.toHaveBeenCalled();
    const big = setup(createFakeUploadServer(), { loadUploadSession: load });
    await big.client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"));
    expect(load).toHaveBeenCalledTimes(1);
  });
});

/** Every text an error carries, its causes included, as a log or a support report would show it. */
function everyTextOf(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    parts.push(current.message, current.stack ?? "", JSON.stringify(current));
    current = current.cause;
  }
  return parts.join("\n");
}

describe("an upload host the browser cannot reach", () => {
  const createdSession = () =>
    json(
      201,
      { uploadUrl: UPLOAD_URL, expirationDateTime: "2030-01-01T00:00:00Z", nextExpectedRanges: ["0-"] },
      { "request-id": "req-create-1", "client-request-id": "crid-create-1" },
    );

  /** Graph answers; every request to the upload URL fails as a CORS refusal or a blocked network does. */
  function unreachable(options: { deleteAnswered?: boolean; chunkBytes?: number; retry?: object } = {}) {
    const server = createFakeUploadServer();
    server.answerCreateWith(createdSession);
    const fake = createFakeFetch((request) => {
      if (request.url !== UPLOAD_URL) return server.handle(request);
      if (request.method === "DELETE" && options.deleteAnswered) return server.handle(request);
      return DROP;
    });
    const client = createGraphClient({
      getToken: staticToken,
      fetch: fake.fetch,
      chunkBytes: options.chunkBytes ?? CHUNK,
      random: () => 0,
      retry: { baseDelayMs: 1, floorMs: 1, ...options.retry },
    });
    return { server, fake, client };
  }

  const toUploadUrl = (fake: { requests: RecordedRequest[] }, method: string) =>
    fake.requests.filter((request) => request.url === UPLOAD_URL && request.method === method);

  it("gives up after the client's five attempts at the first chunk, with the reason and what support needs", async () => {
    const { fake, client } = unreachable();
    const failure: unknown = await client
      .attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UploadHostUnreachableError);
    expect(failure).toMatchObject({
      reason: "uploadHostUnreachable",
      uploadHost: "https://outlook.office.com",
      attempts: 5,
      answeredAttempts: 0,
      requestId: "req-create-1",
      clientRequestId: "crid-create-1",
      sessionCancelled: false,
    });
    expect(toUploadUrl(fake, "PUT").map((put) => put.headers.get("content-range"))).toEqual(
      Array.from({ length: 5 }, () => `bytes 0-${CHUNK - 1}/${SIZE}`),
    );
    // The DELETE that cancels the session was tried once; it failed the same way.
    expect(toUploadUrl(fake, "DELETE")).toHaveLength(1);
    // A first chunk of several cannot have created the attachment, so the event is not even asked.
    expect(fake.requests.filter((request) => request.method === "GET")).toHaveLength(0);
  });

  it("keeps the upload URL's path and authtoken out of the error, its message and its causes", async () => {
    const { client } = unreachable();
    const failure: unknown = await client
      .attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))
      .catch((error: unknown) => error);
    const text = everyTextOf(failure);
    expect(text).toContain("https://outlook.office.com");
    expect(text).not.toMatch(/authtoken|AttachmentSessions/i);
  });

  it("says the session was cancelled when the DELETE got through", async () => {
    const { server, client } = unreachable({ deleteAnswered: true });
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "uploadHostUnreachable",
      sessionCancelled: true,
    });
    expect(server.deleted).toHaveLength(1);
    expect(server.attachments).toHaveLength(0);
  });

  it("checks the event when the only chunk is also the last, and reports it unreachable when nothing is there", async () => {
    const { fake, client } = unreachable({ chunkBytes: SIZE });
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "uploadHostUnreachable",
    });
    // Before each of the four retries and once at the end, as for any last chunk whose answer may be lost.
    expect(
      fake.requests.filter((request) => request.method === "GET" && request.url.includes("/attachments?")),
    ).toHaveLength(5);
  });

  it("returns the attachment when the only chunk was stored and just its answer was lost", async () => {
    const server = createFakeUploadServer();
    server.faultPut(1, "dropAfterCommit");
    const { client } = setup(server, { chunkBytes: 4 * 1024 * 1024, retry: { limit: 0 } });
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).resolves.toMatchObject({
      id: "AAMkLARGE1=",
    });
    expect(server.attachments).toHaveLength(1);
  });

  it("says the outcome is unknown when the only chunk went unanswered and the event cannot be checked", async () => {
    const server = createFakeUploadServer();
    const fake = createFakeFetch((request) =>
      request.url === UPLOAD_URL || request.url.includes("/attachments?") ? DROP : server.handle(request),
    );
    const client = createGraphClient({
      getToken: staticToken,
      fetch: fake.fetch,
      chunkBytes: 4 * 1024 * 1024,
      retry: { baseDelayMs: 1, floorMs: 1, limit: 0 },
    });
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "outcomeUnknown",
    });
  });

  it("goes on when the first chunk gets through on its last attempt", async () => {
    const server = createFakeUploadServer();
    for (let put = 1; put <= 4; put += 1) server.faultPut(put, "dropBeforeCommit");
    const { client } = setup(server);
    const bytes = patternBytes(SIZE);
    await expect(client.attachFile(ME_EVENT, namedBlob(bytes, "big.bin"))).resolves.toMatchObject({
      id: "AAMkLARGE1=",
    });
    expect(Buffer.compare(server.received(), bytes)).toBe(0);
  });

  it("is a lost connection, not an unreachable host, once the host has answered a chunk", async () => {
    const server = createFakeUploadServer();
    for (let put = 2; put <= 6; put += 1) server.faultPut(put, "dropBeforeCommit");
    const { client } = setup(server);
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "network",
    });
    expect(server.deleted).toHaveLength(1);
  });

  it("is a lost connection when the first chunk got an answer (a 503) before the drops", async () => {
    const server = createFakeUploadServer();
    server.answerCreateWith(createdSession);
    let puts = 0;
    const fake = createFakeFetch((request) => {
      if (request.url !== UPLOAD_URL || request.method !== "PUT") return server.handle(request);
      puts += 1;
      return puts === 1 ? graphError(503, "ServiceUnavailable", "") : DROP;
    });
    const client = createGraphClient({
      getToken: staticToken,
      fetch: fake.fetch,
      chunkBytes: CHUNK,
      random: () => 0,
      retry: { baseDelayMs: 1, floorMs: 1 },
    });
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "network",
      attempts: 5,
      answeredAttempts: 1,
    });
  });
});

describe("upload session", () => {
  it("creates the session, PUTs slices without Authorization and resolves the new attachment", async () => {
    const { server, fake, client } = setup();
    const bytes = patternBytes(SIZE);
    const progress: UploadProgress[] = [];
    const result = await client.attachFile(ME_EVENT, namedBlob(bytes, "big.bin", "application/octet-stream"), {
      onProgress: (value) => progress.push(value),
    });

    const [create, ...rest] = fake.requests;
    expect(create.url).toBe(
      "https://graph.microsoft.com/v1.0/me/events/AAMkAGI1AAAt9AHjAAA=/attachments/createUploadSession",
    );
    expect(create.headers.get("authorization")).toBe("Bearer token-1");
    expect(JSON.parse(create.bodyText)).toEqual({
      AttachmentItem: { attachmentType: "file", name: "big.bin", size: SIZE, contentType: "application/octet-stream" },
    });
    const puts = rest.filter((request) => request.method === "PUT");
    expect(puts.map((request) => request.headers.get("content-range"))).toEqual([
      `bytes 0-${CHUNK - 1}/${SIZE}`,
      `bytes ${CHUNK}-${2 * CHUNK - 1}/${SIZE}`,
      `bytes ${2 * CHUNK}-${3 * CHUNK - 1}/${SIZE}`,
      `bytes ${3 * CHUNK}-${SIZE - 1}/${SIZE}`,
    ]);
    for (const put of puts) {
      expect(put.headers.get("authorization")).toBeNull();
      expect(put.headers.get("content-type")).toBe("application/octet-stream");
      expect(put.bodyBytes.length).toBeLessThanOrEqual(CHUNK);
    }
    expect(Buffer.compare(server.received(), bytes)).toBe(0);
    expect(result).toMatchObject({ id: "AAMkLARGE1=", name: "big.bin", kind: "file" });
    expect(progress).toEqual([
      { bytesSent: 0, totalBytes: SIZE },
      { bytesSent: CHUNK, totalBytes: SIZE },
      { bytesSent: 2 * CHUNK, totalBytes: SIZE },
      { bytesSent: 3 * CHUNK, totalBytes: SIZE },
      { bytesSent: SIZE, totalBytes: SIZE },
    ]);
  });

  it("resends a dropped chunk and finishes with the same bytes", async () => {
    const server = createFakeUploadServer();
    server.faultPut(2, "dropBeforeCommit");
    const { fake, client } = setup(server);
    const bytes = patternBytes(SIZE);
    await client.attachFile(ME_EVENT, namedBlob(bytes, "big.bin"));
    const ranges = fake.requests.filter((r) => r.method === "PUT").map((r) => r.headers.get("content-range"));
    expect(ranges[1]).toBe(ranges[2]);
    expect(Buffer.compare(server.received(), bytes)).toBe(0);
  });

  it("resumes from nextExpectedRanges when a chunk's answer was lost after the server stored it", async () => {
    const server = createFakeUploadServer();
    server.faultPut(2, "dropAfterCommit");
    const { fake, client } = setup(server);
    const bytes = patternBytes(SIZE);
    await client.attachFile(ME_EVENT, namedBlob(bytes, "big.bin"));
    const ranges = fake.requests.filter((r) => r.method === "PUT").map((r) => r.headers.get("content-range"));
    // Second chunk sent twice (the repeat is answered with the range to resume from), then the third.
    expect(ranges.slice(1, 4)).toEqual([
      `bytes ${CHUNK}-${2 * CHUNK - 1}/${SIZE}`,
      `bytes ${CHUNK}-${2 * CHUNK - 1}/${SIZE}`,
      `bytes ${2 * CHUNK}-${3 * CHUNK - 1}/${SIZE}`,
    ]);
    expect(Buffer.compare(server.received(), bytes)).toBe(0);
  });

  it("reads PascalCase NextExpectedRanges", async () => {
    const server = createFakeUploadServer({ pascalCase: true });
    const { client } = setup(server);
    const bytes = patternBytes(SIZE);
    await expect(client.attachFile(ME_EVENT, namedBlob(bytes, "big.bin"))).resolves.toMatchObject({
      id: "AAMkLARGE1=",
    });
    expect(Buffer.compare(server.received(), bytes)).toBe(0);
  });

  it("finds the attachment when the last chunk's answer is lost, without uploading again", async () => {
    const server = createFakeUploadServer();
    server.faultPut(4, "dropAfterCommit");
    const { fake, client } = setup(server);
    const result = await client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"));
    expect(result.id).toBe("AAMkLARGE1=");
    expect(server.attachments).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === "PUT")).toHaveLength(4);
    expect(fake.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("deletes the session when cancelled, and sends nothing more", async () => {
    const server = createFakeUploadServer();
    const controller = new AbortController();
    let puts = 0;
    const fake = createFakeFetch((request) => {
      if (request.method === "PUT" && ++puts === 2) return hang();
      return server.handle(request);
    });
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch, chunkBytes: CHUNK });
    const progress: UploadProgress[] = [];
    const upload = client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"), {
      signal: controller.signal,
      onProgress: (value) => {
        progress.push(value);
      },
    });
    while (puts < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    controller.abort();
    await expect(upload).rejects.toMatchObject({ reason: "cancelled" });
    expect(server.deleted).toHaveLength(1);
    expect(server.deleted[0].url).toBe(UPLOAD_URL);
    expect(server.deleted[0].headers.get("authorization")).toBeNull();
    expect(fake.requests.filter((r) => r.method === "PUT")).toHaveLength(2);
    expect(progress.at(-1)).toEqual({ bytesSent: CHUNK, totalBytes: SIZE });
  });

  it("deletes the session and reports the error when a chunk keeps failing", async () => {
    const server = createFakeUploadServer();
    for (let i = 2; i < 10; i += 1) server.faultPut(i, "status500");
    const { client } = setup(server);
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "server",
      status: 500,
    });
    expect(server.deleted).toHaveLength(1);
  });

  it("says plainly that sessions are refused in another person's calendar", async () => {
    const server = createFakeUploadServer();
    server.answerCreateWith(() =>
      graphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."),
    );
    const { client } = setup(server);
    const shared = { mailbox: { kind: "user" as const, idOrUpn: "megan.bowen@contoso.example" }, eventId: "E=" };
    const failure = client.attachFile(shared, namedBlob(patternBytes(SIZE), "big.bin"));
    await expect(failure).rejects.toMatchObject({
      reason: "uploadSessionSharedMailbox",
      status: 403,
      code: "ErrorAccessDenied",
    });
    await expect(failure).rejects.toThrow(/another person's calendar/);
    // In one's own mailbox a 403 stays accessDenied.
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "accessDenied",
    });
  });

  it("falls back to a POST when a session refuses a file that still fits Graph's hard limit", async () => {
    const name = "edge.bin";
    const size = largestPostSize(name) + 1;
    const server = createFakeUploadServer();
    server.answerCreateWith(() => graphError(400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize", "too small"));
    const fake = createFakeFetch((request) =>
      request.method === "POST" && request.url.endsWith("/attachments")
        ? json(201, { id: "P=", name })
        : server.handle(request),
    );
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(size), name))).resolves.toMatchObject({ id: "P=" });
    expect(fake.requests.map((r) => r.url.split("/").at(-1))).toEqual(["createUploadSession", "attachments"]);
  });

  it("keeps a too-small refusal when the file cannot be POSTed either", async () => {
    const server = createFakeUploadServer();
    server.answerCreateWith(() => graphError(400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize", "too small"));
    const { client } = setup(server);
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "belowSessionMinimum",
    });
  });

  it("refuses large files before any request in clouds without upload sessions", async () => {
    const { fake, client } = setup(createFakeUploadServer(), { cloud: "usGovL4" });
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "fileTooLargeForCloud",
      field: "file",
    });
    expect(fake.requests).toHaveLength(0);
  });

  it("refuses an upload URL that is not https", async () => {
    const server = createFakeUploadServer();
    server.answerCreateWith(() => json(201, { uploadUrl: "http://outlook.office.com/x", nextExpectedRanges: ["0-"] }));
    const { fake, client } = setup(server);
    await expect(client.attachFile(ME_EVENT, namedBlob(patternBytes(SIZE), "big.bin"))).rejects.toMatchObject({
      reason: "unexpectedResponse",
    });
    expect(fake.requests.filter((r) => r.method === "PUT")).toHaveLength(0);
  });

  it("refuses empty and over-150 MB files before any request", async () => {
    const { fake, client } = setup();
    await expect(client.attachFile(ME_EVENT, namedBlob([], "empty.txt"))).rejects.toMatchObject({
      reason: "fileEmpty",
    });
    const huge = {
      size: 150 * 1024 * 1024 + 1,
      name: "huge.iso",
      type: "",
      slice: () => new Blob(),
    } as unknown as Blob & {
      name: string;
    };
    await expect(client.attachFile(ME_EVENT, huge)).rejects.toMatchObject({ reason: "fileTooLarge" });
    expect(fake.requests).toHaveLength(0);
  });
});
