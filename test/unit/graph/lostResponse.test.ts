import { createGraphClient } from "../../../src/graph";
import { findCreatedAttachment, sizeMatches } from "../../../src/graph/core/findCreatedAttachment";
import type { AttachmentInfo } from "../../../src/graph/core/attachmentInfo";
import { ME_EVENT, createFakeFetch, hang, namedBlob, staticToken } from "./support/fakeFetch";
import { createMiniGraph } from "./support/miniGraph";

const NOW = Date.parse("2024-05-01T10:00:00Z");

function setup() {
  const clock = { time: NOW };
  const graph = createMiniGraph(() => clock.time);
  const fake = createFakeFetch((request) => graph.handle(request));
  const client = createGraphClient({
    getToken: staticToken,
    fetch: fake.fetch,
    now: () => clock.time,
    random: () => 0,
    retry: { baseDelayMs: 1, floorMs: 1 },
  });
  return { graph, fake, client, clock };
}

const file = () => namedBlob(["agenda for the offsite"], "agenda.txt");
const event = {
  name: "Holiday event",
  subject: "Discuss gifts",
  start: { dateTime: "2024-05-02T10:00:00", timeZone: "UTC" },
  end: { dateTime: "2024-05-02T11:00:00", timeZone: "UTC" },
};

describe("no duplicates after a lost response", () => {
  it("finds the attachment the lost POST created instead of sending it again", async () => {
    const { graph, fake, client } = setup();
    graph.script("commitThenDrop");
    const result = await client.attachFile(ME_EVENT, file());
    expect(graph.posts).toHaveLength(1);
    expect(graph.attachments).toHaveLength(1);
    expect(result).toMatchObject({ id: graph.attachments[0].id, name: "agenda.txt", kind: "file" });
    expect(fake.requests.map((request) => request.method)).toEqual(["POST", "GET"]);
    expect(fake.requests[1].url).toContain(
      "/attachments?$select=id,name,contentType,size,isInline,lastModifiedDateTime",
    );
  });

  it("sends again when the lost POST created nothing, and ends with exactly one attachment", async () => {
    const { graph, client } = setup();
    graph.script("dropBeforeCommit");
    const result = await client.attachFile(ME_EVENT, file());
    expect(graph.posts).toHaveLength(2);
    expect(graph.attachments).toHaveLength(1);
    expect(result.id).toBe(graph.attachments[0].id);
  });

  it("treats a 504 as possibly done and reconciles it too", async () => {
    const { graph, client } = setup();
    graph.script("commitThen504");
    const result = await client.attachEvent(ME_EVENT, event);
    expect(graph.posts).toHaveLength(1);
    expect(graph.attachments).toHaveLength(1);
    expect(result).toMatchObject({ id: graph.attachments[0].id, kind: "item" });
  });

  it("retries a throttled POST without listing: Graph did nothing", async () => {
    const { graph, fake, client } = setup();
    graph.script("throttle");
    await client.attachLink(ME_EVENT, {
      name: "Deck",
      sourceUrl: "https://contoso.example/deck",
      providerType: "other",
    });
    expect(fake.requests.map((request) => request.method)).toEqual(["POST", "POST"]);
    expect(graph.attachments).toHaveLength(1);
  });

  it("ignores an older attachment of the same name", async () => {
    const { graph, client } = setup();
    graph.seed({
      "@odata.type": "#microsoft.graph.fileAttachment",
      id: "OLD=",
      name: "agenda.txt",
      size: 22 + 158,
      contentType: null,
      isInline: false,
      lastModifiedDateTime: "2024-04-01T09:00:00Z",
    });
    graph.script("dropBeforeCommit");
    const result = await client.attachFile(ME_EVENT, file());
    expect(result.id).not.toBe("OLD=");
    expect(graph.posts).toHaveLength(2);
  });

  it("never returns an attachment another call of this client already received", async () => {
    const { graph, client } = setup();
    const first = await client.attachFile(ME_EVENT, file());
    graph.script("dropBeforeCommit");
    const second = await client.attachFile(ME_EVENT, file());
    expect(second.id).not.toBe(first.id);
    expect(graph.attachments).toHaveLength(2);
  });

  it("does not send again when the list cannot be read: it says the outcome is unknown", async () => {
    const { graph, client } = setup();
    graph.script("commitThenDrop");
    graph.failLists();
    const failure = client.attachFile(ME_EVENT, file());
    await expect(failure).rejects.toMatchObject({ reason: "outcomeUnknown" });
    await expect(failure).rejects.toHaveProperty("cause.reason", "network");
    expect(graph.posts).toHaveLength(1);
  });

  it("reconciles a POST that timed out", async () => {
    jest.useFakeTimers({ now: NOW });
    try {
      const graph = createMiniGraph(() => Date.now());
      let first = true;
      const fake = createFakeFetch((request) => {
        if (request.method === "POST" && first) {
          first = false;
          graph.handle(request); // committed, but the answer never comes
          return hang();
        }
        return graph.handle(request);
      });
      const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch, retry: { timeoutMs: 5_000 } });
      const result = client.attachFile(ME_EVENT, file());
      await jest.advanceTimersByTimeAsync(10_000);
      await expect(result).resolves.toMatchObject({ id: graph.attachments[0].id });
      expect(graph.attachments).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("findCreatedAttachment", () => {
  const base: AttachmentInfo = {
    id: "A=",
    kind: "file",
    name: "a.txt",
    contentType: null,
    size: 200,
    isInline: false,
    lastModifiedDateTime: "2024-05-01T10:00:00Z",
  };
  const options = { startedAt: NOW, clockSkewMs: 0, claimedIds: new Set<string>() };

  it("matches name, kind, size and time, preferring the newest", () => {
    const newer = { ...base, id: "B=", lastModifiedDateTime: "2024-05-01T10:00:05Z" };
    expect(findCreatedAttachment([base, newer], { name: "a.txt", kind: "file", fileBytes: 100 }, options)?.id).toBe(
      "B=",
    );
    expect(findCreatedAttachment([base], { name: "b.txt", kind: "file" }, options)).toBeUndefined();
    expect(findCreatedAttachment([base], { name: "a.txt", kind: "item" }, options)).toBeUndefined();
    expect(findCreatedAttachment([{ ...base, kind: "unknown" }], { name: "a.txt", kind: "item" }, options)?.id).toBe(
      "A=",
    );
    expect(findCreatedAttachment([base], { name: "a.txt", kind: "file", fileBytes: 500 }, options)).toBeUndefined();
    expect(
      findCreatedAttachment([{ ...base, lastModifiedDateTime: null }], { name: "a.txt", kind: "file" }, options),
    ).toBeUndefined();
  });

  it("allows for whole seconds and clock skew", () => {
    const sameSecond = { ...base, lastModifiedDateTime: "2024-05-01T10:00:00Z" };
    const start = NOW + 700; // the first try began 0.7 s into the second Graph stamped
    expect(
      findCreatedAttachment([sameSecond], { name: "a.txt", kind: "file" }, { ...options, startedAt: start }),
    ).toBeDefined();
    const early = { ...base, lastModifiedDateTime: "2024-05-01T09:59:00Z" };
    expect(findCreatedAttachment([early], { name: "a.txt", kind: "file" }, options)).toBeUndefined();
    expect(
      findCreatedAttachment([early], { name: "a.txt", kind: "file" }, { ...options, clockSkewMs: 120_000 }),
    ).toBeDefined();
  });

  it("judges Graph's reported size against the raw bytes", () => {
    expect(sizeMatches(178, 20)).toBe(true);
    expect(sizeMatches(3_640_066, 3_483_322)).toBe(true);
    expect(sizeMatches(19, 20)).toBe(false);
    expect(sizeMatches(5_000_000, 3_483_322)).toBe(false);
    expect(sizeMatches(null, 20)).toBe(true);
  });
});
