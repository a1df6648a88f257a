import { createGraphClient, type GraphClientOptions } from "../../../src/graph";
import { GRAPH_MAX_REQUEST_BYTES, MAX_POST_BODY_BYTES } from "../../../src/graph/core/limits";
import { chooseFileRoute, filePostBodyBytes, fitsHardPostLimit } from "../../../src/graph/upload/fileRoute";
import * as uploadSessionModule from "../../../src/graph/upload/uploadSession";
import type { UploadProgress } from "../../../src/graph/upload/uploadSession";
import { ME_EVENT, createFakeFetch, graphError, hang, json, namedBlob, staticToken } from "./support/fakeFetch";
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
