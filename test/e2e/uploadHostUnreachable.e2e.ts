import { SAVED_MEETING_REST_ID } from "../../dev/office";
import { openDemo, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";
import { requestLocal } from "./support/localHttps";

const session = useDemoSession();

afterEach(() => {
  session.server.emulator.faults.clear();
});

const FOUR_MB = Buffer.alloc(4 * 1024 * 1024, 0x2a);
const TYPED_LINK = "https://contoso.sharepoint.com/sites/Finance/Shared%20Documents/budget-2026.pdf";

/** Through the emulator's HTTP control API, as a developer would with curl. */
async function injectFault(rule: object): Promise<void> {
  const response = await requestLocal(`${session.server.graphBaseUrl}/_emulator/faults`, { json: rule });
  expect(response.status).toBe(204);
}

function fileNamed(name: string): string[] {
  return session.server.emulator.store
    .attachments(SAVED_MEETING_REST_ID)
    .filter((attachment) => attachment.name === name)
    .map((attachment) => attachment.id);
}

/** The requests the page sends to the emulated Outlook upload host (another origin than the page's). */
function uploadHostRequests(page: DemoPage): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin === session.server.uploadBaseUrl) seen.push(request.method());
  });
  return seen;
}

test("an upload host that refuses CORS ends with a clear message, a link offered instead, and nothing attached", async () => {
  await injectFault({ match: { path: "AttachmentSessions" }, fault: { kind: "corsRefused" } });
  const page = await openDemo(session, "host=saved");
  const corsErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /blocked by CORS policy/.test(message.text())) corsErrors.push(message.text());
  });
  const before = session.server.emulator.store.attachments(SAVED_MEETING_REST_ID).length;

  // Something typed in the link form first: it must still be there when the pane sends the organizer back to it.
  await page.getByRole("tab", { name: "Cloud link" }).click();
  await page.locator("#panel-link").getByTestId("link-url").fill(TYPED_LINK);
  await page.getByRole("tab", { name: "File" }).click();

  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "budget.pdf", mimeType: "application/pdf", buffer: FOUR_MB });
  const row = page.getByTestId("file-row").filter({ hasText: "budget.pdf" });
  // Five attempts at the first chunk, with backoff between them: up to about 15 s.
  const error = row.getByTestId("file-error");
  await error.waitFor({ timeout: 45_000 });
  const host = new URL(session.server.uploadBaseUrl).host;
  expect(await error.textContent()).toMatch(
    new RegExp(
      `^The file could not be uploaded because Outlook's upload service \\(${host}\\) could not be reached from ` +
        "this network\\. Nothing was attached\\. You can attach a link to the file instead\\. " +
        "\\(Reference for support: [\\w-]+\\)$",
    ),
  );
  expect(await row.getAttribute("data-status")).toBe("failed");
  // It was the browser's CORS check that stopped it: the preflights were refused, no chunk left the page.
  expect(corsErrors.length).toBeGreaterThanOrEqual(5);
  expect(session.server.emulator.uploadSessions.all().map((upload) => upload.received)).toEqual([0]);

  await row.getByRole("button", { name: "Attach a link instead" }).click();
  const linkTab = page.getByRole("tab", { name: "Cloud link" });
  expect(await linkTab.getAttribute("aria-selected")).toBe("true");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-link");
  const linkPanel = page.locator("#panel-link");
  expect(await linkPanel.isVisible()).toBe(true);
  expect(await linkPanel.getByTestId("link-url").inputValue()).toBe(TYPED_LINK);

  // The file's row is as it was, Retry included.
  await page.getByRole("tab", { name: "File" }).click();
  expect(await row.getAttribute("data-status")).toBe("failed");
  expect(await row.getByRole("button", { name: "Retry" }).isVisible()).toBe(true);

  expect(fileNamed("budget.pdf")).toEqual([]);
  expect(session.server.emulator.store.attachments(SAVED_MEETING_REST_ID)).toHaveLength(before);
  await page.close();
});

test("without the fault the same file goes through the upload host on its other origin", async () => {
  const page = await openDemo(session, "host=saved");
  const toUploadHost = uploadHostRequests(page);
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "budget-ok.pdf", mimeType: "application/pdf", buffer: FOUR_MB });
  const row = page.getByTestId("file-row").filter({ hasText: "budget-ok.pdf" });
  await row.getByTestId("file-result").waitFor();
  expect(new URL(session.server.uploadBaseUrl).origin).not.toBe(session.server.demoOrigin);
  expect(new URL(session.server.uploadBaseUrl).origin).not.toBe(session.server.addinOrigin);
  expect(toUploadHost.filter((method) => method === "PUT")).toHaveLength(2);
  expect(fileNamed("budget-ok.pdf")).toHaveLength(1);
  await page.close();
});
