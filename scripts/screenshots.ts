/**
 * `npm run screenshots`: builds the demo, opens it in headless Chromium and saves the pictures the README shows
 * (docs/screenshots/*.png), so they always show what the code does today.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import webpack from "webpack";
import { startDevServer } from "../dev/server/devServer";
import { launchBrowser } from "../test/e2e/support/browser";
import { ADDIN_FRAME, demoPageOf, type DemoPage } from "../test/e2e/support/demoPage";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const createWebpackConfig = require("../webpack.config.js") as (
  env: Record<string, string | boolean>,
  argv: { mode: "production" },
) => webpack.Configuration;

const OUT_DIR = path.resolve("docs/screenshots");
const BUILD_DIR = path.resolve(".demo-build-screenshots");
/** The window's width: the simulated Outlook then shows the pane alone, at Outlook's narrow width. */
const WINDOW_WIDTH = 360;

function buildDemo(): Promise<void> {
  const compiler = webpack(createWebpackConfig({ demo: true, outDir: BUILD_DIR }, { mode: "production" }));
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else compiler.close(() => resolve());
    }),
  );
}

async function shoot(page: DemoPage, name: string): Promise<void> {
  await page.outlook.waitForTimeout(300);
  const pane = page.locator("#root");
  // The simulated Outlook gives the pane's frame a fixed height, as Outlook does; a picture of the whole pane needs
  // a frame (and a window) as tall as what the pane shows.
  const height = await pane.evaluate((root) => root.scrollHeight);
  await page.outlook.setViewportSize({ width: WINDOW_WIDTH, height: height + 200 });
  await page.outlook.locator(ADDIN_FRAME).evaluate((frame, tall) => {
    Object.assign((frame as HTMLElement).style, { height: `${tall}px`, maxHeight: "none" });
  }, height);
  await pane.screenshot({ path: path.join(OUT_DIR, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  console.log("Building the demo…");
  await buildDemo();
  const server = await startDevServer({ staticDir: BUILD_DIR, addinPort: 0, demoPort: 0 });
  const browser = await launchBrowser();
  try {
    const outlook = await browser.context.newPage();
    await outlook.setViewportSize({ width: WINDOW_WIDTH, height: 900 });
    await outlook.goto(`${server.demoOrigin}/demo.html?host=saved`);
    let page = await demoPageOf(outlook);
    await page.getByTestId("meeting-subject").waitFor();

    await page.getByTestId("file-input").setInputFiles([
      { name: "Agenda Q3 planning.docx", mimeType: "application/octet-stream", buffer: Buffer.alloc(48_000, 1) },
      { name: "Budget draft.xlsx", mimeType: "application/octet-stream", buffer: Buffer.alloc(220_000, 2) },
      { name: "empty-notes.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    ]);
    await page.getByTestId("file-result").nth(1).waitFor();
    await shoot(page, "file-form");

    await page.getByRole("tab", { name: "Event" }).click();
    await shoot(page, "event-form");

    await page.getByRole("tab", { name: "Cloud link" }).click();
    const link = page.getByRole("textbox").first();
    await link.fill("https://contoso.sharepoint.com/sites/planning/Shared%20Documents/Roadmap%202027.pptx");
    await shoot(page, "link-form");

    await page.getByRole("tab", { name: "File" }).click();
    await page.getByRole("heading", { name: /Attachments on this meeting/ }).scrollIntoViewIfNeeded();
    await shoot(page, "attachment-list");

    await outlook.goto(`${server.demoOrigin}/demo.html?host=delegate&theme=dark&lang=fr-FR`);
    page = await demoPageOf(outlook);
    await page.getByTestId("meeting-subject").waitFor();
    await shoot(page, "dark-french-delegate");
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
