/**
 * The fault soak (scripts/soak.ts) at CI size, and proof that its checks catch each defect they are there for.
 */
import { createGraphEmulator, type StoredAttachment } from "../../dev/graph";
import { DEMO_ORGANIZER } from "../../dev/shared/demoIdentity";
import { chooseFileRoute } from "../../src/graph";
import { soakFile, sha256Hex } from "../../scripts/soak/fileBytes";
import { parseSoakArgs } from "../../scripts/soak/options";
import { LARGE_FILE_MIN_BYTES, planSoak, type PlannedAttachment, type SoakEvent } from "../../scripts/soak/plan";
import { formatSoakReport } from "../../scripts/soak/report";
import { runSoak, soakPassed } from "../../scripts/soak/runSoak";
import { checkEvent, type AttachmentOutcome } from "../../scripts/soak/verify";

jest.setTimeout(90_000);

describe("CI-size soak: 60 attachments, files up to 6 MB, random faults over loopback HTTP", () => {
  it("holds every attachment exactly once, with the bytes sent, and reports nothing wrongly", async () => {
    const options = { ...parseSoakArgs(["--count", "60", "--max-mb", "6"]), deadlineMs: 60_000 };
    const report = await runSoak(options);
    // The whole summary on failure: which attachment, what the client said, what the emulator holds.
    if (!soakPassed(report)) throw new Error(formatSoakReport(report).join("\n"));
    expect(report.attempted).toBe(60);
    // The run exercised what it claims to: faults of each kind, resends, the token expiry, upload sessions.
    expect(report.faults.byStatus["429"]).toBeGreaterThan(0);
    expect(report.faults.drop + report.faults.lostResponse).toBeGreaterThan(0);
    expect(report.wire.repeats).toBeGreaterThan(0);
    expect(report.tokenRefreshes).toBeGreaterThanOrEqual(1);
    expect(report.kinds.largeFile).toBeGreaterThan(0);
    expect(report.wallMs).toBeLessThan(60_000);
  });
});

describe("soak plan", () => {
  const plan = (seed: number, count = 300) =>
    planSoak({ count, seed, maxMb: 20, organizerUpn: DEMO_ORGANIZER.upn, ownerUpn: "megan@contoso.example" });

  it("is the same for the same seed and differs for another", () => {
    expect(plan(7)).toEqual(plan(7));
    expect(plan(8).attachments.map((a) => a.kind)).not.toEqual(plan(7).attachments.map((a) => a.kind));
  });

  it("sends large files through upload sessions, never into a shared calendar, and keeps events under 35 MiB", () => {
    const { attachments, events } = plan(3);
    const large = attachments.flatMap((a) => (a.kind === "largeFile" ? [a] : []));
    expect(large.length).toBeGreaterThan(10);
    for (const file of large) {
      expect(file.size).toBeGreaterThanOrEqual(LARGE_FILE_MIN_BYTES);
      expect(file.size).toBeLessThanOrEqual(20_000_000);
      expect(chooseFileRoute(file.name, file.size)).toBe("session");
      expect(file.viaDelegate).toBe(false);
    }
    for (const event of events) {
      const bytes = attachments
        .filter((a) => a.event === event)
        .reduce((sum, a) => sum + (a.kind === "smallFile" || a.kind === "largeFile" ? a.size : 0), 0);
      expect(bytes).toBeLessThanOrEqual(30 * 1024 * 1024);
    }
    expect(new Set(attachments.map((a) => a.name)).size).toBe(attachments.length);
    expect(attachments.every((a) => [...a.name].length <= 255)).toBe(true);
    expect(attachments.some((a) => [...a.name].length === 255)).toBe(true);
  });

  it("generates the same bytes for the same seed and index, and hashes what it generates", async () => {
    const a = soakFile(1, 5, 3_000_001, "a.bin");
    const b = soakFile(1, 5, 3_000_001, "a.bin");
    const c = soakFile(1, 6, 3_000_001, "a.bin");
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).not.toBe(c.sha256);
    expect(a.blob.size).toBe(3_000_001);
    expect(sha256Hex(new Uint8Array(await a.blob.arrayBuffer()))).toBe(a.sha256);
  });

  it("refuses bad arguments", () => {
    expect(() => parseSoakArgs(["--count", "0"])).toThrow("--count");
    expect(() => parseSoakArgs(["--max-mb", "200"])).toThrow("--max-mb");
    expect(() => parseSoakArgs(["--colour", "1"])).toThrow("--colour");
    expect(parseSoakArgs(["--count=12", "--seed", "4"])).toMatchObject({ count: 12, seed: 4 });
  });
});

describe("the soak's check catches each defect", () => {
  const emulator = createGraphEmulator();
  const event: SoakEvent = { id: "AAMkAGSoakCheckAAA=", ownerUpn: DEMO_ORGANIZER.upn };
  const bytes = new TextEncoder().encode("agenda");
  const planned: PlannedAttachment = {
    index: 1,
    name: "soak-00001 agenda.txt",
    taskpane: "organizer",
    event,
    viaDelegate: false,
    kind: "smallFile",
    size: bytes.length,
  };
  const stored = (id: string, name = planned.name, content = bytes): StoredAttachment => ({
    kind: "file",
    id,
    eventId: event.id,
    name,
    contentType: "text/plain",
    size: content.length + 100,
    isInline: false,
    lastModifiedDateTime: "2031-03-03T16:00:00Z",
    bytes: content,
    contentId: null,
  });
  const outcome = (overrides: Partial<AttachmentOutcome> = {}): AttachmentOutcome => ({
    planned,
    calls: 1,
    createdId: "A1",
    falseFailures: 0,
    sha256: sha256Hex(bytes),
    ...overrides,
  });
  const kinds = (result: ReturnType<typeof checkEvent>) => result.problems.map((problem) => problem.kind);

  beforeEach(() => {
    emulator.reset();
    emulator.store.addEvent({
      id: event.id,
      owner: event.ownerUpn,
      subject: "check",
      start: new Date("2031-03-03T16:00:00Z"),
      end: new Date("2031-03-03T17:00:00Z"),
    });
  });

  it("accepts one copy with the reported id and the same bytes", () => {
    emulator.store.addAttachment(stored("A1"));
    expect(checkEvent(emulator.store, event, [outcome()])).toEqual({ created: 1, problems: [] });
  });

  it("duplicate", () => {
    emulator.store.addAttachment(stored("A1"));
    emulator.store.addAttachment(stored("A2"));
    expect(kinds(checkEvent(emulator.store, event, [outcome()]))).toEqual(["duplicate"]);
  });

  it("lost: reported attached, not there", () => {
    expect(kinds(checkEvent(emulator.store, event, [outcome()]))).toEqual(["lost"]);
  });

  it("misreport: reported failed, but there; or there under another id", () => {
    emulator.store.addAttachment(stored("A9"));
    const failed = outcome({ failure: "network" });
    delete failed.createdId;
    expect(kinds(checkEvent(emulator.store, event, [failed]))).toEqual(["misreport"]);
    expect(kinds(checkEvent(emulator.store, event, [outcome()]))).toEqual(["misreport"]);
  });

  it("corrupt bytes, and a stray attachment nobody sent", () => {
    emulator.store.addAttachment(stored("A1", planned.name, new TextEncoder().encode("agendb")));
    emulator.store.addAttachment(stored("A3", "someone else's.txt"));
    expect(kinds(checkEvent(emulator.store, event, [outcome()]))).toEqual(["corrupt", "stray"]);
  });

  it("a clean failure is a give-up, and too many of them fail the soak", async () => {
    const failed = outcome({ calls: 3, failure: "throttled" });
    delete failed.createdId;
    expect(kinds(checkEvent(emulator.store, event, [failed]))).toEqual(["gaveUp"]);
    const report = await runSoak({ count: 3, seed: 1, maxMb: 4, perTaskpane: 1, deadlineMs: 30_000 });
    expect(soakPassed(report)).toBe(true);
    expect(soakPassed({ ...report, gaveUp: 1, created: report.created - 1 })).toBe(false);
    expect(soakPassed({ ...report, leftListeners: 1 })).toBe(false);
  });
});
