/**
 * Taskpane open → first interaction in headless Chromium, in the demo (`.demo-build/demo.html?host=saved`, served by
 * startDevServer: the simulated Outlook on the web framing the task pane once its own page has painted, as Outlook
 * opens an add-in in a form already on screen; the pane starts the real office.js and its handshake with the host;
 * Outlook's page on an Office host name, so the pane is another site in a process of its own, both throttled
 * alike): from the Outlook page's navigation until the pane's "Choose files" button is visible
 * and enabled and the pane's main thread has run a task queued after it (so a click would be handled), and the
 * same from the pane frame's own navigation (leaving out Outlook's page, which every variant shares). The pane's
 * page watches for that moment itself and reports it, so that nothing reaches into it while it loads, with the
 * stages on the way (DOMContentLoaded, Office.onReady resolved, the button shown), given for the pane against the
 * template. The baseline is the same Outlook page framing the first screen of Microsoft's React task pane template
 * (dev/bench/templatePane.tsx, `pane=template`), and the floor a pane with office.js and one Fluent UI button
 * (dev/bench/baselinePane.tsx, `pane=baseline`), both built into the demo build's folder with the product's React,
 * Fluent UI and build settings, so the ratios are what our own code costs. Two figures for the pane: sign-in code
 * left to the first token request (`signInWarmUp=off`), and sign-in with MSAL loading right after the first paint
 * (the default, as in production), whose delay to the first interaction is also given against the first; and the
 * default once more with its entry script served without its first line, V8's compile hint (webpack.config.js), for
 * that hint's effect. Every pane's entry script reaches the browser through the same interception, so that all
 * variants pay its small cost alike. 21 rounds of fresh loads (a new browser context each, so nothing is cached),
 * each round loading every variant once, starting at the next variant in turn, without and with 4× CPU throttling:
 * each figure is a variant's median, each ratio (and difference) the median of its per-round ratios (differences)
 * against the baseline of the same round, each "usable" figure with the middle half of those per-round ratios.
 * Last, three loads each of the template and the pane under V8's function coverage: how much of their entry
 * scripts had run when the button was usable (the load with the median of what had not).
 * Build the demo first: npx webpack --mode production --env demo. Run: npx tsx bench/pageLoad.ts
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { startDevServer } from "../dev/server/devServer";
import { COMPILE_HINT, entryScriptsOf } from "../scripts/build/compileHint";
import { buildProduction } from "./bundle";
import { charactersNotRun } from "./coverage";
import { paneCoverage } from "./paneCoverage";
import { asOutlookWebOrigin, CHROMIUM_FLAGS, chromiumExecutable } from "../test/e2e/support/browser";
import { median, printTable, quantile, type BenchRow } from "./stats";

// One ratio of 11 rounds moved by about ±5 % between runs on a 2-core machine; 21 narrow that for ratios near 1.
const LOADS = 21;
const THROTTLE_RATES = [1, 4];
/** Loads of each page under coverage (entryCoverageRows). */
const COVERAGE_LOADS = 3;
const ROOT = path.resolve(__dirname, "..");
const BUTTON_TEXT = "Choose files";
/** The first line of each page's entry script (webpack.config.js says why). */
const HINT_LINE = `${COMPILE_HINT}\n`;

function packageVersion(name: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.join(ROOT, "node_modules", name, "package.json")) as { version: string }).version;
}

/** The pane is the frame whose page is the add-in's (demo-taskpane.html) or a baseline's. */
const PANE_PAGES = ["demo-taskpane.html", "bench-baseline-pane.html", "bench-template-pane.html"];

/** The binding through which the pane's page reports when its button became usable. */
const REPORT_BINDING = "__benchPaneUsable";

/**
 * Runs in every page before its own scripts and acts only in the pane's: at each change of the DOM, and at each
 * frame for a change of style alone, it looks for the button; once the button is visible and enabled, it queues a
 * task and reports, through the binding, when that task runs (a click would then be handled) and when the frame
 * navigated (ms since the epoch, comparable with Outlook's page), with the stages on the way (ms since the frame's
 * navigation): DOMContentLoaded (every entry script has run by then), Office.onReady resolved (asked for at
 * DOMContentLoaded, as any page may, once more), and the button shown. In the page itself, because asking from
 * outside every few milliseconds ran a query and a forced layout in the loading pane each time, and so slowed
 * what it timed.
 */
const USABLE_WATCH = `(() => {
  if (!${JSON.stringify(PANE_PAGES)}.some((pane) => location.pathname.endsWith("/" + pane))) return;
  const stages = { contentLoaded: NaN, officeReady: NaN, buttonShown: NaN };
  document.addEventListener("DOMContentLoaded", () => {
    stages.contentLoaded = performance.now();
    window.Office?.onReady().then(() => (stages.officeReady = performance.now()));
  }, { once: true });
  let reported = false;
  const check = () => {
    if (reported) return;
    const button = [...document.getElementsByTagName("button")].find((b) => b.textContent.trim() === ${JSON.stringify(BUTTON_TEXT)});
    if (!button || button.disabled || button.getAttribute("aria-disabled") === "true") return;
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(button).visibility === "hidden") return;
    reported = true;
    stages.buttonShown = performance.now();
    observer.disconnect();
    setTimeout(() => window.${REPORT_BINDING}(performance.timeOrigin + performance.now(), performance.timeOrigin, stages), 0);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const everyFrame = () => {
    check();
    if (!reported) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
})()`;

/** The stages the pane's page passes on the way to a usable button (ms since the frame's navigation). */
interface Stages {
  contentLoaded: number;
  officeReady: number;
  buttonShown: number;
}

/** When the button became usable, and when Outlook's page navigated the pane's frame (ms since the epoch). */
interface Interactive {
  at: number;
  paneStart: number;
  stages: Stages;
}

/** The pane's report, or an error once timeoutMs have passed without one. */
async function withinTime(report: Promise<Interactive>, timeoutMs: number): Promise<Interactive> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`"${BUTTON_TEXT}" was not usable within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([report, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** One load: from Outlook's page navigation, and from the pane frame's own navigation, to the usable button. */
interface LoadTimes {
  fromOutlook: number;
  fromPane: number;
  contentLoaded: number;
  officeReady: number;
  buttonShown: number;
}

/**
 * Throttles the page and, as each frame of another site gets its own process, that process too, before it runs
 * anything: Chromium holds each new frame target until the session that asked to auto-attach lets it go. This
 * session uses the protocol's non-flattened form (messages wrapped for the child), which Playwright's sessions
 * can send.
 */
async function throttleEveryProcess(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  cdp.on("Target.attachedToTarget", ({ sessionId }) => {
    const message = (id: number, method: string, params: object): string => JSON.stringify({ id, method, params });
    const send = (id: number, method: string, params: object) =>
      cdp.send("Target.sendMessageToTarget", { sessionId, message: message(id, method, params) });
    // Released whatever the throttling answered, so that no frame is left waiting.
    void send(1, "Emulation.setCPUThrottlingRate", { rate })
      .finally(() => send(2, "Runtime.runIfWaitingForDebugger", {}))
      .catch(() => undefined);
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
}

/** A pane page to time, and whether its entry script is served without the compile hint. */
interface Variant {
  name: string;
  url: string;
  withoutCompileHint?: boolean;
}

/** The scripts a pane page loads from the build's own bundles (the add-in's: two). */
function paneEntryScripts(demoBuild: string, page: string): string[] {
  const sources = entryScriptsOf(readFileSync(path.join(demoBuild, page), "utf8"));
  if (sources.length === 0) throw new Error(`${page} names no entry script of its own.`);
  return sources;
}

/**
 * Every entry script of every pane page (the add-in's has two: the start-up script, then the main one), read once,
 * served to every load through the same interception (so that each variant pays its small cost alike), with or
 * without its first line, the compile hint.
 */
function entryScriptServer(demoBuild: string): (context: BrowserContext, withoutHint: boolean) => Promise<void> {
  const scripts = new Map<string, string>();
  for (const page of PANE_PAGES) {
    for (const src of paneEntryScripts(demoBuild, page)) {
      const body = readFileSync(path.join(demoBuild, src), "utf8");
      if (!body.startsWith(HINT_LINE)) throw new Error(`${src} does not start with the compile hint.`);
      scripts.set(src, body);
    }
  }
  return async (context, withoutHint) => {
    await context.route(
      (url) => scripts.has(url.pathname.slice(1)),
      (route) => {
        const body = scripts.get(new URL(route.request().url()).pathname.slice(1)) ?? "";
        const served = withoutHint ? body.slice(HINT_LINE.length) : body;
        return route.fulfill({ status: 200, body: served, contentType: "application/javascript; charset=utf-8" });
      },
    );
  };
}

/**
 * A fresh browser context (nothing cached) whose pane page gets its entry scripts through the interception and
 * reports its usable moment; its page is open but not yet navigated.
 */
async function openPane(
  browser: Browser,
  variant: Variant,
  serveEntryScripts: (context: BrowserContext, withoutHint: boolean) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page; report: Promise<Interactive> }> {
  const context = await browser.newContext({ viewport: { width: 420, height: 800 }, ignoreHTTPSErrors: true });
  try {
    await serveEntryScripts(context, variant.withoutCompileHint === true);
    let onReport: (times: Interactive) => void = () => undefined;
    const report = new Promise<Interactive>((resolve) => (onReport = resolve));
    await context.exposeBinding(REPORT_BINDING, (_source, at: number, paneStart: number, stages: Stages) =>
      onReport({ at, paneStart, stages }),
    );
    await context.addInitScript(USABLE_WATCH);
    return { context, page: await context.newPage(), report };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * How much of a pane's entry scripts had run by the moment its button was usable, in an unthrottled load of its
 * own (V8's function coverage in the pane's process, `bench/paneCoverage.ts`), as characters of the served scripts.
 */
async function entryScriptsRunBy(
  browser: Browser,
  variant: Variant,
  serveEntryScripts: (context: BrowserContext, withoutHint: boolean) => Promise<void>,
  scripts: ReadonlyMap<string, number>,
): Promise<{ total: number; notRun: number }> {
  const { context, page, report } = await openPane(browser, variant, serveEntryScripts);
  try {
    const coverage = await paneCoverage(await context.newCDPSession(page), async () => {
      await page.goto(variant.url, { waitUntil: "commit" });
      await withinTime(report, 60_000);
    });
    let total = 0;
    let notRun = 0;
    for (const [src, length] of scripts) {
      // Scripts without an address (the page's inline ones, DevTools' own) are not among the entry scripts.
      const script = coverage.find((entry) => URL.canParse(entry.url) && new URL(entry.url).pathname.slice(1) === src);
      if (!script) throw new Error(`No coverage for ${src}: the pane did not load it.`);
      total += length;
      notRun += charactersNotRun(length, script.functions);
    }
    return { total, notRun };
  } finally {
    await context.close();
  }
}

async function timeLoad(
  browser: Browser,
  variant: Variant,
  throttle: number,
  serveEntryScripts: (context: BrowserContext, withoutHint: boolean) => Promise<void>,
): Promise<LoadTimes> {
  const { context, page, report } = await openPane(browser, variant, serveEntryScripts);
  try {
    if (throttle !== 1) await throttleEveryProcess(await context.newCDPSession(page), throttle);
    await page.goto(variant.url, { waitUntil: "commit" });
    const interactive = await withinTime(report, 60_000);
    const navigationStart = await page.evaluate<number>("performance.timeOrigin");
    return {
      fromOutlook: interactive.at - navigationStart,
      fromPane: interactive.at - interactive.paneStart,
      ...interactive.stages,
    };
  } finally {
    await context.close();
  }
}

/**
 * One measure (key) of every variant: its median, and comparisons within each round (every variant loaded once, one
 * after another), the median of the per-round ratios and differences, so that the machine's drift over a run, which
 * moves every variant of a round alike, cancels out.
 */
function measureOf(times: LoadTimes[][], key: keyof LoadTimes) {
  const loads = (index: number): LoadTimes[] => times[index] ?? [];
  const perRound = (index: number, base: number, combine: (ours: number, theirs: number) => number): number[] =>
    loads(index).map((load, round) => combine(load[key], loads(base)[round]?.[key] ?? NaN));
  const ratios = (index: number, base: number): number[] => perRound(index, base, (ours, theirs) => ours / theirs);
  return {
    median: (index: number): number => median(loads(index).map((load) => load[key])),
    ratio: (index: number, base: number): number => median(ratios(index, base)),
    /** The middle half of the per-round ratios: how far one round's ratio strays from the median. */
    ratioQuartiles: (index: number, base: number): [number, number] => {
      const each = ratios(index, base);
      return [quantile(each, 0.25), quantile(each, 0.75)];
    },
    difference: (index: number, base: number): number => median(perRound(index, base, (ours, theirs) => ours - theirs)),
  };
}

/** A difference in ms with its sign. */
function signedMs(value: number): string {
  return `${value >= 0 ? "+" : ""}${value.toFixed(0)}`;
}

/**
 * What of the first screen's entry scripts has run by its first interaction, the pane's against the template's: the
 * code that is there but has not run yet is what could load later (each kilobyte of it is compiled before the page
 * starts, as the compile hint asks).
 */
async function entryCoverageRows(
  browser: Browser,
  demoBuild: string,
  template: Variant | undefined,
  pane: Variant | undefined,
  serveEntryScripts: (context: BrowserContext, withoutHint: boolean) => Promise<void>,
): Promise<BenchRow[]> {
  if (!template || !pane) throw new Error("No template or pane variant.");
  const lengths = (page: string) =>
    new Map(
      paneEntryScripts(demoBuild, page).map((src) => [src, readFileSync(path.join(demoBuild, src), "utf8").length]),
    );
  // What has run by then moves from load to load (by up to 20 KiB in the pane), so the middle of three.
  const middleOf = async (variant: Variant, page: string) => {
    const scripts = lengths(page);
    const loads: Array<{ total: number; notRun: number }> = [];
    for (let load = 0; load < COVERAGE_LOADS; load += 1) {
      loads.push(await entryScriptsRunBy(browser, variant, serveEntryScripts, scripts));
    }
    const sorted = loads.sort((a, b) => a.notRun - b.notRun);
    const middle = sorted[Math.floor(sorted.length / 2)];
    if (!middle) throw new Error("No coverage load.");
    return middle;
  };
  const base = await middleOf(template, "bench-template-pane.html");
  const ours = await middleOf(pane, "demo-taskpane.html");
  const kib = (characters: number): string => (characters / 1024).toFixed(1);
  const figure = ({ total, notRun }: { total: number; notRun: number }): string =>
    `${kib(total - notRun)} of ${kib(total)} KiB run (${(((total - notRun) / total) * 100).toFixed(0)} %), ${kib(notRun)} KiB not`;
  const benchmark = `entry scripts run by "Choose files" usable (median of ${COVERAGE_LOADS} loads each, no throttling)`;
  return [
    { benchmark, variant: template.name, figure: figure(base), ratio: "1.00" },
    {
      benchmark,
      variant: "the add-in's pane (default): ratio of code run",
      figure: figure(ours),
      ratio: ((ours.total - ours.notRun) / (base.total - base.notRun)).toFixed(2),
    },
    {
      benchmark,
      variant: "the add-in's pane (default): ratio of code not run",
      figure: `${kib(ours.notRun)} against ${kib(base.notRun)} KiB`,
      ratio: (ours.notRun / base.notRun).toFixed(2),
    },
  ];
}

export async function runPageLoadBenchmark(): Promise<BenchRow[]> {
  const demoBuild = path.join(ROOT, ".demo-build");
  if (!existsSync(path.join(demoBuild, "demo-taskpane.html"))) {
    throw new Error(".demo-build/demo-taskpane.html is missing: run npx webpack --mode production --env demo first.");
  }
  // Each baseline is its own compilation (webpack.config.js says why), written beside the demo build.
  await buildProduction(demoBuild, { demo: true, benchBaseline: "template" });
  await buildProduction(demoBuild, { demo: true, benchBaseline: "button" });
  const serveEntryScripts = entryScriptServer(demoBuild);
  const demoServer = await startDevServer({ staticDir: demoBuild, addinPort: 0, demoPort: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  // Outlook's page on an Office host name, so the pane is another site with a process of its own
  // (dev/server/outlookWebHost.ts).
  const page = (query: string): string => `${asOutlookWebOrigin(demoServer.demoOrigin)}/demo.html?host=saved${query}`;
  const stack = `React ${packageVersion("react-dom")}, Fluent UI ${packageVersion("@fluentui/react-components")}`;
  // The first is the baseline of every ratio; the pane's default (the last) is also given against the floor.
  const variants: Variant[] = [
    { name: `Microsoft's React task pane template's first screen, ${stack} (baseline)`, url: page("&pane=template") },
    { name: `office.js + one Fluent button, ${stack} (the floor)`, url: page("&pane=baseline") },
    { name: "the add-in's pane, sign-in loaded on first use (signInWarmUp=off)", url: page("&signInWarmUp=off") },
    { name: "the add-in's pane, sign-in and MSAL loading right after first paint (default)", url: page("") },
    {
      name: "the add-in's pane (default), its entry script without the compile hint",
      url: page(""),
      withoutCompileHint: true,
    },
  ];
  const [TEMPLATE, FLOOR, WARM_UP_OFF, DEFAULT, WITHOUT_HINT] = [0, 1, 2, 3, 4];
  try {
    const rows: BenchRow[] = [];
    for (const throttle of THROTTLE_RATES) {
      const times = variants.map((): LoadTimes[] => []);
      // Warms the disk cache, not timed.
      for (const variant of variants) await timeLoad(browser, variant, throttle, serveEntryScripts);
      for (let round = 0; round < LOADS; round += 1) {
        // Each round starts at the next variant in turn, so that none always loads first or after the same one.
        for (let step = 0; step < variants.length; step += 1) {
          const index = (round + step) % variants.length;
          const variant = variants[index];
          const series = times[index];
          if (!variant || !series) throw new Error(`No variant ${index}.`);
          series[round] = await timeLoad(browser, variant, throttle, serveEntryScripts);
        }
      }
      const label = throttle === 1 ? "no throttling" : `${throttle}× CPU throttling`;
      const figure = (ms: number, quartiles?: [number, number]): string => {
        const spread = quartiles
          ? `; middle half of per-round ratios ${quartiles[0].toFixed(2)}–${quartiles[1].toFixed(2)}`
          : "";
        return `${ms.toFixed(0)} ms (median of ${LOADS}${spread})`;
      };
      // From Outlook's page, then from the pane frame's navigation (which leaves out Outlook's own page, the same
      // for every variant): what the pane's page itself takes.
      for (const [start, key] of [
        ["open", "fromOutlook"],
        ["pane frame navigated", "fromPane"],
      ] as const) {
        const paired = measureOf(times, key);
        for (const [index, variant] of variants.entries()) {
          rows.push({
            benchmark: `${start} → "Choose files" usable, ${label}`,
            variant: variant.name,
            figure: figure(
              paired.median(index),
              index === TEMPLATE ? undefined : paired.ratioQuartiles(index, TEMPLATE),
            ),
            ratio: paired.ratio(index, TEMPLATE).toFixed(2),
          });
        }
        rows.push({
          benchmark: `${start} → "Choose files" usable against the floor, ${label}`,
          variant: "the add-in's pane (default), against office.js + one Fluent button",
          figure: `${paired.difference(DEFAULT, FLOOR).toFixed(0)} ms more`,
          ratio: paired.ratio(DEFAULT, FLOOR).toFixed(2),
        });
      }
      const fromOutlook = measureOf(times, "fromOutlook");
      rows.push({
        benchmark: `the compile hint's effect on open → "Choose files" usable, ${label}`,
        variant: "the add-in's pane (default), against the same without the hint",
        figure: `${fromOutlook.difference(DEFAULT, WITHOUT_HINT).toFixed(0)} ms`,
        ratio: fromOutlook.ratio(DEFAULT, WITHOUT_HINT).toFixed(2),
      });
      // Where the pane's time goes, stage by stage, against the template's in the same rounds.
      for (const [stage, key] of [
        ["DOMContentLoaded (the entry script has run)", "contentLoaded"],
        ["Office.onReady resolved", "officeReady"],
        ['"Choose files" shown', "buttonShown"],
        ['"Choose files" usable', "fromPane"],
      ] as const) {
        const paired = measureOf(times, key);
        const ms = (index: number): string => paired.median(index).toFixed(0);
        rows.push({
          benchmark: `pane frame navigated → each stage, the add-in's pane (default) against the template, ${label}`,
          variant: stage,
          figure: `${ms(DEFAULT)} against ${ms(TEMPLATE)} ms, ${signedMs(paired.difference(DEFAULT, TEMPLATE))} ms per round`,
          ratio: paired.ratio(DEFAULT, TEMPLATE).toFixed(2),
        });
      }
      rows.push({
        benchmark: `sign-in warm-up's delay to the first interaction, ${label}`,
        variant: "warm-up after first paint, against sign-in loaded on first use (at most 1.10)",
        figure: `${fromOutlook.difference(DEFAULT, WARM_UP_OFF).toFixed(0)} ms`,
        ratio: fromOutlook.ratio(DEFAULT, WARM_UP_OFF).toFixed(2),
      });
    }
    rows.push(
      ...(await entryCoverageRows(browser, demoBuild, variants[TEMPLATE], variants[DEFAULT], serveEntryScripts)),
    );
    return rows;
  } finally {
    await browser.close();
    await demoServer.close();
  }
}

if (process.argv[1]?.endsWith("pageLoad.ts")) {
  runPageLoadBenchmark().then(printTable, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
