/**
 * Base64 of a 3 MB file in headless Chromium: the client's encoder (as the taskpane would pick it, and forced onto
 * its FileReader fallback) against the engine's native `Uint8Array.prototype.toBase64`, measured in the same page.
 * Run: npx tsx bench/base64.ts
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import ts from "typescript";
import { printTable, type BenchRow } from "./stats";
import { CHROMIUM_FLAGS, chromiumExecutable } from "../test/e2e/support/browser";

const FILE_BYTES = 3 * 1024 * 1024;
const RUNS = 15;

/** The encoder module, transpiled for the page and exposed on `window` (no bundler needed). */
function encoderScript(): string {
  const source = readFileSync(join(__dirname, "../src/graph/utils/base64.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2020, target: ts.ScriptTarget.ES2022 },
  });
  return `${outputText}\nwindow.__graphBase64 = { selectBase64Encoder, detectBase64Environment };`;
}

/** Runs in the page: times each encoder on the same random 3 MiB Blob and checks they agree. */
const PAGE_CODE = `async (size, runs) => {
  const api = window.__graphBase64;
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65536) crypto.getRandomValues(bytes.subarray(offset, offset + 65536));
  const blob = new Blob([bytes]);
  const nativeAvailable = api.detectBase64Environment().hasToBase64;
  const native = async (input) => new Uint8Array(await input.arrayBuffer()).toBase64();
  const ours = api.selectBase64Encoder();
  const oursFileReader = api.selectBase64Encoder({ hasToBase64: false, FileReader });
  const time = async (encode) => {
    await encode(blob); // warm-up, not timed
    const samples = [];
    let last = "";
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      last = await encode(blob);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return { ms: samples[Math.floor(samples.length / 2)], text: last };
  };
  const baseline = nativeAvailable ? await time(native) : { ms: NaN, text: "" };
  const auto = await time(ours);
  const reader = await time(oursFileReader);
  return {
    nativeAvailable,
    native: baseline.ms,
    ours: auto.ms,
    oursFileReader: reader.ms,
    identical: (!nativeAvailable || baseline.text === auto.text) && auto.text === reader.text,
  };
}`;

interface PageTimings {
  nativeAvailable: boolean;
  native: number;
  ours: number;
  oursFileReader: number;
  identical: boolean;
}

export async function runBase64Benchmark(): Promise<BenchRow[]> {
  const profile = mkdtempSync(join(tmpdir(), "bench-chromium-"));
  // A fresh profile directory per run (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.setContent("<!doctype html><title>base64 bench</title>");
    await page.addScriptTag({ content: encoderScript(), type: "module" });
    await page.waitForFunction(() => "__graphBase64" in window);
    // Passed as text: tsx's transform would otherwise add helpers the page does not have.
    const timings = await page.evaluate<PageTimings>(`(${PAGE_CODE})(${FILE_BYTES}, ${RUNS})`);
    if (!timings.identical) throw new Error("The encoders disagree on the output.");
    const baseline = timings.nativeAvailable ? timings.native : timings.ours;
    const row = (variant: string, ms: number): BenchRow => ({
      benchmark: "base64 3 MiB (Chromium)",
      variant,
      figure: `${ms.toFixed(2)} ms (median of ${RUNS})`,
      ratio: (ms / baseline).toFixed(2),
    });
    return [
      ...(timings.nativeAvailable ? [row("native toBase64 (baseline)", timings.native)] : []),
      row("ours (auto-selected)", timings.ours),
      row("ours (FileReader fallback)", timings.oursFileReader),
    ];
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("base64.ts")) {
  runBase64Benchmark().then(printTable, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
