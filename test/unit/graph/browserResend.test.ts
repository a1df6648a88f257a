import { createGraphEmulator, SEED_EVENT_IDS } from "../../../dev/graph";
import { DEMO_ORGANIZER, makeDemoToken } from "../../../dev/shared/demoIdentity";
import { createGraphClient, type EventRef, type GraphClient } from "../../../src/graph";
import { findResentTwins, type RecentCreate } from "../../../src/graph/core/resentTwins";
import type { AttachmentInfo } from "../../../src/graph/core/attachmentInfo";

const EVENT: EventRef = { mailbox: { kind: "me" }, eventId: SEED_EVENT_IDS.fileAndItemExample };
const isAttachmentPost = (request: Request): boolean =>
  request.method === "POST" && /\/attachments$/.test(new URL(request.url).pathname);

/**
 * The real emulator behind a fetch that behaves as Chromium does when a reused keep-alive connection closes before
 * any answer: it sends the same request again by itself, and the caller sees only the second answer. `resends`
 * says which attachment POSTs (1-based) get that treatment; the first copy is stored, as when the server had
 * committed it.
 */
function setup(resends: ReadonlySet<number>) {
  let skipMs = 0;
  const emulator = createGraphEmulator({ now: () => new Date(Date.now() + skipMs) });
  let posts = 0;
  let arrived = 0;
  const fetchLikeChromium: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (isAttachmentPost(request)) {
      posts += 1;
      arrived += 1;
      if (resends.has(posts)) {
        await emulator.handle(request.clone());
        arrived += 1;
      }
    }
    const response = await emulator.handle(request);
    if (response.type === "error") throw new TypeError("fetch failed");
    return response;
  };
  const token = makeDemoToken(DEMO_ORGANIZER, ["Calendars.ReadWrite"], new Date(Date.now() + 3_600_000));
  const client: GraphClient = createGraphClient({
    getToken: () => Promise.resolve(token),
    fetch: fetchLikeChromium,
    retry: { baseDelayMs: 1, floorMs: 1 },
  });
  const named = (name: string): number =>
    emulator.store.attachments(EVENT.eventId).filter((attachment) => attachment.name === name).length;
  /** The server's clock moves on (the client's too, as far as the server can tell). */
  const skip = (ms: number): void => {
    skipMs += ms;
  };
  return { emulator, client, named, arrived: () => arrived, skip };
}

const file = (name: string, text = "Minutes of the kickoff\n"): Blob & { name: string } =>
  Object.assign(new Blob([text], { type: "text/plain" }), { name });

describe("a browser's own resend of an attachment POST", () => {
  it("leaves two copies until the event's list is read, then one: the unclaimed twin is removed", async () => {
    const { client, named, arrived } = setup(new Set([1]));
    const created = await client.attachFile(EVENT, file("minutes.txt"));
    expect(arrived()).toBe(2);
    expect(named("minutes.txt")).toBe(2);

    const listed = await client.listAttachments(EVENT);
    expect(listed.filter((attachment) => attachment.name === "minutes.txt").map((a) => a.id)).toEqual([created.id]);
    expect(named("minutes.txt")).toBe(1);
    // Checked once: a later list removes nothing more.
    await client.listAttachments(EVENT);
    expect(named("minutes.txt")).toBe(1);
  });

  it("covers events and links too", async () => {
    const { client, named } = setup(new Set([1, 2]));
    await client.attachEvent(EVENT, {
      name: "Kickoff agenda",
      subject: "Kickoff agenda",
      start: { dateTime: "2025-03-04T10:00:00", timeZone: "UTC" },
      end: { dateTime: "2025-03-04T11:00:00", timeZone: "UTC" },
    });
    await client.attachLink(EVENT, {
      name: "Plan.docx",
      sourceUrl: "https://contoso.sharepoint.com/sites/Team/Plan.docx",
      providerType: "oneDriveBusiness",
    });
    expect([named("Kickoff agenda"), named("Plan.docx")]).toEqual([2, 2]);
    await client.listAttachments(EVENT);
    expect([named("Kickoff agenda"), named("Plan.docx")]).toEqual([1, 1]);
  });

  it("keeps copies the organizer made on purpose: two picks of the same file are both claimed", async () => {
    const { client, named } = setup(new Set());
    const [first, second] = await Promise.all([
      client.attachFile(EVENT, file("notes.txt")),
      client.attachFile(EVENT, file("notes.txt")),
    ]);
    expect(first.id).not.toBe(second.id);
    await client.listAttachments(EVENT);
    expect(named("notes.txt")).toBe(2);
  });

  it("leaves an attachment of the same name stored before the request alone", async () => {
    const { client, named, emulator, skip } = setup(new Set());
    const other = createGraphClient({
      getToken: () =>
        Promise.resolve(makeDemoToken(DEMO_ORGANIZER, ["Calendars.ReadWrite"], new Date(Date.now() + 3_600_000))),
      fetch: async (input, init) => emulator.handle(new Request(input, init)),
    });
    await other.attachFile(EVENT, file("report.txt"));
    // Two seconds before ours: outside what a resend of our request could have stored, at whole-second precision.
    skip(2000);
    await client.attachFile(EVENT, file("report.txt"));
    await client.listAttachments(EVENT);
    expect(named("report.txt")).toBe(2);
  });
});

describe("findResentTwins", () => {
  const at = (iso: string, id: string, overrides: Partial<AttachmentInfo> = {}): AttachmentInfo => ({
    id,
    kind: "file",
    name: "a.txt",
    contentType: "text/plain",
    size: 181,
    isInline: false,
    lastModifiedDateTime: iso,
    ...overrides,
  });
  const recent: RecentCreate = {
    eventKey: "e",
    created: at("2025-03-03T09:30:05Z", "OURS"),
    durationMs: 400,
    settledAt: 0,
  };

  it("finds only an unclaimed copy of the same name, kind and size, stored within the request's time", () => {
    const list = [
      recent.created,
      at("2025-03-03T09:30:05Z", "TWIN"),
      at("2025-03-03T09:30:04Z", "TWIN-PREVIOUS-SECOND"),
      at("2025-03-03T09:30:03Z", "TOO-EARLY"),
      at("2025-03-03T09:30:06Z", "LATER"),
      at("2025-03-03T09:30:05Z", "OTHER-SIZE", { size: 182 }),
      at("2025-03-03T09:30:05Z", "OTHER-KIND", { kind: "reference" }),
      at("2025-03-03T09:30:05Z", "OTHER-NAME", { name: "b.txt" }),
      at("2025-03-03T09:30:05Z", "CLAIMED"),
    ];
    expect(findResentTwins(list, recent, new Set(["CLAIMED"])).map((twin) => twin.id)).toEqual([
      "TWIN",
      "TWIN-PREVIOUS-SECOND",
    ]);
  });

  it("finds nothing when the server gave no time for ours", () => {
    const undated = { ...recent, created: { ...recent.created, lastModifiedDateTime: null } };
    expect(findResentTwins([at("2025-03-03T09:30:05Z", "TWIN")], undated, new Set())).toEqual([]);
  });
});
