import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext } from "playwright-core";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The production build, as `npx webpack --mode production` writes it. */
export const PRODUCTION_BUILD_DIR = path.resolve(process.env.PRODUCTION_BUILD_DIR ?? "dist");

/**
 * Serves a build folder at `baseUrl` (an https URL ending in "/", with or without a path) from inside the browser,
 * the way a static web server would: files by path, 404 for anything else. Answering in the browser lets the pages
 * run on a real https origin, as Outlook requires, without a certificate.
 */
export async function serveBuildAt(
  context: BrowserContext,
  baseUrl: string,
  dir = PRODUCTION_BUILD_DIR,
): Promise<void> {
  if (!baseUrl.endsWith("/")) throw new RangeError(`The base URL must end with "/": ${baseUrl}`);
  const root = path.resolve(dir);
  await context.route(`${baseUrl}**`, async (route) => {
    const relative = decodeURIComponent(
      new URL(route.request().url()).pathname.slice(new URL(baseUrl).pathname.length),
    );
    const file = path.join(root, path.normalize(relative));
    if (relative === "" || !file.startsWith(root + path.sep)) return route.fulfill({ status: 404, body: "" });
    try {
      const body = await readFile(file);
      const contentType = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      await route.fulfill({ status: 200, body, contentType });
    } catch {
      await route.fulfill({ status: 404, body: "" });
    }
  });
}
