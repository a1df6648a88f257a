/**
 * `npm start`: builds the taskpane, the dialog and the demo page (rebuilding on change), serves them on
 * https://localhost:3000 (for Outlook) and http://localhost:3001 (the demo, with the local Graph emulator), and
 * prints where to go. Options: --no-watch, --http-port N, --https-port N, --no-https, --upload-port N (the emulated
 * Outlook upload host; a free port by default).
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
  watch: boolean;
  httpPort: number;
  httpsPort: number | null;
  uploadPort: number;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { watch: true, httpPort: 3001, httpsPort: 3000, uploadPort: 0 };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === "--no-watch") options.watch = false;
    else if (arg === "--no-https") options.httpsPort = null;
    else if (arg === "--http-port") options.httpPort = Number(argv[++index]);
    else if (arg === "--https-port") options.httpsPort = Number(argv[++index]);
    else if (arg === "--upload-port") options.uploadPort = Number(argv[++index]);
    else throw new Error(`Unknown option ${arg}`);
  }
  return options;
}

function build(watch: boolean, outDir: string): Promise<void> {
  const compiler = webpack(createWebpackConfig({ demo: true, outDir }, { mode: "development" }));
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
  console.log("Building the taskpane and the demo…");
  await build(options.watch, outDir);
  const server = await startDevServer({
    staticDir: outDir,
    httpPort: options.httpPort,
    httpsPort: options.httpsPort,
    uploadPort: options.uploadPort,
  });
  console.log("");
  console.log(`  Demo (simulated Outlook + local Graph emulator):  ${server.httpOrigin}/demo.html`);
  if (server.httpsOrigin) {
    console.log(`  Taskpane for Outlook (manifest.xml points here):   ${server.httpsOrigin}/taskpane.html`);
    console.log(`  Certificate: ${server.certificateSource ?? "none"}`);
  }
  console.log(`  Graph emulator:                                    ${server.graphBaseUrl}`);
  console.log(`  Its Outlook upload host (another origin):          ${server.uploadBaseUrl}`);
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
