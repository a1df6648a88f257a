/**
 * A 150 MiB upload session to the Graph emulator's express app over loopback: the client's `attachFile` against a
 * bare loop of `fetch` PUTs with the same slices, measured in the same run (throughput and peak JS heap).
 * Run: npx tsx bench/uploadSession.ts   (add --expose-gc through NODE_OPTIONS for steadier heap figures)
 */
import { startEmulatorServer, SEED_EVENT_IDS } from "../dev/graph";
import { DEMO_ORGANIZER, makeDemoToken } from "../dev/shared/demoIdentity";
import { createGraphClient, DEFAULT_CHUNK_BYTES, MAX_FILE_BYTES } from "../src/graph";
import { median, printTable, type BenchRow } from "./stats";

const ROUNDS = 2;
const EVENT_ID = SEED_EVENT_IDS.fileAndItemExample;

interface Measurement {
  ms: number;
  peakHeapBytes: number;
}

/** Samples the JS heap while `work` runs and reports the peak above the starting point. */
async function measure(work: () => Promise<void>): Promise<Measurement> {
  (globalThis as { gc?: () => void }).gc?.();
  const startHeap = process.memoryUsage().heapUsed;
  let peak = startHeap;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = performance.now();
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, peakHeapBytes: peak - startHeap };
}

/** The baseline: create the session, then PUT each slice with plain fetch until the 201. */
async function rawUpload(graphRoot: string, token: string, file: Blob, name: string): Promise<void> {
  const created = await fetch(`${graphRoot}/v1.0/me/events/${EVENT_ID}/attachments/createUploadSession`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ AttachmentItem: { attachmentType: "file", name, size: file.size } }),
  });
  const { uploadUrl } = (await created.json()) as { uploadUrl: string };
  for (let start = 0; start < file.size; start += DEFAULT_CHUNK_BYTES) {
    const end = Math.min(start + DEFAULT_CHUNK_BYTES, file.size);
    const response = await fetch(uploadUrl, {
      method: "PUT",
      headers: {
        "Content-Range": `bytes ${start}-${end - 1}/${file.size}`,
        "Content-Type": "application/octet-stream",
      },
      body: file.slice(start, end),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`PUT failed with ${response.status}`);
  }
}

export async function runUploadBenchmark(): Promise<BenchRow[]> {
  const server = await startEmulatorServer(0, "127.0.0.1", { mailboxSizeLimitBytes: 4 * MAX_FILE_BYTES });
  try {
    const token = makeDemoToken(DEMO_ORGANIZER, ["Calendars.ReadWrite"], new Date(Date.now() + 3_600_000));
    const bytes = new Uint8Array(MAX_FILE_BYTES);
    for (let offset = 0; offset < bytes.length; offset += 4096) bytes[offset] = offset % 251;
    const file = Object.assign(new Blob([bytes]), { name: "bench-150MiB.bin" });
    const client = createGraphClient({ getToken: () => Promise.resolve(token), baseUrl: server.url });
    const ref = { mailbox: { kind: "me" as const }, eventId: EVENT_ID };

    const raw: Measurement[] = [];
    const ours: Measurement[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      server.emulator.reset();
      raw.push(await measure(() => rawUpload(server.url, token, file, file.name)));
      server.emulator.reset();
      ours.push(await measure(async () => void (await client.attachFile(ref, file))));
    }
    server.emulator.reset();

    const mib = MAX_FILE_BYTES / (1024 * 1024);
    const rawMs = median(raw.map((m) => m.ms));
    const rawHeap = median(raw.map((m) => m.peakHeapBytes));
    const row = (variant: string, values: Measurement[]): BenchRow[] => {
      const ms = median(values.map((m) => m.ms));
      const heap = median(values.map((m) => m.peakHeapBytes));
      return [
        {
          benchmark: "upload session 150 MiB (loopback)",
          variant: `${variant}: throughput`,
          figure: `${(mib / (ms / 1000)).toFixed(1)} MiB/s (${ms.toFixed(0)} ms, median of ${ROUNDS})`,
          ratio: (rawMs / ms).toFixed(2),
        },
        {
          benchmark: "upload session 150 MiB (loopback)",
          variant: `${variant}: peak JS heap`,
          figure: `${(heap / (1024 * 1024)).toFixed(1)} MiB above start`,
          ratio: rawHeap > 0 ? (heap / rawHeap).toFixed(2) : "n/a",
        },
      ];
    };
    return [...row("raw PUT loop (baseline)", raw), ...row("ours (attachFile)", ours)];
  } finally {
    await server.close();
  }
}

if (process.argv[1]?.endsWith("uploadSession.ts")) {
  runUploadBenchmark().then(printTable, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
