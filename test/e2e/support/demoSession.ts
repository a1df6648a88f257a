import type { RunningDevServer } from "../../../dev/server/devServer";
import { launchBrowser, type TestBrowser } from "./browser";
import { startTestServer } from "./server";

export interface DemoSession {
  readonly server: RunningDevServer;
  readonly browser: TestBrowser;
}

/**
 * A fresh demo server (with its own Graph emulator) and a fresh Chromium for one test file: started before its
 * tests, stopped after them.
 */
export function useDemoSession(): DemoSession {
  let server: RunningDevServer | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("The demo server starts in beforeAll");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("The browser starts in beforeAll");
      return browser;
    },
  };
}
