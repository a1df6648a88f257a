import { DELEGATE_MEETING_REST_ID, SAVED_MEETING_REST_ID } from "../../dev/office";
import { DEMO_CALENDAR_OWNER } from "../../dev/shared/demoIdentity";
import { openDemo, pickTextFile } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

const names = (eventId: string): string[] => session.server.emulator.store.attachments(eventId).map((a) => a.name);

test("a meeting in a delegate's calendar names the owner and attaches to the owner's mailbox", async () => {
  const page = await openDemo(session, "host=delegate");
  await page.getByText(`In ${DEMO_CALENDAR_OWNER.upn}'s calendar`).waitFor();
  const row = await pickTextFile(page, "delegate-notes.txt");
  await row.getByTestId("file-result").waitFor();
  expect(names(DELEGATE_MEETING_REST_ID)).toContain("delegate-notes.txt");
  await page.close();
});

test("a read-only delegate is told before any upload, and nothing is sent", async () => {
  const page = await openDemo(session, "host=delegate-readonly");
  const notice = page.getByTestId("read-only-notice");
  await notice.waitFor();
  expect(await notice.textContent()).toContain("You can read");
  const before = names(DELEGATE_MEETING_REST_ID).length;
  const row = await pickTextFile(page, "readonly.txt");
  const error = row.getByTestId("file-error");
  await error.waitFor();
  expect(await error.textContent()).toContain(`Ask ${DEMO_CALENDAR_OWNER.upn} for edit access`);
  expect(names(DELEGATE_MEETING_REST_ID).length).toBe(before);
  await page.close();
});

test.each([
  ["series", "You are editing the whole series."],
  ["occurrence", "You are editing one occurrence."],
])("the %s scenario says what is being edited", async (scenario, text) => {
  const page = await openDemo(session, `host=${scenario}`);
  await page.getByText(text).waitFor();
  await page.close();
});

test("a host that gives REST ids attaches without converting the id", async () => {
  const page = await openDemo(session, "host=rest-ids");
  const row = await pickTextFile(page, "rest-ids.txt");
  await row.getByTestId("file-result").waitFor();
  expect(names(SAVED_MEETING_REST_ID)).toContain("rest-ids.txt");
  await page.close();
});

test("an Outlook without Mailbox 1.8 explains its limits and asks to save before attaching", async () => {
  const page = await openDemo(session, "host=no-mailbox-1-8");
  await page.getByTestId("older-outlook-notice").waitFor();
  const row = await pickTextFile(page, "older-outlook.txt");
  await page.getByRole("alertdialog").getByRole("button", { name: "Save and continue" }).click();
  await row.getByTestId("file-result").waitFor();
  expect(names(SAVED_MEETING_REST_ID)).toContain("older-outlook.txt");
  await page.close();
});

test("classic Outlook in cached mode: the organizer sees the wait and can stop it", async () => {
  const page = await openDemo(session, "host=cached-delay");
  // Files go into the open window there; a cloud link still needs the saved meeting on the server.
  await page.getByRole("tab", { name: "Cloud link" }).click();
  const panel = page.locator("#panel-link");
  await panel.getByTestId("link-url").fill("https://contoso.sharepoint.com/sites/Team/Plan.docx");
  await panel.getByRole("radio", { name: "Attendees can view" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Save and continue" }).click();
  const wait = page.getByTestId("sync-wait");
  await wait.waitFor({ timeout: 20000 });
  expect(await wait.textContent()).toContain("Waiting for Outlook to sync the saved meeting");
  await wait.getByRole("button", { name: "Stop waiting" }).click();
  await wait.waitFor({ state: "detached" });
  await panel.locator('[data-testid="link-cancelled"], [data-testid="link-error"]').waitFor();
  expect(await panel.getByTestId("link-result").count()).toBe(0);
  await page.close();
});

test("dark theme follows Office's theme", async () => {
  const page = await openDemo(session, "host=saved&theme=dark");
  // The pane's mean background channel, once it has settled on dark (or after 5 s, when it stays light).
  const brightness = () => {
    const root = document.querySelector("#root .fui-FluentProvider");
    const [red = 255, green = 255, blue = 255] = (root ? getComputedStyle(root).backgroundColor : "")
      .split(/\D+/)
      .filter(Boolean)
      .map(Number);
    return (red + green + blue) / 3;
  };
  await page.pane.waitForFunction(`(${brightness.toString()})() < 80`, null, { timeout: 5000 }).catch(() => undefined);
  expect(await page.evaluate(brightness)).toBeLessThan(80);
  await page.close();
});

test.each([
  ["en-US", "Choose files"],
  ["fr-FR", "Choisir des fichiers"],
  ["es-ES", "Elegir archivos"],
  ["fi-FI", "Valitse tiedostoja"],
  ["ja-JP", "ファイルを選択"],
  ["ru-RU", "Выбрать файлы"],
])("Outlook in %s shows the taskpane in that language", async (language, pick) => {
  const page = await openDemo(session, `host=saved&lang=${language}`);
  await page.getByRole("button", { name: pick }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe(language.slice(0, 2));
  await page.close();
});
