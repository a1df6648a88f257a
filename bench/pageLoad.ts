/**
 * Taskpane open → interactive in headless Chromium: the demo (`.demo-build/demo.html?host=saved`, served by
 * startDevServer: the simulated Outlook on the web framing the task pane, which starts the real office.js and its
 * handshake with the host), from the Outlook page's navigation until the pane's "Choose files" button is visible
 * and enabled, against a baseline page that renders only
 * one Fluent UI button with React 19, built here with webpack's node API. Median of 7 fresh loads (a new browser
 * context each, so nothing is cached), without and with 4× CPU throttling.
 * Build the demo first: npx webpack --mode production --env demo. Run: npx tsx bench/pageLoad.ts
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";
import { startDevServer } from "../dev/server/devServer";
import { CHROMIUM_FLAGS, chromiumExecutable } from "../test/e2e/support/browser";
import { median, printTable, type BenchRow } from "./stats";

const LOADS = 7;
const THROTTLE_RATES = [1, 4];
const ROOT = path.resolve(__dirname, "..");
const BUTTON_TEXT = "Choose files";

const BASELINE_ENTRY = `
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
createRoot(document.getElementById("root")).render(
  createElement(FluentProvider, { theme: webLightTheme }, createElement(Button, { appearance: "primary" }, ${JSON.stringify(BUTTON_TEXT)})),
);
`;

/** Builds the baseline page (production mode, the project's node_modules) into a new temporary folder. */
async function buildBaseline(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-baseline-"));
  writeFileSync(path.join(dir, "entry.js"), BASELINE_ENTRY);
  await new Promise<void>((resolve, reject) => {
    webpack(
      {
        mode: "production",
        target: ["web", "es2022"],
        entry: path.join(dir, "entry.js"),
        output: { path: path.join(dir, "out"), filename: "baseline.js" },
        resolve: { modules: [path.join(ROOT, "node_modules")] },
        performance: { hints: false },
      },
      (error, stats) => {
        if (error) reject(error);
        else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
        else resolve();
      },
    );
  });
  writeFileSync(
    path.join(dir, "out", "index.html"),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title>' +
      '<script defer src="/baseline.js"></script></head><body style="margin:0"><div id="root"></div></body></html>',
  );
  return dir;
}

/** A static server for the baseline's two files. */
function serveFolder(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const name = request.url === "/" ? "index.html" : path.basename(request.url ?? "");
    const file = path.join(dir, name);
    if (!existsSync(file)) return void response.writeHead(404).end();
    const type = name.endsWith(".js") ? "text/javascript" : "text/html";
    response.writeHead(200, { "Content-Type": type }).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Runs in the page (or the pane's frame) every frame: the moment (ms since the epoch) at which the button can be
 * pressed, so that a frame's time and its parent page's time can be compared.
 */
const INTERACTIVE_PREDICATE = `(() => {
  const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === ${JSON.stringify(BUTTON_TEXT)});
  if (!button || button.disabled || button.getAttribute("aria-disabled") === "true") return false;
  const box = button.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || getComputedStyle(button).visibility === "hidden") return false;
  return performance.timeOrigin + performance.now();
})()`;

/** The demo's pane is the frame whose page is demo-taskpane.html; the baseline has no frame. */
const PANE_PAGE = "demo-taskpane.html";

async function whenInteractive(page: Page, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => candidate.url().includes(PANE_PAGE)) ?? page.mainFrame();
    const moment = await frame.evaluate(INTERACTIVE_PREDICATE).catch(() => false);
    if (typeof moment === "number") return moment;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`"${BUTTON_TEXT}" was not usable within ${timeoutMs} ms`);
}

async function timeLoad(browser: Browser, url: string, throttle: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 420, height: 800 }, ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    if (throttle !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    }
    await page.goto(url, { waitUntil: "commit" });
    const interactiveAt = await whenInteractive(page, 60_000);
    const navigationStart = await page.evaluate<number>("performance.timeOrigin");
    return interactiveAt - navigationStart;
  } finally {
    await context.close();
  }
}

export async function runPageLoadBenchmark(): Promise<BenchRow[]> {
  const demoBuild = path.join(ROOT, ".demo-build");
  if (!existsSync(path.join(demoBuild, "demo.html"))) {
    throw new Error(".demo-build/demo.html is missing: run npx webpack --mode production --env demo first.");
  }
  const baselineDir = await buildBaseline();
  const baselineServer = await serveFolder(path.join(baselineDir, "out"));
  const demoServer = await startDevServer({ staticDir: demoBuild, addinPort: 0, demoPort: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const rows: BenchRow[] = [];
    for (const throttle of THROTTLE_RATES) {
      const baseline: number[] = [];
      const demo: number[] = [];
      await timeLoad(browser, `${baselineServer.origin}/`, throttle); // warm the disk cache, not timed
      await timeLoad(browser, `${demoServer.demoOrigin}/demo.html?host=saved`, throttle);
      for (let i = 0; i < LOADS; i += 1) {
        baseline.push(await timeLoad(browser, `${baselineServer.origin}/`, throttle));
        demo.push(await timeLoad(browser, `${demoServer.demoOrigin}/demo.html?host=saved`, throttle));
      }
      const label = throttle === 1 ? "no throttling" : `${throttle}× CPU throttling`;
      const row = (variant: string, values: number[]): BenchRow => ({
        benchmark: `open → interactive, ${label}`,
        variant,
        figure: `${median(values).toFixed(0)} ms (median of ${LOADS})`,
        ratio: (median(values) / median(baseline)).toFixed(2),
      });
      rows.push(
        row("React 19 + one Fluent button (baseline)", baseline),
        row("demo taskpane in the simulated Outlook on the web, real office.js (host=saved)", demo),
      );
    }
    return rows;
  } finally {
    await browser.close();
    await demoServer.close();
    await baselineServer.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("pageLoad.ts")) {
  runPageLoadBenchmark().then(printTable, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
