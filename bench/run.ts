/**
 * Runs every benchmark and prints one table; each figure is a ratio against a baseline measured in the same run.
 * Run: npm run bench   (or npx tsx bench/run.ts)
 */
import { runBase64Benchmark } from "./base64";
import { printTable, type BenchRow } from "./stats";
import { runUploadBenchmark } from "./uploadSession";

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  rows.push(...(await runBase64Benchmark()));
  rows.push(...(await runUploadBenchmark()));
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
