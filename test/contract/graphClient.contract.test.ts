/**
 * The Graph client against the Graph emulator (dev/graph), through msw: the same handlers the demo and the
 * benchmarks use. These check the two sides agree on paths, bodies, headers, errors and fault recovery.
 */
import { setupServer } from "msw/node";
import { createGraphEmulator, SEED_EVENT_IDS } from "../../dev/graph";
import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER, makeDemoToken } from "../../dev/shared/demoIdentity";
import { createGraphClient, type GraphClientOptions } from "../../src/graph";
import type { EventRef } from "../../src/shared/eventRef";
import type { GraphTokenRequest } from "../../src/shared/graphToken";

const emulator = createGraphEmulator();
const server = setupServer(...emulator.handlers);

const SCOPES = ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"];
const token = (n: number) => makeDemoToken(DEMO_ORGANIZER, SCOPES, new Date(Date.now() + 3_600_000 + n * 60_000));

const SEED_EVENT: EventRef = { mailbox: { kind: "me" }, eventId: SEED_EVENT_IDS.fileAndItemExample };
const LINK_EVENT: EventRef = { mailbox: { kind: "me" }, eventId: SEED_EVENT_IDS.referenceExample };

function client(options: Partial<GraphClientOptions> = {}) {
  const tokenRequests: GraphTokenRequest[] = [];
  const graph = createGraphClient({
    getToken: (request) => {
      tokenRequests.push(request);
      return Promise.resolve(token(tokenRequests.length));
    },
    random: () => 0,
    retry: { baseDelayMs: 5, floorMs: 5, maxRetryAfterMs: 50 },
    chunkBytes: 1_048_576,
    ...options,
  });
  return { graph, tokenRequests };
}

function bytes(size: number): Uint8Array {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i += 997) data[i] = i % 251;
  return data;
}

const file = (content: Uint8Array | string, name: string, type = "") =>
  Object.assign(new Blob([content as BlobPart], { type }), { name });

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => emulator.reset());
afterAll(() => server.close());

describe("seed examples against the emulator", () => {
  it("file attachment: created, listed with the documented fields, deleted", async () => {
    const { graph } = client();
    const created = await graph.attachFile(SEED_EVENT, file("mac and cheese today", "menu.txt", "text/plain"));
    expect(created).toMatchObject({ kind: "file", name: "menu.txt", contentType: "text/plain", isInline: false });
    expect(created.size).toBeGreaterThanOrEqual(20);
    const listed = await graph.listAttachments(SEED_EVENT);
    expect(listed.map((attachment) => attachment.id)).toContain(created.id);
    await graph.deleteAttachment(SEED_EVENT, created.id);
    expect((await graph.listAttachments(SEED_EVENT)).map((attachment) => attachment.id)).not.toContain(created.id);
  });

  it("item attachment: the seed event", async () => {
    const { graph } = client();
    const created = await graph.attachEvent(SEED_EVENT, {
      name: "Holiday event",
      subject: "Discuss gifts for children",
      body: { contentType: "HTML", content: "Let's look for funding!" },
      start: { dateTime: "2016-12-02T18:00:00", timeZone: "Pacific Standard Time" },
      end: { dateTime: "2016-12-02T19:00:00", timeZone: "Pacific Standard Time" },
    });
    expect(created).toMatchObject({ kind: "item", name: "Holiday event", contentType: null, isInline: false });
  });

  it("reference attachment on beta: the seed link", async () => {
    const { graph } = client();
    const created = await graph.attachLink(LINK_EVENT, {
      name: "Personal pictures",
      sourceUrl: "https://contoso.com/personal/mario_contoso_net/Documents/Pics",
      providerType: "oneDriveConsumer",
      permission: "Edit",
      isFolder: true,
    });
    expect(created).toMatchObject({
      kind: "reference",
      sourceUrl: "https://contoso.com/personal/mario_contoso_net/Documents/Pics",
      providerType: "oneDriveConsumer",
      permission: "edit",
      isFolder: true,
    });
  });

  it("an unknown event is notFound", async () => {
    const { graph } = client();
    await expect(
      graph.listAttachments({ mailbox: { kind: "me" }, eventId: "AAMkAGI1AAAunknownAAA=" }),
    ).rejects.toMatchObject({
      reason: "notFound",
      status: 404,
    });
  });
});

describe("recovery against emulator faults", () => {
  it("a lost POST answer leaves exactly one attachment", async () => {
    emulator.faults.inject({
      match: { method: "POST", path: /\/attachments$/ },
      times: 1,
      fault: { kind: "lostResponse" },
    });
    const { graph } = client();
    const before = emulator.store.attachments(SEED_EVENT.eventId).length;
    const created = await graph.attachFile(SEED_EVENT, file("only once", "once.txt"));
    const after = emulator.store.attachments(SEED_EVENT.eventId);
    expect(after).toHaveLength(before + 1);
    expect(after.map((attachment) => attachment.id)).toContain(created.id);
  });

  it("a dropped POST is sent again and creates one attachment", async () => {
    emulator.faults.inject({ match: { method: "POST", path: /\/attachments$/ }, times: 1, fault: { kind: "drop" } });
    const { graph } = client();
    const before = emulator.store.attachments(SEED_EVENT.eventId).length;
    await graph.attachFile(SEED_EVENT, file("dropped first", "dropped.txt"));
    expect(emulator.store.attachments(SEED_EVENT.eventId)).toHaveLength(before + 1);
  });

  it("waits out a 429 with Retry-After and succeeds", async () => {
    emulator.faults.inject({
      match: { method: "GET" },
      times: 2,
      fault: { kind: "status", status: 429, code: "ApplicationThrottled", retryAfter: "0.01" },
    });
    const { graph } = client();
    await expect(graph.listAttachments(SEED_EVENT)).resolves.toEqual(expect.any(Array));
  });

  it("refreshes an expired token once", async () => {
    const { graph, tokenRequests } = client();
    emulator.faults.expireToken(token(1));
    await expect(graph.listAttachments(SEED_EVENT)).resolves.toEqual(expect.any(Array));
    expect(tokenRequests.map((request) => request.forceRefresh)).toEqual([false, true]);
  });

  it("never trips the emulator's mailbox concurrency limit", async () => {
    const { graph } = client();
    await Promise.all(Array.from({ length: 10 }, () => graph.listAttachments(SEED_EVENT)));
    expect(emulator.faults.stats().concurrencyThrottled).toBe(0);
  });
});

describe("upload sessions against the emulator", () => {
  const SIZE = 3_400_000;

  it("uploads a large file in slices, surviving a dropped chunk", async () => {
    emulator.faults.inject({ match: { method: "PUT" }, times: 1, fault: { kind: "drop" } });
    const { graph } = client();
    const progress: number[] = [];
    const created = await graph.attachFile(SEED_EVENT, file(bytes(SIZE), "large.bin", "application/octet-stream"), {
      onProgress: ({ bytesSent }) => progress.push(bytesSent),
    });
    expect(created).toMatchObject({ name: "large.bin", kind: "file" });
    expect(progress.at(-1)).toBe(SIZE);
    const stored = emulator.store.getAttachment(SEED_EVENT.eventId, created.id);
    expect(stored).toBeDefined();
  });

  it("a lost answer to the last chunk still yields one attachment", async () => {
    emulator.faults.inject({ match: { method: "PUT" }, times: 1, fault: { kind: "delay", ms: 0 } });
    emulator.faults.inject({ match: { method: "PUT" }, times: 1, fault: { kind: "delay", ms: 0 } });
    emulator.faults.inject({ match: { method: "PUT" }, times: 1, fault: { kind: "delay", ms: 0 } });
    emulator.faults.inject({ match: { method: "PUT" }, times: 1, fault: { kind: "lostResponse" } });
    const { graph } = client();
    const before = emulator.store.attachments(SEED_EVENT.eventId).length;
    const created = await graph.attachFile(SEED_EVENT, file(bytes(SIZE), "last-lost.bin"));
    const after = emulator.store.attachments(SEED_EVENT.eventId);
    expect(after).toHaveLength(before + 1);
    expect(after.map((attachment) => attachment.id)).toContain(created.id);
  });

  it("a lost answer to a middle chunk resumes from the session's status, with every byte intact", async () => {
    emulator.faults.inject({ match: { method: "PUT" }, times: 1, fault: { kind: "lostResponse" } });
    const { graph } = client();
    const content = bytes(SIZE);
    const created = await graph.attachFile(SEED_EVENT, file(content, "middle-lost.bin"));
    const stored = emulator.store.getAttachment(SEED_EVENT.eventId, created.id);
    if (stored?.kind !== "file") throw new Error("expected a stored file");
    expect(Buffer.from(stored.bytes).equals(Buffer.from(content))).toBe(true);
  });

  it("cancelling deletes the session", async () => {
    const controller = new AbortController();
    const { graph } = client();
    let chunks = 0;
    const upload = graph.attachFile(SEED_EVENT, file(bytes(SIZE), "cancelled.bin"), {
      signal: controller.signal,
      onProgress: ({ bytesSent }) => {
        if (bytesSent > 0 && ++chunks === 1) controller.abort();
      },
    });
    await expect(upload).rejects.toMatchObject({ reason: "cancelled" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(emulator.uploadSessions.all()).toHaveLength(0);
    expect(
      emulator.store.attachments(SEED_EVENT.eventId).some((attachment) => attachment.name === "cancelled.bin"),
    ).toBe(false);
  });

  describe("an upload host that never answers", () => {
    const UPLOAD_PATH = "AttachmentSessions";
    const sessionFiles = () =>
      emulator.store.attachments(SEED_EVENT.eventId).filter((attachment) => attachment.name === "blocked.bin");

    it("gives up after five attempts at the first chunk, tries to cancel the session, and attaches nothing", async () => {
      // Every request to the upload URL dropped: the PUTs, then the DELETE that cancels the session.
      emulator.faults.inject({ match: { path: UPLOAD_PATH }, fault: { kind: "drop" } });
      const { graph } = client();
      const failure: unknown = await graph
        .attachFile(SEED_EVENT, file(bytes(SIZE), "blocked.bin"))
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({
        reason: "uploadHostUnreachable",
        uploadHost: "https://outlook.office.com",
        attempts: 5,
        sessionCancelled: false,
      });
      expect(emulator.faults.stats().drop).toBe(6);
      expect(sessionFiles()).toEqual([]);
      // The session the DELETE could not reach holds no byte, and expires by itself.
      const [session] = emulator.uploadSessions.all();
      expect(session).toMatchObject({ name: "blocked.bin", received: 0 });
      // What a support person gets: Graph's request id for the session, the host, never the URL's authtoken.
      const text = failure instanceof Error ? `${failure.message}\n${JSON.stringify(failure)}` : "";
      expect((failure as { requestId?: string }).requestId).toMatch(/\w/);
      expect(text).not.toContain(session?.authToken ?? "no session");
    });

    it("cancels the session when only the chunks fail", async () => {
      emulator.faults.inject({ match: { method: "PUT", path: UPLOAD_PATH }, fault: { kind: "drop" } });
      const { graph } = client();
      await expect(graph.attachFile(SEED_EVENT, file(bytes(SIZE), "blocked.bin"))).rejects.toMatchObject({
        reason: "uploadHostUnreachable",
        sessionCancelled: true,
      });
      expect(emulator.uploadSessions.all()).toEqual([]);
      expect(sessionFiles()).toEqual([]);
    });

    it("still uploads when the first chunk gets through on the fifth attempt", async () => {
      emulator.faults.inject({ match: { method: "PUT", path: UPLOAD_PATH }, times: 4, fault: { kind: "drop" } });
      const { graph } = client();
      const created = await graph.attachFile(SEED_EVENT, file(bytes(SIZE), "blocked.bin"));
      expect(sessionFiles().map((attachment) => attachment.id)).toEqual([created.id]);
    });

    it("resumes after drops in the middle of an upload, with every byte intact", async () => {
      const { graph } = client();
      const content = bytes(SIZE);
      let chunks = 0;
      const created = await graph.attachFile(SEED_EVENT, file(content, "blocked.bin"), {
        onProgress: ({ bytesSent }) => {
          // Once the first chunk is in, the connection drops three times.
          if (bytesSent > 0 && ++chunks === 1) {
            emulator.faults.inject({ match: { method: "PUT", path: UPLOAD_PATH }, times: 3, fault: { kind: "drop" } });
          }
        },
      });
      expect(emulator.faults.stats().drop).toBe(3);
      const stored = emulator.store.getAttachment(SEED_EVENT.eventId, created.id);
      if (stored?.kind !== "file") throw new Error("expected a stored file");
      expect(Buffer.from(stored.bytes).equals(Buffer.from(content))).toBe(true);
    });
  });

  it("says plainly that sessions fail in another person's calendar", async () => {
    const { graph } = client();
    const shared: EventRef = {
      mailbox: { kind: "user", idOrUpn: DEMO_CALENDAR_OWNER.upn },
      eventId: SEED_EVENT_IDS.sharedCalendar,
    };
    await expect(graph.attachFile(shared, file(bytes(SIZE), "shared.bin"))).rejects.toMatchObject({
      reason: "uploadSessionSharedMailbox",
    });
  });
});
