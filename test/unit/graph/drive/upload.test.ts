import {
  DEFAULT_DRIVE_CHUNK_BYTES,
  MAX_DRIVE_CHUNK_BYTES,
  createDriveClient,
  type DriveUploadState,
  type UploadProgress,
} from "../../../../src/graph";
import { DROP, graphError, json, staticToken, type RecordedRequest } from "../support/fakeFetch";
import {
  GRAPH,
  KIB_320,
  UPLOAD_URL,
  bytes,
  createFakeDriveUpload,
  driveItem,
  driveSetup,
  file,
} from "./support/fakeDrive";

const SIZE = 3 * KIB_320 + 1000;

function setup(server = createFakeDriveUpload(), options: Parameters<typeof driveSetup>[1] = {}) {
  const { fake, client, tokenRequests } = driveSetup((request) => server.handle(request), options);
  return { server, fake, client, tokenRequests };
}

const puts = (requests: RecordedRequest[]) => requests.filter((request) => request.method === "PUT");

describe("chunk sizes", () => {
  it("defaults to 10 MiB and refuses sizes that are not multiples of 320 KiB or reach 60 MiB", () => {
    expect(DEFAULT_DRIVE_CHUNK_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_DRIVE_CHUNK_BYTES % KIB_320).toBe(0);
    expect(MAX_DRIVE_CHUNK_BYTES).toBeLessThan(60 * 1024 * 1024);
    const make = (chunkBytes: number) => () => createDriveClient({ getToken: staticToken, chunkBytes });
    expect(make(KIB_320 * 2)).not.toThrow();
    expect(make(KIB_320 + 1)).toThrow(RangeError);
    expect(make(60 * 1024 * 1024)).toThrow(RangeError);
    expect(make(0)).toThrow(RangeError);
  });
});

describe("upload to OneDrive", () => {
  it("creates the session in Attachments with rename, then PUTs 320 KiB slices without a token", async () => {
    const { server, fake, client } = setup();
    const progress: UploadProgress[] = [];
    const content = bytes(SIZE);
    const entry = await client.uploadFile(file(content), { onProgress: (p) => progress.push(p) });

    const [create] = server.creates;
    expect(create?.url).toBe(`${GRAPH}/me/drive/root:/Attachments/report.bin:/createUploadSession`);
    expect(JSON.parse(create?.bodyText ?? "")).toEqual({ item: { "@microsoft.graph.conflictBehavior": "rename" } });
    expect(create?.headers.get("authorization")).toBe("Bearer token-1");

    const slices = puts(fake.requests);
    expect(slices.map((request) => request.headers.get("content-range"))).toEqual([
      `bytes 0-${KIB_320 - 1}/${SIZE}`,
      `bytes ${KIB_320}-${2 * KIB_320 - 1}/${SIZE}`,
      `bytes ${2 * KIB_320}-${3 * KIB_320 - 1}/${SIZE}`,
      `bytes ${3 * KIB_320}-${SIZE - 1}/${SIZE}`,
    ]);
    expect(slices.map((request) => request.bodyBytes.length)).toEqual([KIB_320, KIB_320, KIB_320, 1000]);
    for (const slice of slices) {
      expect(slice.headers.get("authorization")).toBeNull();
      expect(slice.headers.get("client-request-id")).toBeNull();
    }
    expect(Buffer.from(server.received()).equals(Buffer.from(content))).toBe(true);
    expect(progress.map((p) => p.bytesSent)).toEqual([0, KIB_320, 2 * KIB_320, 3 * KIB_320, SIZE]);
    expect(entry).toMatchObject({ id: "01NEWITEM", provider: "oneDriveBusiness", isFolder: false, size: SIZE });
  });

  it("accepts 200 as the last answer too, and a folder and name of the caller's choice", async () => {
    const { server, client } = setup(createFakeDriveUpload({ finalStatus: 200 }));
    await client.uploadFile(file(bytes(1000), "ignored.bin"), { folder: "Meetings/2024 Q2", name: "Agenda #1.pdf" });
    expect(server.creates[0]?.url).toBe(
      `${GRAPH}/me/drive/root:/Meetings/2024%20Q2/Agenda%20%231.pdf:/createUploadSession`,
    );
  });

  it("uploads to the root for an empty folder path", async () => {
    const { server, client } = setup();
    await client.uploadFile(file(bytes(10)), { folder: "/" });
    expect(server.creates[0]?.url).toBe(`${GRAPH}/me/drive/root:/report.bin:/createUploadSession`);
  });

  it("creates a missing folder when the session is refused with 404, then asks again", async () => {
    const server = createFakeDriveUpload();
    let refused = false;
    const { fake, client } = driveSetup((request) => {
      if (!refused && request.url.endsWith(":/createUploadSession")) {
        refused = true;
        return graphError(404, "itemNotFound", "The parent folder does not exist.");
      }
      if (request.url.endsWith("/children")) {
        return request.url.includes("root:/Meetings")
          ? json(201, driveItem({ folder: {} }))
          : graphError(409, "nameAlreadyExists", "exists");
      }
      return server.handle(request);
    });
    await client.uploadFile(file(bytes(10)), { folder: "Meetings/Q2" });
    const folderCreates = fake.requests.filter((request) => request.url.endsWith("/children"));
    expect(folderCreates.map((request) => [request.url, JSON.parse(request.bodyText) as unknown])).toEqual([
      [
        `${GRAPH}/me/drive/root/children`,
        { name: "Meetings", folder: {}, "@microsoft.graph.conflictBehavior": "fail" },
      ],
      [
        `${GRAPH}/me/drive/root:/Meetings:/children`,
        { name: "Q2", folder: {}, "@microsoft.graph.conflictBehavior": "fail" },
      ],
    ]);
    expect(fake.requests.filter((request) => request.url.endsWith(":/createUploadSession"))).toHaveLength(2);
  });

  it("refuses bad names, folders and sizes before any request", async () => {
    const { fake, client } = setup();
    await expect(client.uploadFile(file(bytes(1), "a:b.txt"))).rejects.toMatchObject({ reason: "nameInvalid" });
    await expect(client.uploadFile(file(bytes(1), " x.txt"))).rejects.toMatchObject({ reason: "nameInvalid" });
    await expect(client.uploadFile(file(bytes(1), "CON.txt"))).rejects.toMatchObject({ reason: "nameInvalid" });
    await expect(client.uploadFile(file(bytes(1), "~$lock.docx"))).rejects.toMatchObject({ reason: "nameInvalid" });
    await expect(client.uploadFile(file(bytes(1), "a_vti_b"))).rejects.toMatchObject({ reason: "nameInvalid" });
    await expect(client.uploadFile(file(bytes(1), "a\u202Etxt.exe"))).rejects.toMatchObject({ reason: "nameInvalid" });
    await expect(client.uploadFile(file(bytes(1), "x".repeat(256)))).rejects.toMatchObject({ reason: "nameInvalid" });
    await expect(client.uploadFile(file(bytes(1)), { folder: "a/b?c" })).rejects.toMatchObject({
      reason: "folderPathInvalid",
    });
    await expect(client.uploadFile(file(bytes(1), "x".repeat(200)), { folder: "y".repeat(201) })).rejects.toMatchObject(
      {
        reason: "folderPathInvalid",
      },
    );
    await expect(client.uploadFile(file(new Uint8Array(0)))).rejects.toMatchObject({ reason: "fileEmpty" });
    const huge = Object.assign(new Blob([]), { name: "huge.bin" });
    Object.defineProperty(huge, "size", { value: 251 * 1024 ** 3 });
    await expect(client.uploadFile(huge)).rejects.toMatchObject({ reason: "fileTooLarge", operation: "upload" });
    expect(fake.requests).toHaveLength(0);
  });

  it("maps a refused session: consent, quota, no OneDrive", async () => {
    const refused = setup();
    refused.server.answerCreateWith(() => graphError(403, "accessDenied", "Access denied"));
    await expect(refused.client.uploadFile(file(bytes(10)))).rejects.toMatchObject({
      reason: "consentRequired",
      operation: "upload",
    });

    const full = setup();
    full.server.answerCreateWith(() => graphError(507, "quotaLimitReached", "Insufficient Space Available"));
    await expect(full.client.uploadFile(file(bytes(10)))).rejects.toMatchObject({ reason: "quotaExceeded" });

    const none = setup();
    none.server.answerCreateWith(() => graphError(400, "BadRequest", "Tenant does not have a SPO license."));
    await expect(none.client.uploadFile(file(bytes(10)))).rejects.toMatchObject({ reason: "oneDriveUnavailable" });

    const noUrl = setup();
    noUrl.server.answerCreateWith(() => json(200, { uploadUrl: "http://insecure.example/up" }));
    await expect(noUrl.client.uploadFile(file(bytes(10)))).rejects.toMatchObject({ reason: "unexpectedResponse" });
  });

  it("maps a conflict on the last slice", async () => {
    const server = createFakeDriveUpload();
    const { client } = driveSetup((request) =>
      request.method === "PUT"
        ? graphError(409, "nameAlreadyExists", "Another file exists with the same name as the uploaded session.")
        : server.handle(request),
    );
    await expect(client.uploadFile(file(bytes(10)))).rejects.toMatchObject({ reason: "nameConflict", status: 409 });
    // The failed upload's session is released.
    expect(server.deletes).toHaveLength(1);
  });
});

describe("recovery inside a run", () => {
  it("a slice dropped after the server stored half of it resumes from nextExpectedRanges", async () => {
    const { server, client } = setup(createFakeDriveUpload(), { retryPolicy: { limit: 0 } });
    server.fault(2, "halfThenDrop");
    const content = bytes(SIZE);
    const progress: number[] = [];
    await client.uploadFile(file(content), { onProgress: (p) => progress.push(p.bytesSent) });
    expect(server.statusQueries).toHaveLength(1);
    expect(server.statusQueries[0]?.headers.get("authorization")).toBeNull();
    const ranges = server.slices.map((request) => request.headers.get("content-range"));
    const half = KIB_320 + KIB_320 / 2;
    expect(ranges[2]).toBe(`bytes ${half}-${half + KIB_320 - 1}/${SIZE}`);
    expect(progress).toContain(half);
    expect(Buffer.from(server.received()).equals(Buffer.from(content))).toBe(true);
  });

  it("a retried slice the server already has (416) asks the session where to go on", async () => {
    const { server, client } = setup();
    server.fault(2, "commitThenDrop");
    const content = bytes(SIZE);
    await client.uploadFile(file(content));
    // The client's own retry of slice 2 met 416; the status said slice 3 was next.
    expect(server.statusQueries).toHaveLength(1);
    expect(Buffer.from(server.received()).equals(Buffer.from(content))).toBe(true);
  });

  it("a 500 on a slice is recovered through the session's status", async () => {
    const { server, client } = setup();
    server.fault(1, "status500");
    const content = bytes(SIZE);
    await client.uploadFile(file(content));
    expect(Buffer.from(server.received()).equals(Buffer.from(content))).toBe(true);
  });

  it("a 503 on a slice is retried with backoff", async () => {
    const server = createFakeDriveUpload();
    let failed = false;
    const { fake, client } = driveSetup((request) => {
      if (request.method === "PUT" && !failed) {
        failed = true;
        return graphError(503, "serviceNotAvailable", "", { "Retry-After": "0" });
      }
      return server.handle(request);
    });
    await client.uploadFile(file(bytes(SIZE)));
    expect(puts(fake.requests)).toHaveLength(5);
    expect(server.statusQueries).toHaveLength(0);
  });

  it("a lost answer to the last slice finds the file by its path", async () => {
    const server = createFakeDriveUpload();
    const { fake, client } = driveSetup((request) => {
      if (request.method === "GET" && request.url.startsWith(`${GRAPH}/me/drive/root:/Attachments/report.bin`)) {
        return json(
          200,
          driveItem({ id: "01FOUND", name: "report.bin", size: SIZE, lastModifiedDateTime: new Date().toISOString() }),
        );
      }
      return server.handle(request);
    });
    server.fault(4, "commitThenDrop");
    const entry = await client.uploadFile(file(bytes(SIZE)));
    expect(entry.id).toBe("01FOUND");
    // The retried last slice met a closed session (404).
    expect(puts(fake.requests).at(-1)?.headers.get("content-range")).toBe(`bytes ${3 * KIB_320}-${SIZE - 1}/${SIZE}`);
  });

  it("an expired session is a clear error", async () => {
    const { server, client } = setup();
    server.fault(2, "expire");
    await expect(client.uploadFile(file(bytes(SIZE)))).rejects.toMatchObject({
      name: "DriveRequestError",
      reason: "uploadSessionExpired",
      status: 404,
    });
  });

  it("a last slice whose outcome cannot be checked is said so", async () => {
    const server = createFakeDriveUpload();
    const { client } = driveSetup(
      (request) => {
        if (request.method === "GET" && request.url.includes("/me/drive/root:/")) return DROP;
        return server.handle(request);
      },
      { retryPolicy: { limit: 0 } },
    );
    server.fault(1, "commitThenDrop");
    await expect(client.uploadFile(file(bytes(1000)))).rejects.toMatchObject({ reason: "uploadOutcomeUnknown" });
  });

  it("gives up after repeated failures and releases the session", async () => {
    const server = createFakeDriveUpload();
    const { client } = driveSetup((request) => (request.method === "PUT" ? DROP : server.handle(request)), {
      retryPolicy: { limit: 0 },
    });
    await expect(client.uploadFile(file(bytes(SIZE)))).rejects.toMatchObject({ reason: "network" });
    expect(server.statusQueries).toHaveLength(3);
    expect(server.deletes).toHaveLength(1);
  });

  it("a session that keeps asking for the same byte stops the upload", async () => {
    const server = createFakeDriveUpload();
    const { client } = driveSetup((request) =>
      request.method === "PUT" ? json(202, { nextExpectedRanges: ["0-"] }) : server.handle(request),
    );
    await expect(client.uploadFile(file(bytes(SIZE)))).rejects.toMatchObject({ reason: "unexpectedResponse" });
  });

  it("a session that asks for a byte past the end is refused", async () => {
    const server = createFakeDriveUpload();
    const { client } = driveSetup((request) =>
      request.method === "PUT" ? json(202, { nextExpectedRanges: [`${SIZE + 5}-`] }) : server.handle(request),
    );
    await expect(client.uploadFile(file(bytes(SIZE)))).rejects.toMatchObject({ reason: "unexpectedResponse" });
  });

  it("a status without ranges is refused", async () => {
    const server = createFakeDriveUpload();
    const { client } = driveSetup(
      (request) => {
        if (request.method === "GET" && request.url.startsWith(UPLOAD_URL))
          return json(200, { nextExpectedRanges: [] });
        return server.handle(request);
      },
      { retryPolicy: { limit: 0 } },
    );
    server.fault(1, "drop");
    await expect(client.uploadFile(file(bytes(SIZE)))).rejects.toMatchObject({ reason: "unexpectedResponse" });
  });
});

describe("cancel", () => {
  it("aborting the signal stops the upload and deletes the session", async () => {
    const { server, client } = setup();
    const controller = new AbortController();
    const upload = client.uploadFile(file(bytes(SIZE)), {
      signal: controller.signal,
      onProgress: ({ bytesSent }) => {
        if (bytesSent === KIB_320) controller.abort();
      },
    });
    await expect(upload).rejects.toMatchObject({ reason: "cancelled" });
    expect(server.deletes).toHaveLength(1);
    expect(server.deletes[0]?.headers.get("authorization")).toBeNull();
    expect(server.isOpen()).toBe(false);
    expect(server.slices.length).toBeLessThan(4);
  });

  it("an already aborted signal sends nothing", async () => {
    const { fake, client } = setup();
    const upload = client.startUpload(file(bytes(10)), { signal: AbortSignal.abort() });
    expect(upload.state).toBe("cancelled");
    await expect(upload.result).rejects.toMatchObject({ reason: "cancelled" });
    await expect(upload.resume()).rejects.toMatchObject({ reason: "cancelled" });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("the resumable handle", () => {
  it("pause keeps the session; resume goes on from where the session stands", async () => {
    const { server, client } = setup();
    const states: DriveUploadState[] = [];
    let paused: Promise<void> | undefined;
    const content = bytes(SIZE);
    const upload: ReturnType<typeof client.startUpload> = client.startUpload(file(content), {
      onStateChange: (state) => states.push(state),
      onProgress: ({ bytesSent }) => {
        if (bytesSent === 2 * KIB_320 && !paused) paused = upload.pause();
      },
    });
    await expect(upload.result).rejects.toMatchObject({ reason: "cancelled" });
    await paused;
    expect(upload.state).toBe("paused");
    expect(server.deletes).toHaveLength(0);
    const sentBefore = server.slices.length;

    const entry = await upload.resume();
    expect(entry.id).toBe("01NEWITEM");
    expect(upload.state).toBe("completed");
    expect(server.creates).toHaveLength(1);
    expect(server.statusQueries).toHaveLength(1);
    expect(server.slices.length - sentBefore).toBeLessThanOrEqual(2);
    expect(Buffer.from(server.received()).equals(Buffer.from(content))).toBe(true);
    expect(states).toEqual(["paused", "uploading", "completed"]);
    expect(await upload.resume()).toBe(entry);
    expect(upload.progress).toEqual({ bytesSent: SIZE, totalBytes: SIZE });
  });

  it("cancel deletes the session; resume afterwards starts a new one from the first byte", async () => {
    const { server, client } = setup();
    const seen: number[] = [];
    let cancelled = false;
    const upload = client.startUpload(file(bytes(SIZE)), {
      onProgress: ({ bytesSent }) => {
        seen.push(bytesSent);
        if (bytesSent === KIB_320 && !cancelled) {
          cancelled = true;
          void upload.cancel();
        }
      },
    });
    await expect(upload.result).rejects.toMatchObject({ reason: "cancelled" });
    await upload.cancel();
    expect(upload.state).toBe("cancelled");
    expect(server.deletes).toHaveLength(1);

    seen.length = 0;
    const resumed = upload.resume();
    await resumed;
    expect(server.creates).toHaveLength(2);
    expect(upload.state).toBe("completed");
    // A new session: from the first byte again.
    expect(seen[0]).toBe(0);
    await upload.cancel();
    expect(upload.state).toBe("completed");
  });

  it("after a failure, resume asks the same session and continues", async () => {
    const server = createFakeDriveUpload();
    let failing = true;
    const { client } = driveSetup(
      (request) => (failing && request.method === "PUT" && server.slices.length >= 1 ? DROP : server.handle(request)),
      { retryPolicy: { limit: 0 } },
    );
    // The first slice goes through, then every slice is dropped.
    const upload = client.startUpload(file(bytes(SIZE)));
    await expect(upload.result).rejects.toMatchObject({ reason: "network" });
    expect(upload.state).toBe("failed");
    expect(upload.error).toMatchObject({ reason: "network" });
    expect(server.deletes).toHaveLength(0);

    failing = false;
    await upload.resume();
    expect(upload.state).toBe("completed");
    expect(upload.error).toBeUndefined();
    expect(server.creates).toHaveLength(1);
  });

  it("resume after the session expired starts a new session", async () => {
    const server = createFakeDriveUpload();
    let down = false;
    const { client } = driveSetup((request) => (down && request.method === "PUT" ? DROP : server.handle(request)), {
      retryPolicy: { limit: 0 },
    });
    server.fault(2, "expire");
    const upload = client.startUpload(file(bytes(SIZE)));
    await expect(upload.result).rejects.toMatchObject({ reason: "uploadSessionExpired" });
    expect(upload.state).toBe("failed");
    down = false;
    await upload.resume();
    expect(server.creates).toHaveLength(2);
    expect(upload.state).toBe("completed");
  });

  it("resume after a failure finds a file whose last answer was lost", async () => {
    const server = createFakeDriveUpload();
    let lookups = 0;
    const { client } = driveSetup(
      (request) => {
        if (request.method === "GET" && request.url.includes("/me/drive/root:/")) {
          lookups += 1;
          return lookups === 1
            ? DROP
            : json(200, driveItem({ id: "01LATE", size: 1000, lastModifiedDateTime: new Date().toISOString() }));
        }
        return server.handle(request);
      },
      { retryPolicy: { limit: 0 } },
    );
    server.fault(1, "commitThenDrop");
    const upload = client.startUpload(file(bytes(1000)));
    await expect(upload.result).rejects.toMatchObject({ reason: "uploadOutcomeUnknown" });
    expect(upload.state).toBe("failed");
    // The session was cleared with the failure: resume starts again, unless the file turns up first.
    const entry = await upload.resume();
    expect(entry.id).toBe("01NEWITEM");
  });

  it("pause while paused and cancel while paused", async () => {
    const { server, client } = setup();
    const upload = client.startUpload(file(bytes(SIZE)), {
      onProgress: ({ bytesSent }) => {
        if (bytesSent === KIB_320) void upload.pause();
      },
    });
    await upload.result.catch(() => undefined);
    await upload.pause();
    expect(upload.state).toBe("paused");
    await upload.cancel();
    expect(upload.state).toBe("cancelled");
    expect(server.deletes).toHaveLength(1);
  });

  it("resume right after pause waits for the pause, then continues", async () => {
    const { server, client } = setup();
    let once = false;
    const upload = client.startUpload(file(bytes(SIZE)), {
      onProgress: ({ bytesSent }) => {
        if (bytesSent === KIB_320 && !once) {
          once = true;
          void upload.pause();
          void upload.resume();
        }
      },
    });
    await upload.result.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(upload.state).toBe("completed");
    expect(server.creates).toHaveLength(1);
  });
});
