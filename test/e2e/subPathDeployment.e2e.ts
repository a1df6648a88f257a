/**
 * The production build served under a path, as an organization may host it: every page, bundle, lazy chunk, icon
 * and manifest URL is found there, and nothing is asked of the origin's root. Run after
 * `npx webpack --mode production` (it reads dist/).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page, Response } from "playwright-core";
import { renderManifest } from "../../scripts/manifest/render";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { serveOfficeJsLocally } from "./support/localOfficeJs";
import { recordPageProblems, type PageProblems } from "./support/pageProblems";
import { serveBuildAt } from "./support/servedBuild";

const BASE_URL = "https://contoso.example/tools/meeting-attachments/";

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
  // The origin's root and everything else answer 404: a URL built from "/" shows up as a failed request.
  await browser.context.route("**/*", (route) => route.fulfill({ status: 404, body: "" }));
  await serveBuildAt(browser.context, BASE_URL);
  await serveOfficeJsLocally(browser.context);
});

afterAll(async () => {
  await browser.close();
});

async function openPage(
  pagePath: string,
  options: { languages?: string[] } = {},
): Promise<{ page: Page; problems: PageProblems; responses: Response[] }> {
  const page = await browser.context.newPage();
  const problems = await recordPageProblems(page);
  const responses: Response[] = [];
  page.on("response", (response) => responses.push(response));
  if (options.languages) {
    await page.addInitScript(
      (languages) => Object.defineProperty(navigator, "languages", { get: () => languages }),
      options.languages,
    );
  }
  await page.goto(`${BASE_URL}${pagePath}`);
  return { page, problems, responses };
}

/** Every response the page got, as "status URL", for an assertion that shows which one failed. */
function statuses(responses: Response[]): string[] {
  return responses.map((response) => `${response.status()} ${response.url()}`);
}

/** What the page asked of the add-in's own site, by path below the base. */
function ownPaths(responses: Response[]): string[] {
  return responses
    .map((response) => response.url())
    .filter((url) => url.startsWith(BASE_URL))
    .map((url) => url.slice(BASE_URL.length));
}

test("the task pane loads from the path, office.js starts, and it says to open it from a meeting", async () => {
  const { page, problems, responses } = await openPage("taskpane.html");
  await page.getByRole("heading", { name: "Open this from an Outlook meeting" }).waitFor({ timeout: 20000 });
  expect(problems.failedRequests).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(statuses(responses).filter((line) => !line.startsWith("200 "))).toEqual([]);
  const own = ownPaths(responses);
  expect(own).toContain("taskpane.html");
  // Chromium fetches the icon when it gets round to it; where it points is what matters (its file is checked below).
  const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href);
  expect(icon).toBe(`${BASE_URL}assets/icon-32.png`);
  expect(own.some((file) => /^taskpane\.[0-9a-f]{8}\.js$/.test(file))).toBe(true);
  await page.close();
});

test("a lazy chunk (the French messages) loads from the path too", async () => {
  const { page, problems, responses } = await openPage("taskpane.html", { languages: ["fr-FR", "fr"] });
  await page.getByRole("heading", { name: "Ouvrez ce volet depuis une réunion Outlook" }).waitFor({ timeout: 20000 });
  expect(problems.failedRequests).toEqual([]);
  expect(statuses(responses).filter((line) => !line.startsWith("200 "))).toEqual([]);
  expect(ownPaths(responses).some((file) => /^i18n-fr\.[0-9a-f]{8}\.js$/.test(file))).toBe(true);
  await page.close();
});

test("the sign-in dialog page loads from the path and office.js starts", async () => {
  const { page, problems, responses } = await openPage("dialog.html");
  const ready = await page.evaluate(async () => {
    const info = await (window as unknown as { Office: typeof Office }).Office.onReady();
    return { host: info.host };
  });
  expect(ready).toEqual({ host: null });
  expect(problems.failedRequests).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(statuses(responses).filter((line) => !line.startsWith("200 "))).toEqual([]);
  const own = ownPaths(responses);
  expect(own).toContain("dialog.html");
  expect(own.some((file) => /^dialog\.[0-9a-f]{8}\.js$/.test(file))).toBe(true);
  await page.close();
});

test("every URL of the manifest rendered for the path is served", async () => {
  const manifest = renderManifest(readFileSync(path.resolve("manifest.xml"), "utf8"), BASE_URL);
  // What Outlook fetches: URLs in elements and attributes, not the base URL a comment mentions.
  const markup = manifest.replace(/<!--[\s\S]*?-->/g, "");
  const urls = [...new Set(markup.match(/https:\/\/contoso\.example\/[^"<\s]*/g) ?? [])];
  expect(urls.length).toBeGreaterThanOrEqual(7);
  const { page } = await openPage("taskpane.html");
  const answers = await page.evaluate(
    (list) => Promise.all(list.map(async (url) => `${(await fetch(url)).status} ${url}`)),
    urls,
  );
  expect(answers).toEqual(urls.map((url) => `200 ${url}`));
  await page.close();
});
