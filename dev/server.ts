/**
 * `npm start`: builds the taskpane, the dialog and the demo pages as production builds (minified, with source maps:
 * what Outlook would load, at its real speed), serves the add-in on https://localhost:3000 (for Outlook, and framed
 * by the demo) and the simulated Outlook on the web with the local Graph emulator on https://localhost:3001, and
 * prints where to go. `npm run dev` (--dev) builds in development mode instead and rebuilds on every change.
 * Options: --dev, --no-watch (with --dev), --addin-port N, --demo-port N, --upload-port N (the emulated Outlook
 * upload host; a free port by default).
 */
import path from "node:path";
import webpack from "webpack";
import { startDevServer } from "./server/devServer";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const createWebpackConfig = require("../webpack.config.js") as (
  env: Record<string, string | boolean>,
  argv: { mode: "development" | "production" },
) => webpack.Configuration;

interface CliOptions {
  /** Development mode: unminified, rebuilt on change (unless --no-watch). */
  dev: boolean;
  watch: boolean;
  addinPort: number;
  demoPort: number;
  uploadPort: number;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { dev: false, watch: true, addinPort: 3000, demoPort: 3001, uploadPort: 0 };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === "--dev") options.dev = true;
    else if (arg === "--no-watch") options.watch = false;
    else if (arg === "--addin-port") options.addinPort = Number(argv[++index]);
    else if (arg === "--demo-port") options.demoPort = Number(argv[++index]);
    else if (arg === "--upload-port") options.uploadPort = Number(argv[++index]);
    else throw new Error(`Unknown option ${arg}`);
  }
  return options;
}

function build(mode: "development" | "production", watch: boolean, outDir: string): Promise<void> {
  const compiler = webpack({ ...createWebpackConfig({ demo: true, outDir }, { mode }), mode });
  return new Promise((resolve, reject) => {
    let first = true;
    const report = (error: Error | null | undefined, stats: webpack.Stats | undefined): void => {
      if (error) {
        if (first) reject(error);
        else console.error(error.message);
        return;
      }
      if (stats?.hasErrors()) console.error(stats.toString("errors-only"));
      else if (!first) console.log(`Rebuilt in ${(stats?.endTime ?? 0) - (stats?.startTime ?? 0)} ms`);
      if (first) {
        first = false;
        resolve();
      }
    };
    if (watch) compiler.watch({ aggregateTimeout: 300 }, report);
    else compiler.run(report);
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const outDir = path.resolve(".demo-build");
  const mode = options.dev ? "development" : "production";
  console.log(
    options.dev
      ? "Building the taskpane and the demo in development mode (rebuilt on every change)…"
      : "Building the taskpane and the demo for production, with source maps (about a minute; npm run dev rebuilds on change)…",
  );
  await build(mode, options.dev && options.watch, outDir);
  const server = await startDevServer({
    staticDir: outDir,
    addinPort: options.addinPort,
    demoPort: options.demoPort,
    uploadPort: options.uploadPort,
  });
  console.log("");
  console.log(`  Demo (simulated Outlook on the web + local Graph):  ${server.demoOrigin}/demo.html`);
  console.log(`  Taskpane for Outlook (manifest.xml points here):    ${server.addinOrigin}/taskpane.html`);
  console.log(`  Graph emulator:                                     ${server.graphBaseUrl}`);
  console.log(`  Its Outlook upload host (another origin):           ${server.uploadBaseUrl}`);
  console.log(`  Certificate: ${server.certificateSource}`);
  if (server.certificateSource === "self-signed") {
    console.log("  (self-signed: the browser asks once to accept it for localhost)");
  }
  console.log("");
  console.log("Press Ctrl+C to stop.");
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
