import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { MICROSOFT_AJAX_URL } from "../../../src/taskpane/csp";

/**
 * The project's MicrosoftAjax stand-in (dev/outlook-web/microsoftAjax), as the demo build bundles it for the
 * simulated Outlook on the web.
 */
export function microsoftAjaxStandInPath(): string {
  const file = path.resolve(process.env.DEMO_BUILD_DIR ?? ".demo-build", "stand-ins/MicrosoftAjax.js");
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the demo first (npx webpack --mode production --env demo).`);
  }
  return file;
}

export interface MicrosoftAjaxRoute {
  /** How many times the route answered. */
  readonly answered: number;
}

/**
 * Answers the Outlook host scripts' request for MicrosoftAjax.js with the stand-in. The script is loaded with
 * `crossorigin="anonymous"`, so the answer carries the CORS header the CDN sends.
 */
export async function answerMicrosoftAjax(context: BrowserContext): Promise<MicrosoftAjaxRoute> {
  const body = await readFile(microsoftAjaxStandInPath());
  const counter = { answered: 0 };
  await context.route(MICROSOFT_AJAX_URL, async (route) => {
    counter.answered += 1;
    await route.fulfill({
      status: 200,
      body,
      contentType: "application/javascript",
      headers: { "access-control-allow-origin": "*" },
    });
  });
  return counter;
}
