import AxeBuilder from "@axe-core/playwright";
import { ADDIN_FRAME, openDemo as openDemoIn, type DemoPage } from "./support/demoPage";
import { toSecondsIso, newAttachmentId } from "../../dev/graph/formats";
import { fileAttachmentSize, itemAttachmentSize, referenceAttachmentSize } from "../../dev/graph/attachmentSize";
import { formatFileSize } from "../../src/i18n/formatFileSize";
import { DELEGATE_MEETING_REST_ID, SAVED_MEETING_REST_ID } from "../../dev/office";
import { useDemoSession } from "./support/demoSession";
import { hostRequests } from "./support/simulatedHost";

const session = useDemoSession();

beforeEach(() => {
  const store = session.server.emulator.store;
  for (const eventId of [SAVED_MEETING_REST_ID, DELEGATE_MEETING_REST_ID]) {
    for (const attachment of store.attachments(eventId)) store.removeAttachment(eventId, attachment.id);
  }
});

const MINUTE = 60_000;

/** Puts attachments straight into the emulator, as if added earlier from another device. */
function seedFile(eventId: string, name: string, bytes: number, minutesAgo = 10): string {
  const id = newAttachmentId(eventId);
  session.server.emulator.store.addAttachment({
    kind: "file",
    id,
    eventId,
    name,
    contentType: "application/pdf",
    size: fileAttachmentSize(bytes),
    isInline: false,
    lastModifiedDateTime: toSecondsIso(new Date(Date.now() - minutesAgo * MINUTE)),
    bytes: new Uint8Array(bytes),
    contentId: null,
  });
  return id;
}

function seedEvent(eventId: string, name: string): void {
  const item = { "@odata.type": "#microsoft.graph.event", subject: name };
  session.server.emulator.store.addAttachment({
    kind: "item",
    id: newAttachmentId(eventId),
    eventId,
    name,
    contentType: null,
    size: itemAttachmentSize(item),
    isInline: false,
    lastModifiedDateTime: toSecondsIso(new Date(Date.now() - 2 * MINUTE)),
    item,
  });
}

function seedLink(eventId: string, name: string): void {
  const sourceUrl = "https://contoso-my.sharepoint.com/personal/megan/Documents/Plan.docx";
  session.server.emulator.store.addAttachment({
    kind: "reference",
    id: newAttachmentId(eventId),
    eventId,
    name,
    contentType: null,
    size: referenceAttachmentSize(name, sourceUrl),
    isInline: false,
    lastModifiedDateTime: toSecondsIso(new Date(Date.now() - 3 * MINUTE)),
    sourceUrl,
    providerType: "oneDriveBusiness",
    permission: "view",
    isFolder: false,
  });
}

function openDemo(query: string): Promise<DemoPage> {
  return openDemoIn(session, query);
}

const storedNames = (eventId: string): string[] =>
  session.server.emulator.store.attachments(eventId).map((attachment) => attachment.name);

test("the list shows what the emulator holds, each kind labelled, and fits a narrow pane", async () => {
  const longName = `${"خطة-الميزانية-الربع-الثالث-".repeat(9)}📎`.slice(0, 250) + ".pdf";
  seedFile(SAVED_MEETING_REST_ID, "budget.pdf", 300_000);
  seedEvent(SAVED_MEETING_REST_ID, "Design review");
  seedLink(SAVED_MEETING_REST_ID, "Project plan");
  seedFile(SAVED_MEETING_REST_ID, longName, 2_000);
  const page = await openDemo("host=saved");

  const list = page.getByTestId("attachment-list");
  await list.getByTestId("attachment-count").filter({ hasText: "4 attachments" }).waitFor();
  const rows = list.getByTestId("attachment-row");
  expect(await rows.getByTestId("attachment-name").allTextContents()).toEqual([
    "budget.pdf",
    "Design review",
    "Project plan",
    longName,
  ]);
  const budget = rows.filter({ hasText: "budget.pdf" });
  expect(await budget.getByRole("img", { name: "File" }).count()).toBe(1);
  // Graph's size (more than the file's bytes), formatted for the locale.
  expect(await budget.getByTestId("attachment-size").textContent()).toBe(
    formatFileSize(fileAttachmentSize(300_000), "en"),
  );
  expect(await budget.getByTestId("attachment-added").textContent()).toBe("10 minutes ago");
  expect(await rows.filter({ hasText: "Design review" }).getByRole("img", { name: "Outlook item" }).count()).toBe(1);
  const link = rows.filter({ hasText: "Project plan" });
  expect(await link.getByRole("img", { name: "Cloud link" }).count()).toBe(1);
  // Graph v1.0 lists (what the client asks for) carry no provider, so the link is called a cloud link.
  expect(await link.getByTestId("attachment-size").textContent()).toBe("Cloud link");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const audit = await new AxeBuilder({ page: page.outlook })
    .include([ADDIN_FRAME, '[data-testid="attachment-list"]'])
    .analyze();
  expect(audit.violations.map((violation) => violation.id)).toEqual([]);
  await page.close();
});

test("Remove asks first; confirming deletes the attachment from the server", async () => {
  seedFile(SAVED_MEETING_REST_ID, "agenda.pdf", 1_000);
  seedFile(SAVED_MEETING_REST_ID, "minutes.pdf", 1_000);
  const page = await openDemo("host=saved");
  const list = page.getByTestId("attachment-list");

  await list.getByRole("button", { name: "Remove agenda.pdf" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Remove agenda.pdf?" });
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await dialog.waitFor({ state: "detached" });
  expect(storedNames(SAVED_MEETING_REST_ID)).toEqual(["agenda.pdf", "minutes.pdf"]);

  await list.getByRole("button", { name: "Remove agenda.pdf" }).click();
  await dialog.getByRole("button", { name: "Remove", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  await list.getByTestId("attachment-count").filter({ hasText: "1 attachment" }).waitFor();
  expect(storedNames(SAVED_MEETING_REST_ID)).toEqual(["minutes.pdf"]);
  expect(await list.getByTestId("attachment-name").allTextContents()).toEqual(["minutes.pdf"]);
  expect(await page.getByTestId("attachment-list-live").textContent()).toBe("agenda.pdf was removed from the meeting.");
  expect(await page.getByTestId("send-update-notice").isVisible()).toBe(true);
  await page.close();
});

test("the removal question is modal: Tab stays in it, Escape keeps the file, focus comes back", async () => {
  seedFile(SAVED_MEETING_REST_ID, "agenda.pdf", 1_000);
  seedFile(SAVED_MEETING_REST_ID, "minutes.pdf", 1_000);
  const page = await openDemo("host=saved");
  const list = page.getByTestId("attachment-list");
  const removeAgenda = list.getByRole("button", { name: "Remove agenda.pdf" });
  const dialog = page.getByRole("alertdialog", { name: "Remove agenda.pdf?" });
  const focused = (): Promise<string | null> =>
    page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.id ?? null);
  // office.js's Tab-out and Escape-out notices (13, 14, 15): Outlook takes focus back from the pane on them.
  const focusLeavingNotices = async (): Promise<string[]> =>
    (await hostRequests(page)).filter((request) => /^ContextActivationManager_notifyHost:1[345]$/.test(request));

  await removeAgenda.click();
  await dialog.waitFor();
  expect(await focused()).toBe("remove-confirm");
  // The page behind is inert: the other row's button cannot be clicked.
  await expect(list.getByRole("button", { name: "Remove minutes.pdf" }).click({ timeout: 500 })).rejects.toThrow();
  expect(await focusLeavingNotices()).toEqual([]);
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("remove-cancel");
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("remove-confirm");
  await page.keyboard.press("Shift+Tab");
  expect(await focused()).toBe("remove-cancel");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  // office.js hands Tab and Escape to Outlook unless the pane keeps them: none reached it.
  expect(await focusLeavingNotices()).toEqual([]);
  expect(await removeAgenda.evaluate((button) => button === document.activeElement)).toBe(true);
  expect(storedNames(SAVED_MEETING_REST_ID)).toEqual(["agenda.pdf", "minutes.pdf"]);

  await page.keyboard.press("Enter");
  await dialog.waitFor();
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "detached" });
  await list.getByTestId("attachment-count").filter({ hasText: "1 attachment" }).waitFor();
  expect(storedNames(SAVED_MEETING_REST_ID)).toEqual(["minutes.pdf"]);
  expect(await focused()).toBe("attachment-list-heading");
  // Tab goes on to the remaining row's button, inside the pane: office.js counts the focused heading as tabbable.
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("attachment-remove");
  expect(await focusLeavingNotices()).toEqual([]);
  // Once left, the heading is out of the tab order again: Shift+Tab goes to what comes before the list, in the pane.
  await page.keyboard.press("Shift+Tab");
  expect(await focusLeavingNotices()).toEqual([]);
  expect(await focused()).not.toBe("attachment-list-heading");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BUTTON");
  // Outside a dialog, Escape is Outlook's: office.js tells it, and the log shows it.
  await page.keyboard.press("Escape");
  await page.outlook.waitForFunction(() =>
    (window as unknown as { simulatedOutlook: { requests(): string[] } }).simulatedOutlook
      .requests()
      .includes("ContextActivationManager_notifyHost:15"),
  );
  await page.close();
});

test("a file attached through the file form appears in the list", async () => {
  const page = await openDemo("host=saved");
  const list = page.getByTestId("attachment-list");
  await list.getByTestId("attachment-list-empty").waitFor();
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Notes\n") });
  await list.getByTestId("attachment-name").filter({ hasText: "notes.txt" }).waitFor();
  expect(await list.getByTestId("attachment-count").textContent()).toBe("1 attachment");
  await page.close();
});

test("in Russian the list reads in Russian, with Russian plurals", async () => {
  for (const name of ["повестка.pdf", "бюджет.xlsx", "протокол.docx"]) seedFile(SAVED_MEETING_REST_ID, name, 1_536);
  const page = await openDemo("host=saved&lang=ru-RU");
  const list = page.getByTestId("attachment-list");
  await list.getByTestId("attachment-count").filter({ hasText: "3 вложения" }).waitFor();
  expect(await list.getByRole("heading", { level: 2 }).textContent()).toContain("Вложения этого собрания");
  expect(await list.getByRole("button", { name: "Удалить «бюджет.xlsx»" }).count()).toBe(1);
  await list.getByRole("button", { name: "Удалить «бюджет.xlsx»" }).click();
  await page.getByRole("alertdialog", { name: "Удалить «бюджет.xlsx»?" }).waitFor();
  await page.getByRole("button", { name: "Оставить" }).click();
  expect(storedNames(SAVED_MEETING_REST_ID)).toHaveLength(3);
  await page.close();
});

test("a read-only delegate calendar lists the attachments without any Remove button", async () => {
  seedFile(DELEGATE_MEETING_REST_ID, "contract.pdf", 5_000);
  const page = await openDemo("host=delegate-readonly");
  const list = page.getByTestId("attachment-list");
  await list.getByTestId("attachment-name").filter({ hasText: "contract.pdf" }).waitFor();
  expect(await list.getByTestId("attachment-list-readonly").textContent()).toMatch(/read-only for you/);
  expect(await list.getByTestId("attachment-remove").count()).toBe(0);
  expect(await list.getByRole("button", { name: /Remove/ }).count()).toBe(0);
  await page.close();
});
