import type { RunningDevServer } from "../../dev/server/devServer";
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
  await page.goto(`${server.httpOrigin}/taskpane.html`);
  const heading = page.getByRole("heading", { name: "Open this from an Outlook meeting" });
  await heading.waitFor({ timeout: 20000 });
  expect(await page.getByText(/open a meeting you organize/i).isVisible()).toBe(true);
  expect(officeJsRequests.some((url) => url.endsWith("/office.js"))).toBe(true);
  await page.close();
});

test("a French browser gets the message in French", async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => Object.defineProperty(navigator, "languages", { get: () => ["fr-FR", "fr"] }));
  await page.goto(`${server.httpOrigin}/taskpane.html`);
  await page.getByRole("heading", { name: "Ouvrez ce volet depuis une réunion Outlook" }).waitFor({ timeout: 20000 });
  await page.close();
});
