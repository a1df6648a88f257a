import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { OUTLOOK_WEB_HOST } from "../../../dev/server/outlookWebHost";

export { asOutlookWebOrigin } from "../../../dev/server/outlookWebHost";

/**
 * Flags that keep Chromium quiet on a machine with no outside network (shared with the benchmarks); the first
 * resolves the Office host name Outlook's page is opened under to this machine (dev/server/outlookWebHost.ts).
 */
export const CHROMIUM_FLAGS = [
  `--host-resolver-rules=MAP ${OUTLOOK_WEB_HOST} 127.0.0.1`,
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CHROMIUM_PATH, or Debian's Chromium. */
export function chromiumExecutable(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium (CHROMIUM_PATH or Debian's /usr/bin/chromium) with a fresh profile. */
export async function launchBrowser(options: { colorScheme?: "light" | "dark" } = {}): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "ma-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 360, height: 800 },
    // The dev server's certificate is self-signed on Linux; the pages still run as https, as in Outlook.
    ignoreHTTPSErrors: true,
    colorScheme: options.colorScheme ?? "light",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
