import type { RunningDevServer } from "../../dev/server/devServer";
import { MICROSOFT_AJAX_MIRROR_URL, MICROSOFT_AJAX_URL, OFFICE_CDN } from "../../src/taskpane/csp";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { serveOfficeJsLocally } from "./support/localOfficeJs";
import { startTestServer } from "./support/server";

let server: RunningDevServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await serveOfficeJsLocally(browser.context);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

test("with Microsoft's real office.js outside Outlook, the taskpane says to open it from an Outlook meeting", async () => {
  const page = await browser.context.newPage();
  const officeJsRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("appsforoffice.microsoft.com")) officeJsRequests.push(request.url());
  });
  await page.goto(`${server.addinOrigin}/taskpane.html`);
  const heading = page.getByRole("heading", { name: "Open this from an Outlook meeting" });
  await heading.waitFor({ timeout: 20000 });
  expect(await page.getByText(/open a meeting you organize/i).isVisible()).toBe(true);
  expect(officeJsRequests.some((url) => url.endsWith("/office.js"))).toBe(true);
  await page.close();
});

test("the taskpane's Content-Security-Policy lets office.js and the pane run, and nothing is blocked", async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${server.addinOrigin}/taskpane.html`);
  await page.getByRole("heading", { name: "Open this from an Outlook meeting" }).waitFor({ timeout: 20000 });
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const scriptSrc = policy
    ?.split(";")
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === "script-src");
  // Office's CDN, and the MicrosoftAjax.js file the Outlook host scripts load inside Outlook (hostScriptsStart.e2e.ts).
  expect(scriptSrc).toEqual(["script-src", "'self'", OFFICE_CDN, MICROSOFT_AJAX_URL, MICROSOFT_AJAX_MIRROR_URL]);
  expect(policy).not.toContain("unsafe-eval");
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  // The policy is really enforced: an inline script is refused.
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.body.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(inlineRan).toBe(false);
  await page.close();
});

test("a French browser gets the message in French", async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => Object.defineProperty(navigator, "languages", { get: () => ["fr-FR", "fr"] }));
  await page.goto(`${server.addinOrigin}/taskpane.html`);
  await page.getByRole("heading", { name: "Ouvrez ce volet depuis une réunion Outlook" }).waitFor({ timeout: 20000 });
  await page.close();
});
