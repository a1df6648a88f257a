import type { BrowserContext, Page } from "playwright-core";
import type { RunningDevServer } from "../../../dev/server/devServer";

/** Opens the demo with the given query and waits until the meeting header is there. */
export async function openDemo(context: BrowserContext, server: RunningDevServer, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.httpOrigin}/demo.html?${query}`);
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
