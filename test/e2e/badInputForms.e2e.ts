/**
 * A sample of the bad-input corpus typed into the real forms: each refusal shows its message, nothing is sent,
 * and what the organizer typed is still there.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { createIntl } from "react-intl";
import { SAVED_MEETING_REST_ID } from "../../dev/office";
import { en } from "../../src/i18n/messages/en";
import { checkLink } from "../../src/taskpane/components/link/checkLink";
import { linkProblemMessage } from "../../src/taskpane/components/link/linkMessages";
import { openDemo, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

interface Corpus {
  links: { url: string; expect: string }[];
  fileNames: { name: string; expect: string }[];
}

const corpus = JSON.parse(readFileSync(path.resolve("test/corpus/bad-inputs.json"), "utf8")) as Corpus;
const intl = createIntl({ locale: "en", messages: en });

const session = useDemoSession();
let page: DemoPage;

beforeAll(async () => {
  page = await openDemo(session, "host=saved");
});

const stored = (): number => session.server.emulator.store.attachments(SAVED_MEETING_REST_ID).length;

test("every refused link from the corpus shows its message, sends nothing and keeps the link as typed", async () => {
  await page.getByRole("tab", { name: "Cloud link" }).click();
  const panel = page.getByTestId("link-form");
  const field = panel.getByTestId("link-url");
  const before = stored();
  // Links the browser field cannot hold as typed (line breaks are stripped by <input>) are covered by the unit run.
  const refused = corpus.links.filter((entry) => entry.expect !== "accepted" && !/[\r\n]/.test(entry.url));
  expect(refused.length).toBeGreaterThanOrEqual(20);
  for (const entry of refused) {
    await field.fill(entry.url);
    await panel.getByRole("button", { name: "Attach link" }).click();
    const check = checkLink(entry.url);
    if (check.ok) throw new Error(`${entry.url} should be refused`);
    await panel.getByText(linkProblemMessage(check.problem, intl), { exact: false }).first().waitFor();
    expect(await field.inputValue()).toBe(entry.url);
  }
  expect(stored()).toBe(before);
});

test("refused file names from the corpus are refused before upload, each with its message", async () => {
  await page.getByRole("tab", { name: "File" }).click();
  const before = stored();
  // File names the operating system could hand over (no NUL, no path separators).
  const names = corpus.fileNames.filter(
    (entry) => entry.expect !== "accepted" && entry.expect !== "nameEmpty" && !/[\0/\\]/.test(entry.name),
  );
  expect(names.length).toBeGreaterThanOrEqual(10);
  await page
    .getByTestId("file-input")
    .setInputFiles(names.map((entry) => ({ name: entry.name, mimeType: "text/plain", buffer: Buffer.from("x") })));
  const rows = page.getByTestId("file-row").filter({ has: page.getByTestId("file-error") });
  await rows.nth(names.length - 1).waitFor();
  for (const entry of names) {
    const text = intl.formatMessage({ id: `error.input.${entry.expect}` as keyof typeof en });
    expect(await page.getByTestId("file-error").filter({ hasText: text }).count()).toBeGreaterThan(0);
  }
  expect(await page.locator('[data-testid="file-row"][data-status="refused"]').count()).toBe(names.length);
  expect(stored()).toBe(before);
});

test("event drafts from the corpus: each field keeps what was typed after a refusal", async () => {
  await page.getByRole("tab", { name: "Event" }).click();
  await page.getByTestId("event-compose").waitFor();
  const before = stored();
  const cases: { fields: Record<string, string>; message: string }[] = [
    { fields: { "event-subject": "" }, message: en["error.input.subjectInvalid"] },
    {
      fields: {
        "event-subject": "Clocks go forward",
        "event-start-date": "2026-03-08",
        "event-start-time": "02:30",
        "event-end-date": "2026-03-08",
        "event-end-time": "03:30",
      },
      message: en["event.error.timeSkipped"],
    },
    {
      fields: {
        "event-start-date": "2026-03-10",
        "event-start-time": "11:00",
        "event-end-date": "2026-03-10",
        "event-end-time": "10:00",
      },
      message: en["error.input.endBeforeStart"],
    },
    {
      fields: { "event-start-date": "1500-01-01", "event-end-date": "1500-01-01", "event-end-time": "12:00" },
      message: intl.formatMessage({ id: "event.error.dateOutOfRange" }, { first: "1601", last: "4500" }),
    },
    {
      fields: {
        "event-subject": "Fine",
        "event-name": "agenda\u202etxt.exe",
        "event-start-date": "2026-12-01",
        "event-end-date": "2026-12-01",
      },
      message: en["error.input.nameInvalid"],
    },
  ];
  for (const { fields, message } of cases) {
    for (const [testId, value] of Object.entries(fields)) await page.getByTestId(testId).fill(value);
    await page.getByTestId("event-compose-attach").click();
    await page.getByTestId("event-compose").getByText(message, { exact: false }).first().waitFor();
    for (const [testId, value] of Object.entries(fields)) {
      expect(await page.getByTestId(testId).inputValue()).toBe(value);
    }
  }
  expect(stored()).toBe(before);
});
