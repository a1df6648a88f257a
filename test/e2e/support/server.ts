import path from "node:path";
import { startDevServer, type RunningDevServer } from "../../../dev/server/devServer";

/** Serves the demo build (`webpack --env demo`) with a fresh Graph emulator on free loopback ports. */
export function startTestServer(): Promise<RunningDevServer> {
  return startDevServer({
    staticDir: path.resolve(process.env.DEMO_BUILD_DIR ?? ".demo-build"),
    addinPort: 0,
    demoPort: 0,
  });
}
