import type { Page } from "playwright-core";
import type { DemoSession } from "./demoSession";

/** Opens the demo with the given query and waits until the meeting header is there. */
export async function openDemo(session: DemoSession, query: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.httpOrigin}/demo.html?${query}`);
  await page.getByTestId("meeting-subject").waitFor();
  return page;
}

/** Picks a small text file in the file form and returns its row. */
export async function pickTextFile(
  page: Page,
  name: string,
  text = "Agenda\n",
): Promise<ReturnType<Page["getByTestId"]>> {
  await page.getByTestId("file-input").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
  return page.getByTestId("file-row").filter({ hasText: name });
}
