/**
 * The production pages, loaded the way each Outlook loads them, start office.js and its Outlook host script under
 * their Content-Security-Policy: the host script's MicrosoftAjax.js request is made and allowed, and office.js
 * reaches the point where it waits for its host (see support/outlookHostProbes.ts) with no CSP violation, no
 * failed request and no error; the taskpane also starts its locale-data worker there and ends it. Run after
 * `npx webpack --mode production` (it reads dist/) and the demo build (`--env demo`, for the MicrosoftAjax
 * stand-in).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { MICROSOFT_AJAX_MIRROR_URL, MICROSOFT_AJAX_URL } from "../../src/taskpane/csp";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { serveOfficeJsLocally } from "./support/localOfficeJs";
import { answerMicrosoftAjax, type MicrosoftAjaxRoute } from "./support/microsoftAjax";
import {
  outlookMacProbe,
  outlookWebProbe,
  outlookWindowsProbe,
  type OutlookHostProbe,
} from "./support/outlookHostProbes";
import { recordPageProblems, type PageProblems } from "./support/pageProblems";
import { PRODUCTION_BUILD_DIR, serveBuildAt } from "./support/servedBuild";

const ADDIN_BASE_URL = "https://addin.contoso.example/";
const WAIT_MS = 20000;

let browser: TestBrowser;
let microsoftAjax: MicrosoftAjaxRoute;

beforeAll(async () => {
  browser = await launchBrowser();
  // Anything not answered on purpose gets a 404, so it shows as a failed request rather than a hang.
  await browser.context.route("**/*", (route) => route.fulfill({ status: 404, body: "" }));
  await serveBuildAt(browser.context, ADDIN_BASE_URL);
  await serveOfficeJsLocally(browser.context);
  microsoftAjax = await answerMicrosoftAjax(browser.context);
});

afterAll(async () => {
  await browser.close();
});

/** Polls what the page reported until `done` holds or WAIT_MS have passed. */
async function waitUntil(done: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!done() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openAndWait(
  probe: OutlookHostProbe,
  pagePath: string,
  options: { dialog: boolean; beforeOpen?: (page: Page) => Promise<void> },
): Promise<{ page: Page; problems: PageProblems; requested: string[] }> {
  const page = await browser.context.newPage();
  const problems = await recordPageProblems(page);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await options.beforeOpen?.(page);
  await probe.open(page, `${ADDIN_BASE_URL}${pagePath}`, { dialog: options.dialog });
  // Until the host is asked, or something went wrong (there is no point waiting longer then).
  await waitUntil(() => probe.asked() || problems.any());
  return { page, problems, requested };
}

function listed(problems: PageProblems): Record<string, string[]> {
  const { cspViolations, pageErrors, consoleErrors, failedRequests } = problems;
  return { cspViolations, pageErrors, consoleErrors, failedRequests };
}

const NO_PROBLEMS = { cspViolations: [], pageErrors: [], consoleErrors: [], failedRequests: [] };

test.each(["taskpane.html", "dialog.html"])("%s states its policy before any script", (pagePath) => {
  // A policy in a <meta> covers only what the page loads after it.
  const html = readFileSync(path.join(PRODUCTION_BUILD_DIR, pagePath), "utf8");
  const policyAt = html.search(/<meta http-equiv="?Content-Security-Policy/);
  expect(policyAt).toBeGreaterThan(0);
  expect(policyAt).toBeLessThan(html.indexOf("<script"));
});

describe.each([
  ["taskpane.html", false],
  ["dialog.html", true],
])("%s", (pagePath, dialog) => {
  test.each([
    ["Outlook on the web", () => outlookWebProbe()],
    ["Outlook on Windows", () => outlookWindowsProbe()],
    ["Outlook on Mac", () => outlookMacProbe()],
  ])("in %s, office.js loads MicrosoftAjax.js and waits for its host", async (_name, makeProbe) => {
    const probe = makeProbe();
    const answeredBefore = microsoftAjax.answered;
    const { page, problems, requested } = await openAndWait(probe, pagePath, { dialog });
    expect(listed(problems)).toEqual(NO_PROBLEMS);
    expect(requested.filter((url) => url.includes("MicrosoftAjax"))).toEqual([MICROSOFT_AJAX_URL]);
    expect(microsoftAjax.answered - answeredBefore).toBe(1);
    expect(probe.asked()).toBe(true);
    await page.close();
  });
});

test("taskpane.html builds the locale data on a worker while office.js starts, under its policy, and ends it", async () => {
  const workers: { url: string; closed: Promise<void> }[] = [];
  const { page, problems } = await openAndWait(outlookWebProbe(), "taskpane.html", {
    dialog: false,
    beforeOpen: (opening) => {
      opening.on("worker", (worker) =>
        workers.push({ url: worker.url(), closed: new Promise((resolve) => worker.on("close", () => resolve())) }),
      );
      return Promise.resolve();
    },
  });
  await waitUntil(() => workers.length > 0);
  expect(workers.map((worker) => worker.url)).toEqual([
    expect.stringMatching(new RegExp(`^${ADDIN_BASE_URL}warm-locale-data\\.[0-9a-f]{8}\\.js$`)),
  ]);
  // It reports once the data is built and is ended then, while the pane still waits for its host.
  await workers[0]?.closed;
  expect(listed(problems)).toEqual(NO_PROBLEMS);
  await page.close();
});

describe("when the MicrosoftAjax CDN redirects", () => {
  // Playwright does not route the request a fulfilled redirect leads to, and this machine has no network, so the
  // redirected script never arrives. What is checked is the policy's decision, which comes before any request.
  const redirectTo = (target: string) => async (page: Page) => {
    await page.route(MICROSOFT_AJAX_URL, (route) =>
      route.fulfill({ status: 302, headers: { location: target, "access-control-allow-origin": "*" } }),
    );
  };

  test("to the same file on the CDN's mirror, the policy lets the browser fetch it", async () => {
    const { page, problems } = await openAndWait(outlookWebProbe(), "taskpane.html", {
      dialog: false,
      beforeOpen: redirectTo(MICROSOFT_AJAX_MIRROR_URL),
    });
    expect(problems.cspViolations).toEqual([]);
    // It got as far as the network, which has no name server here.
    expect(problems.failedRequests).toEqual([`net::ERR_NAME_NOT_RESOLVED ${MICROSOFT_AJAX_MIRROR_URL}`]);
    await page.close();
  });

  test("to any other host, the policy refuses it and Office cannot start", async () => {
    const elsewhere = "https://cdn.contoso.example/ajax/3.5/MicrosoftAjax.js";
    const { page, problems } = await openAndWait(outlookWebProbe(), "taskpane.html", {
      dialog: false,
      beforeOpen: redirectTo(elsewhere),
    });
    // Chromium reports the URL before the redirect, so as not to reveal where it led; its console names the target.
    expect(problems.cspViolations).toEqual([`script-src-elem ${MICROSOFT_AJAX_URL}`]);
    expect(problems.consoleErrors).toEqual([expect.stringContaining(`Loading the script '${elsewhere}' violates`)]);
    await waitUntil(() => problems.pageErrors.length > 0);
    expect(problems.pageErrors).toEqual(["Not able to load MicrosoftAjax.js."]);
    await page.close();
  });
});
