import type { Frame, Page } from "playwright-core";
import { asOutlookWebOrigin } from "./browser";
import type { DemoSession } from "./demoSession";

/**
 * The demo as a test drives it: the simulated Outlook on the web page (`outlook`) and the add-in's frame inside it
 * (`pane`), where the real office.js runs. Queries and `evaluate` go to the pane; the rest is the browser tab.
 */
export interface DemoPage extends Pick<
  Frame,
  "getByTestId" | "getByRole" | "getByText" | "getByLabel" | "locator" | "evaluate"
> {
  readonly outlook: Page;
  readonly pane: Frame;
  readonly keyboard: Page["keyboard"];
  setViewportSize: Page["setViewportSize"];
  on: Page["on"];
  waitForEvent: Page["waitForEvent"];
  close(): Promise<void>;
}

export const ADDIN_FRAME = "#addin-frame";

/** Wraps a loaded demo tab; the pane frame must already be attached. */
export async function demoPageOf(outlook: Page): Promise<DemoPage> {
  const handle = await outlook.waitForSelector(ADDIN_FRAME, { state: "attached" });
  const pane = await handle.contentFrame();
  if (!pane) throw new Error("The simulated Outlook has no add-in frame.");
  return {
    outlook,
    pane,
    keyboard: outlook.keyboard,
    getByTestId: pane.getByTestId.bind(pane),
    getByRole: pane.getByRole.bind(pane),
    getByText: pane.getByText.bind(pane),
    getByLabel: pane.getByLabel.bind(pane),
    locator: pane.locator.bind(pane),
    evaluate: pane.evaluate.bind(pane),
    setViewportSize: outlook.setViewportSize.bind(outlook),
    on: outlook.on.bind(outlook),
    waitForEvent: outlook.waitForEvent.bind(outlook),
    close: () => outlook.close(),
  };
}

/** Opens the demo with the given query in a new tab, without waiting for the pane to be ready. */
export async function loadDemo(session: DemoSession, query: string, page?: Page): Promise<DemoPage> {
  const outlook = page ?? (await session.browser.context.newPage());
  await outlook.goto(`${asOutlookWebOrigin(session.server.demoOrigin)}/demo.html?${query}`);
  return demoPageOf(outlook);
}

/** Opens the demo with the given query and waits until the meeting header is there. */
export async function openDemo(session: DemoSession, query: string): Promise<DemoPage> {
  const demo = await loadDemo(session, query);
  await demo.getByTestId("meeting-subject").waitFor();
  return demo;
}

/** Picks a small text file in the file form and returns its row. */
export async function pickTextFile(
  page: DemoPage,
  name: string,
  text = "Agenda\n",
): Promise<ReturnType<Page["getByTestId"]>> {
  await page.getByTestId("file-input").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
  return page.getByTestId("file-row").filter({ hasText: name });
}
