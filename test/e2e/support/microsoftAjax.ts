import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { MICROSOFT_AJAX_URL } from "../../../src/taskpane/csp";

/** The project's MicrosoftAjax stand-in, shared with the simulated Outlook on the web. */
const PROJECT_STAND_IN = path.resolve("dev/outlook-web/microsoftAjax.js");
/** Used only while the project's stand-in does not exist yet; see the file's header. */
const FIXTURE_STAND_IN = path.resolve("test/e2e/fixtures/microsoftAjaxMinimal.js");

export function microsoftAjaxStandInPath(): string {
  return existsSync(PROJECT_STAND_IN) ? PROJECT_STAND_IN : FIXTURE_STAND_IN;
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
