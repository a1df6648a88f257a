/**
 * What the client adds to one small attachment: `attachFile` of 1 KiB through createGraphClient against a bare
 * `fetch` of the same POST (same JSON body, same token) to the Graph emulator over loopback, interleaved, median
 * of 200 each. Run: npx tsx bench/clientOverhead.ts
 */
import { startEmulatorServer, SEED_EVENT_IDS } from "../dev/graph";
import { DEMO_ORGANIZER, makeDemoToken } from "../dev/shared/demoIdentity";
import { attachmentsUrl, buildFileAttachment, createGraphClient, graphRoot } from "../src/graph";
import { median, printTable, type BenchRow } from "./stats";

const RUNS = 200;
const WARM_UP = 20;
const FILE_BYTES = 1024;

export async function runClientOverheadBenchmark(): Promise<BenchRow[]> {
  const server = await startEmulatorServer(0, "127.0.0.1");
  try {
    const token = makeDemoToken(DEMO_ORGANIZER, ["Calendars.ReadWrite"], new Date(Date.now() + 3_600_000));
    const client = createGraphClient({ getToken: () => Promise.resolve(token), baseUrl: server.url });
    const ref = { mailbox: { kind: "me" as const }, eventId: SEED_EVENT_IDS.fileAndItemExample };
    const bytes = new Uint8Array(FILE_BYTES).map((_, i) => i % 251);
    const url = attachmentsUrl(graphRoot("global", server.url), "v1.0", ref);
    const rawBody = (name: string): string =>
      JSON.stringify(buildFileAttachment(name, Buffer.from(bytes).toString("base64")));

    const raw = async (i: number): Promise<void> => {
      const response = await fetch(url, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: rawBody(`raw-${i}.bin`),
      });
      await response.json();
      if (response.status !== 201) throw new Error(`Raw POST answered ${response.status}`);
    };
    const ours = async (i: number): Promise<void> => {
      await client.attachFile(ref, Object.assign(new Blob([bytes]), { name: `ours-${i}.bin` }));
    };
    const time = async (work: () => Promise<void>): Promise<number> => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };

    for (let i = 0; i < WARM_UP; i += 1) {
      await raw(-i - 1);
      await ours(-i - 1);
    }
    server.emulator.reset();
    const rawMs: number[] = [];
    const oursMs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      // Alternating, so drift in the machine's load touches both alike.
      rawMs.push(await time(() => raw(i)));
      oursMs.push(await time(() => ours(i)));
      // Each event holds at most 35 MiB; keep the list short so later POSTs do not pay for earlier ones.
      if (i % 50 === 49) server.emulator.reset();
    }
    const baseline = median(rawMs);
    const row = (variant: string, values: number[]): BenchRow => ({
      benchmark: "1 KiB attachment POST (loopback)",
      variant,
      figure: `${median(values).toFixed(2)} ms (median of ${RUNS})`,
      ratio: (median(values) / baseline).toFixed(2),
    });
    return [row("raw fetch POST (baseline)", rawMs), row("ours (attachFile)", oursMs)];
  } finally {
    await server.close();
  }
}

if (process.argv[1]?.endsWith("clientOverhead.ts")) {
  runClientOverheadBenchmark().then(printTable, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
