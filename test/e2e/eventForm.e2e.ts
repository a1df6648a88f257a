import { openDemo, type DemoPage } from "./support/demoPage";
import { SAVED_MEETING_REST_ID } from "../../dev/office";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

async function openEventTab(query: string): Promise<DemoPage> {
  const page = await openDemo(session, query);
  await page.locator("#tab-event").click();
  await page.getByTestId("event-form").waitFor();
  return page;
}

function itemSubjects(): unknown[] {
  return session.server.emulator.store
    .attachments(SAVED_MEETING_REST_ID)
    .filter((attachment) => attachment.kind === "item")
    .map((attachment) => (attachment.kind === "item" ? attachment.item["subject"] : undefined));
}

async function fillTimes(page: DemoPage, start: [string, string], end: [string, string]): Promise<void> {
  await page.getByTestId("event-start-date").fill(start[0]);
  await page.getByTestId("event-start-time").fill(start[1]);
  await page.getByTestId("event-end-date").fill(end[0]);
  await page.getByTestId("event-end-time").fill(end[1]);
}

test("a composed event is attached to the saved meeting as an item attachment with its subject", async () => {
  const page = await openEventTab("host=saved");
  await page.getByTestId("event-subject").fill("Budget follow-up");
  await page.getByTestId("event-location").fill("Room 4");
  await fillTimes(page, ["2026-03-10", "09:00"], ["2026-03-10", "10:00"]);
  await page.getByTestId("event-compose-attach").click();

  await page.getByTestId("event-compose-result").waitFor();
  expect(await page.getByTestId("event-compose-result").textContent()).toContain(
    "“Budget follow-up” is attached to the meeting.",
  );
  expect(await page.getByTestId("send-update-notice").isVisible()).toBe(true);
  expect(itemSubjects()).toContain("Budget follow-up");
  const stored = session.server.emulator.store
    .attachments(SAVED_MEETING_REST_ID)
    .find((attachment) => attachment.name === "Budget follow-up");
  if (stored?.kind !== "item") throw new Error("expected an item attachment");
  expect(stored.item).toMatchObject({
    "@odata.type": "microsoft.graph.event",
    start: { dateTime: "2026-03-10T09:00:00", timeZone: "Pacific Standard Time" },
    end: { dateTime: "2026-03-10T10:00:00", timeZone: "Pacific Standard Time" },
    location: { displayName: "Room 4" },
  });
  // Cleared only after success.
  expect(await page.getByTestId("event-subject").inputValue()).toBe("");
  await page.close();
});

test("an empty subject and an end before the start are refused at their fields, with nothing sent", async () => {
  const page = await openEventTab("host=saved");
  const before = session.server.emulator.store.attachments(SAVED_MEETING_REST_ID).length;
  await page.getByTestId("event-compose-attach").click();
  await page.getByText("Enter a subject.").waitFor();

  await page.getByTestId("event-subject").fill("Backwards");
  await fillTimes(page, ["2026-03-10", "09:00"], ["2026-03-10", "08:00"]);
  await page.getByTestId("event-compose-attach").click();
  await page.getByText("The end must be after the start.").waitFor();

  expect(session.server.emulator.store.attachments(SAVED_MEETING_REST_ID).length).toBe(before);
  expect(await page.getByTestId("event-subject").inputValue()).toBe("Backwards");
  await page.close();
});

test("an existing event picked from the calendar is attached with its subject", async () => {
  const page = await openEventTab("host=saved");
  await page.getByLabel("Choose one from my calendar").check();
  await page.getByTestId("event-picker").waitFor();
  await page.getByTestId("event-search-text").fill("lunch");
  await page.getByTestId("event-search").click();
  await page.getByTestId("event-results-count").filter({ hasText: "1 event found." }).waitFor();

  await page.getByTestId("event-result").filter({ hasText: "Team lunch" }).click();
  await page.getByTestId("event-preview").filter({ hasText: "Cafeteria" }).waitFor();
  await page.getByTestId("event-pick-attach").click();
  await page.getByTestId("event-pick-result").waitFor();

  expect(itemSubjects()).toContain("Team lunch");
  const stored = session.server.emulator.store
    .attachments(SAVED_MEETING_REST_ID)
    .find((item) => item.name === "Team lunch");
  if (stored?.kind !== "item") throw new Error("expected an item attachment");
  expect(stored.item).toMatchObject({ subject: "Team lunch", location: { displayName: "Cafeteria" } });
  await page.close();
});

test("the form speaks French with lang=fr-FR", async () => {
  const page = await openEventTab("host=saved&lang=fr-FR");
  await page.getByText("Créer un événement").waitFor();
  await page.getByTestId("event-compose-attach").click();
  await page.getByText("Entrez un objet.").waitFor();
  expect(await page.getByTestId("event-compose-attach").textContent()).toBe("Joindre");
  await page.close();
});
