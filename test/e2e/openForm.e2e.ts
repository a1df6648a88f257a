import { SAVED_MEETING_REST_ID } from "../../dev/office";
import { openDemo, pickTextFile, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

const storedNames = (eventId: string): string[] =>
  session.server.emulator.store.attachments(eventId).map((attachment) => attachment.name);

/** Attachment POSTs the page sends to Graph from now on. */
function watchAttachmentPosts(page: DemoPage): string[] {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && /\/attachments$/.test(new URL(request.url()).pathname))
      posts.push(request.url());
  });
  return posts;
}

/** The organizer presses Send in the simulated meeting window (the demo bar, outside the pane). */
async function sendFromWindow(page: DemoPage): Promise<string> {
  const send = page.outlook.getByTestId("window-send");
  // Focus moving inside the pane scrolls Outlook's page so the focused field shows, which leaves the bar above the
  // viewport; with the pane in a process of its own, Playwright's click does not scroll back on its own reliably,
  // so the organizer's scroll up comes first.
  await send.scrollIntoViewIfNeeded();
  await send.click();
  const report = page.outlook.getByTestId("window-send-report");
  await report.waitFor();
  return (await report.textContent()) ?? "";
}

test("classic Outlook in cached mode: the pane warns first, a file goes into the window without saving, and the send carries it once", async () => {
  const page = await openDemo(session, "host=cached-delay");
  const posts = watchAttachmentPosts(page);
  const notice = page.getByTestId("open-form-notice");
  await notice.waitFor();
  expect(await notice.textContent()).toContain("Classic Outlook keeps its own copy of this open meeting");
  expect(await notice.textContent()).toContain("Files and events picked from your calendar are therefore added");

  const row = await pickTextFile(page, "window-notes.txt", "Notes for the kickoff\n");
  const result = row.getByTestId("file-result");
  await result.waitFor();
  expect(await result.textContent()).toBe("Added to the meeting window");
  // Nothing asked to save the never-saved meeting, nothing waited for a sync, nothing went to Graph.
  expect(await page.getByRole("alertdialog").count()).toBe(0);
  expect(await page.getByTestId("sync-wait").count()).toBe(0);
  expect(posts).toEqual([]);
  expect(await page.outlook.getByTestId("window-attachments").textContent()).toContain("window-notes.txt");
  expect(await page.getByTestId("send-update-notice").textContent()).toContain(
    "Send the update from this meeting window",
  );

  expect(await sendFromWindow(page)).toContain("Attendees receive: window-notes.txt.");
  const saved = session.server.emulator.store.events().find((event) => event.subject === "Project kickoff");
  if (!saved) throw new Error("sending from the window should have saved the meeting");
  const stored = session.server.emulator.store.attachments(saved.id);
  expect(stored.map((attachment) => attachment.name)).toEqual(["window-notes.txt"]);
  const [file] = stored;
  expect(file?.kind === "file" && Buffer.from(file.bytes).toString()).toBe("Notes for the kickoff\n");
  expect(posts).toEqual([]);
  await page.close();
});

test("classic Outlook in online mode: a picked event goes into the window, a cloud link added on the server is dropped by the window's send, as the pane said", async () => {
  const page = await openDemo(session, "host=classic-online");
  const posts = watchAttachmentPosts(page);
  await page.getByTestId("open-form-notice").waitFor();
  const row = await pickTextFile(page, "kept.txt");
  await row.getByTestId("file-result").waitFor();

  await page.getByRole("tab", { name: "Event" }).click();
  await page.getByLabel("Choose one from my calendar").check();
  await page.getByTestId("event-search-text").fill("lunch");
  await page.getByTestId("event-search").click();
  await page.getByTestId("event-result").filter({ hasText: "Team lunch" }).click();
  await page.getByTestId("event-pick-attach").click();
  const picked = page.getByTestId("event-pick-result");
  await picked.waitFor();
  expect(await picked.textContent()).toBe("“Team lunch” is added to the meeting window.");
  expect(posts).toEqual([]);

  await page.getByRole("tab", { name: "Cloud link" }).click();
  const panel = page.locator("#panel-link");
  await panel.getByTestId("link-url").fill("https://contoso.sharepoint.com/sites/Team/Plan.docx");
  await panel.getByRole("radio", { name: "Attendees can view" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();
  await panel.getByTestId("link-result").waitFor();
  expect(storedNames(SAVED_MEETING_REST_ID)).toContain("Plan.docx");
  const reopen = page.getByTestId("reopen-notice");
  await reopen.waitFor();
  expect(await reopen.textContent()).toContain("Close the window without saving, open the meeting again");

  const report = await sendFromWindow(page);
  expect(report).toContain("Dropped by the window: Plan.docx.");
  const after = storedNames(SAVED_MEETING_REST_ID);
  expect(after).not.toContain("Plan.docx");
  expect(after.filter((name) => name === "kept.txt")).toHaveLength(1);
  const lunch = session.server.emulator.store
    .attachments(SAVED_MEETING_REST_ID)
    .filter((attachment) => attachment.name === "Team lunch");
  expect(lunch).toHaveLength(1);
  expect(lunch[0]?.kind === "item" && lunch[0].item).toMatchObject({ location: { displayName: "Cafeteria" } });
  // Only the cloud link ever went to Graph.
  expect(posts).toHaveLength(1);
  await page.close();
});

test("Outlook on the web: the window edits the server's copy, so the pane says nothing of the kind and a send keeps Graph's attachments", async () => {
  const page = await openDemo(session, "host=saved");
  const row = await pickTextFile(page, "on-server.txt");
  await row.getByTestId("file-result").waitFor();
  expect(await page.getByTestId("open-form-notice").count()).toBe(0);
  expect(await sendFromWindow(page)).toContain("Dropped by the window: nothing.");
  expect(storedNames(SAVED_MEETING_REST_ID)).toContain("on-server.txt");
  await page.close();
});
