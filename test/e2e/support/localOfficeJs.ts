import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext } from "playwright-core";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.resolve("node_modules/@microsoft/office-js/dist");

/**
 * Answers requests for Microsoft's office.js CDN with the copy shipped in @microsoft/office-js, so the real
 * office.js (and the host scripts it loads next to itself) runs without the internet.
 */
export async function serveOfficeJsLocally(context: BrowserContext): Promise<void> {
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    const relative = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
    const file = path.join(OFFICE_DIST, path.normalize(relative));
    if (!file.startsWith(OFFICE_DIST)) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      await route.fulfill({ status: 200, body, contentType: "application/javascript" });
    } catch {
      await route.fulfill({ status: 404, body: "" });
    }
  });
}
