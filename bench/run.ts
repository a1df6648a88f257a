/**
 * Runs every benchmark, prints one table and writes bench/RESULTS.md; each figure is a ratio against a baseline
 * measured in the same run. Needs the demo build for the page-load benchmark (npx webpack --mode production
 * --env demo); builds dist/ itself for the bundle figures.
 * Run: npm run bench   (or npx tsx bench/run.ts)
 */
import { runBase64Benchmark } from "./base64";
import { runBundleBenchmark } from "./bundle";
import { runClientOverheadBenchmark } from "./clientOverhead";
import { runPageLoadBenchmark } from "./pageLoad";
import { writeResults, RESULTS_FILE } from "./results";
import { printTable, type BenchRow } from "./stats";
import { runUploadBenchmark } from "./uploadSession";

const BENCHMARKS: Array<[string, () => Promise<BenchRow[]>]> = [
  ["bundle size", () => runBundleBenchmark()],
  ["page load", runPageLoadBenchmark],
  ["client overhead", runClientOverheadBenchmark],
  ["base64", runBase64Benchmark],
  ["upload session", runUploadBenchmark],
];

async function main(): Promise<void> {
  const startedAt = new Date();
  const start = performance.now();
  const rows: BenchRow[] = [];
  for (const [name, run] of BENCHMARKS) {
    const began = performance.now();
    rows.push(...(await run()));
    console.log(`${name}: ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  printTable(rows);
  writeResults(rows, { startedAt, wallMs: performance.now() - start });
  console.log(`Written to ${RESULTS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
