import { createHash } from "node:crypto";
import { SAVED_MEETING_REST_ID } from "../../dev/office";
import { openDemo } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

const agenda = Buffer.from("Agenda\n1. Budget\n2. Roadmap\n");

test("a small file picked in the demo is attached to the saved meeting and confirmed", async () => {
  const page = await openDemo(session, "host=saved");
  expect(await page.getByTestId("meeting-saved").textContent()).toBe("Saved");
  await page.getByTestId("file-input").setInputFiles({ name: "agenda.txt", mimeType: "text/plain", buffer: agenda });

  const row = page.getByTestId("file-row").filter({ hasText: "agenda.txt" });
  await row.locator('[data-testid="file-result"]').waitFor();
  expect(await row.getAttribute("data-status")).toBe("attached");
  expect(await page.getByTestId("send-update-notice").isVisible()).toBe(true);
  expect(await page.getByRole("status").textContent()).toContain("agenda.txt is attached to the meeting.");

  const stored = session.server.emulator.store.attachments(SAVED_MEETING_REST_ID);
  expect(stored.map((attachment) => attachment.name)).toEqual(["agenda.txt"]);
  const file = stored[0];
  if (file?.kind !== "file") throw new Error("expected a file attachment");
  expect(createHash("sha256").update(file.bytes).digest("hex")).toBe(createHash("sha256").update(agenda).digest("hex"));
  await page.close();
});

test("a new meeting is saved only after the organizer agrees, then the file is attached", async () => {
  const page = await openDemo(session, "host=new");
  expect(await page.getByTestId("meeting-saved").textContent()).toBe("Not saved yet");
  await page.getByTestId("file-input").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: agenda });

  const dialog = page.getByRole("alertdialog", { name: "Save the meeting first?" });
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Not now" }).click();
  await page.getByText("Nothing was saved or attached.").waitFor();
  const row = page.getByTestId("file-row").filter({ hasText: "notes.txt" });
  expect(await row.getAttribute("data-status")).toBe("queued");

  await page.getByRole("button", { name: "Attach" }).click();
  await dialog.getByRole("button", { name: "Save and continue" }).click();
  await row.locator('[data-testid="file-result"]').waitFor();
  await page.getByTestId("meeting-saved").filter({ hasText: "Saved" }).waitFor();
  await page.close();
});

test("an empty file is refused before anything is sent", async () => {
  const page = await openDemo(session, "host=saved");
  const before = session.server.emulator.store.attachments(SAVED_MEETING_REST_ID).length;
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  const error = page.getByTestId("file-row").filter({ hasText: "empty.txt" }).getByTestId("file-error");
  expect(await error.textContent()).toBe("This file is empty (0 bytes), so there is nothing to attach.");
  expect(session.server.emulator.store.attachments(SAVED_MEETING_REST_ID).length).toBe(before);
  await page.close();
});
