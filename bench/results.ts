/** Writes bench/RESULTS.md from one run's rows: the figures are whatever this machine measured just now. */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchRow } from "./stats";

export const RESULTS_FILE = path.resolve(__dirname, "RESULTS.md");

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export function resultsMarkdown(rows: readonly BenchRow[], context: { startedAt: Date; wallMs: number }): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (bench/run.ts); do not edit by hand. Each ratio is against the baseline row of the",
    "same benchmark, measured in the same run on the same machine, so ratios compare better across machines than",
    "the absolute figures. Throughput ratios are baseline time ÷ our time (above 1 is faster); every other ratio is",
    "ours ÷ baseline (above 1 is bigger or slower).",
    "",
    `Run: ${context.startedAt.toISOString()}, ${(context.wallMs / 1000).toFixed(0)} s; Node ${process.version}; ` +
      `${os.cpus().length} × ${cpu}; ${os.platform()} ${os.release()}.`,
    "",
    "| benchmark | variant | figure | ratio |",
    "| --- | --- | --- | --- |",
    ...rows.map((row) => `| ${[row.benchmark, row.variant, row.figure, row.ratio].map(escapeCell).join(" | ")} |`),
    "",
  ];
  return lines.join("\n");
}

export function writeResults(rows: readonly BenchRow[], context: { startedAt: Date; wallMs: number }): void {
  writeFileSync(RESULTS_FILE, resultsMarkdown(rows, context));
}
