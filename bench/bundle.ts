/**
 * The production taskpane's JavaScript against the budget in bench/bundle-budget.json (the baseline): builds
 * `dist/` with webpack's node API (production mode, as `npm run build`) unless --no-build is given.
 * Run: npx tsx bench/bundle.ts
 */
import path from "node:path";
import webpack from "webpack";
import { measureBundle, readBudget } from "../scripts/check-bundle-budget";
import { printTable, type BenchRow } from "./stats";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => webpack.Configuration;

/** Runs the project's webpack.config.js in production mode into `outDir`, with `env` as `--env` would give it. */
export async function buildProduction(outDir: string, env: Record<string, unknown> = {}): Promise<void> {
  const factory = (await import(path.resolve(__dirname, "../webpack.config.js"))) as
    ConfigFactory | { default: ConfigFactory };
  const configFor = typeof factory === "function" ? factory : factory.default;
  const config = configFor({ ...env, outDir }, { mode: "production" });
  await new Promise<void>((resolve, reject) => {
    webpack({ ...config, mode: "production" }, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
}

export async function runBundleBenchmark(options: { build?: boolean } = {}): Promise<BenchRow[]> {
  const dist = path.resolve(__dirname, "../dist");
  if (options.build !== false) await buildProduction(dist);
  const sizes = measureBundle(dist);
  const budget = readBudget();
  const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
  const row = (variant: string, bytes: number, baseline: number): BenchRow => ({
    benchmark: "taskpane JavaScript and CSS (production)",
    variant,
    figure: kib(bytes),
    ratio: (bytes / baseline).toFixed(2),
  });
  return [
    row("budget: initial gzip (baseline)", budget.initialGzipBytes, budget.initialGzipBytes),
    row(`initial gzip (${sizes.initialFiles.join(", ")})`, sizes.initialGzipBytes, budget.initialGzipBytes),
    row("of which CSS", sizes.initialCssGzipBytes, budget.initialGzipBytes),
    row("initial raw (vs gzip budget)", sizes.initialRawBytes, budget.initialGzipBytes),
    row("budget: one organizer's session gzip (baseline)", budget.sessionGzipBytes, budget.sessionGzipBytes),
    row(
      `one organizer's session gzip (${sizes.sessionFiles.length} files)`,
      sizes.sessionGzipBytes,
      budget.sessionGzipBytes,
    ),
    row("of which CSS", sizes.sessionCssGzipBytes, budget.sessionGzipBytes),
    row("budget: all JavaScript and CSS gzip (baseline)", budget.totalGzipBytes, budget.totalGzipBytes),
    row("all JavaScript and CSS gzip", sizes.totalGzipBytes, budget.totalGzipBytes),
    row("all JavaScript and CSS raw (vs gzip budget)", sizes.totalRawBytes, budget.totalGzipBytes),
  ];
}

if (process.argv[1]?.endsWith("bundle.ts")) {
  runBundleBenchmark({ build: !process.argv.includes("--no-build") }).then(printTable, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
