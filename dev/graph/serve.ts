/**
 * Runs the Graph emulator alone: `npx tsx dev/graph/serve.ts --port 4000 [--host 127.0.0.1]`.
 * Graph answers under http://{host}:{port}/v1.0 and /beta, upload URLs under /outlook, control under /_emulator.
 */
import { parseArgs } from "node:util";
import { startEmulatorServer } from "./app";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "4000" }, host: { type: "string", default: "127.0.0.1" } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${values.port}`);
  const server = await startEmulatorServer(port, values.host);
  console.log(`Graph emulator on ${server.url}`);
  console.log(`  Graph:   ${server.url}/v1.0/me/events/{id}/attachments (and /beta)`);
  console.log(`  Uploads: ${server.url}/outlook/api/…`);
  console.log(`  Control: ${server.url}/_emulator/state, /_emulator/reset, /_emulator/faults, /_emulator/events`);
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
