/**
 * Bundle budget: the taskpane's first screen (the JavaScript and CSS taskpane.html loads before it can run), one
 * organizer's session (everything the pane loads in one language: the first screen, the three forms, the list, the
 * pickers, sign-in with MSAL; not the dialog page, not the other languages) and all JavaScript and CSS, raw and
 * gzip (level 9), against bench/bundle-budget.json. The CSS is Fluent UI's and ours, extracted at build time. Build first: npx webpack --mode production
 * Run: npx tsx scripts/check-bundle-budget.ts [dist] [--stats /tmp/stats.json]
 * With a stats file it lists the five largest modules of the taskpane's initial chunk; the config's stats preset
 * prints errors only, so ask for modules: npx webpack --mode production --stats=normal --json=/tmp/stats.json
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleBudget {
  initialGzipBytes: number;
  sessionGzipBytes: number;
  totalGzipBytes: number;
}

export interface BundleSizes {
  /** Scripts and stylesheets taskpane.html loads before it runs (its own, not office.js from the CDN). */
  initialFiles: string[];
  initialRawBytes: number;
  /** JavaScript and CSS. */
  initialGzipBytes: number;
  /** Of which CSS. */
  initialCssGzipBytes: number;
  /** What one organizer's pane loads in a session in one language (see sessionFiles), JavaScript and CSS. */
  sessionFiles: string[];
  sessionGzipBytes: number;
  sessionCssGzipBytes: number;
  totalRawBytes: number;
  totalGzipBytes: number;
}

export const BUDGET_FILE = path.resolve(__dirname, "../bench/bundle-budget.json");

function gzipBytes(data: Buffer): number {
  return gzipSync(data, { level: 9 }).byteLength;
}

/**
 * The local files one kind of tag in an HTML page points to, by the attribute `reference` (src, href), among the
 * tags `wanted` accepts. html-webpack-plugin minifies: attribute values may be unquoted.
 */
function localReferences(
  html: string,
  tag: string,
  reference: string,
  wanted: (attributes: string) => boolean,
): string[] {
  const files: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "gi"))) {
    const attributes = match[1] ?? "";
    const found = new RegExp(`\\b${reference}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attributes);
    const value = found?.[1] ?? found?.[2] ?? found?.[3];
    if (!value || /^(https?:)?\/\//i.test(value) || !wanted(attributes)) continue;
    files.push(value.replace(/^\//, ""));
  }
  return files;
}

/**
 * The local scripts an HTML page runs as it loads: `<script src>` without `async`, plus `defer` ones (they run
 * before DOMContentLoaded). Lazy chunks are not in the HTML, so they are not counted.
 */
export function initialScripts(html: string): string[] {
  return localReferences(html, "script", "src", (attributes) => !/\basync\b/i.test(attributes));
}

/** The page's own stylesheets: `<link rel=stylesheet href>`. */
export function initialStylesheets(html: string): string[] {
  return localReferences(html, "link", "href", (attributes) => /\brel\s*=\s*["']?stylesheet\b/i.test(attributes));
}

const ASSET = /\.(?:js|css)$/;

/** A language's chunks are named `i18n-<language>` (src/i18n/loadMessages.ts), optionally with a suffix. */
const LANGUAGE_CHUNK = /^i18n-([a-z]+)\b/;

/**
 * One organizer's session: every script in `dist` but the dialog page's own and the language chunks, plus the
 * chunks of the heaviest language (English ships in the first screen; another language adds its chunks). A chunk
 * only the dialog used would be counted too: the figure errs on the large side.
 */
export function sessionFiles(
  files: ReadonlyArray<{ file: string; gzipBytes: number }>,
  dialogFiles: readonly string[],
): string[] {
  const dialog = new Set(dialogFiles);
  const shared: string[] = [];
  const byLanguage = new Map<string, { files: string[]; bytes: number }>();
  for (const { file, gzipBytes } of files) {
    if (dialog.has(file)) continue;
    const language = LANGUAGE_CHUNK.exec(path.basename(file))?.[1];
    if (!language) {
      shared.push(file);
      continue;
    }
    const group = byLanguage.get(language) ?? { files: [], bytes: 0 };
    group.files.push(file);
    group.bytes += gzipBytes;
    byLanguage.set(language, group);
  }
  const heaviest = [...byLanguage.values()].sort((a, b) => b.bytes - a.bytes)[0];
  return [...shared, ...(heaviest?.files ?? [])];
}

export function measureBundle(dist: string): BundleSizes {
  const htmlPath = path.join(dist, "taskpane.html");
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} is missing: run npx webpack --mode production first.`);
  const html = readFileSync(htmlPath, "utf8");
  const initialFiles = [...initialScripts(html), ...initialStylesheets(html)];
  if (!initialFiles.some((file) => /^taskpane\.[^/]*\.js$/.test(path.basename(file)))) {
    throw new Error("taskpane.html loads no taskpane.*.js entry chunk.");
  }
  const sizes = {
    initialRawBytes: 0,
    initialGzipBytes: 0,
    initialCssGzipBytes: 0,
    totalRawBytes: 0,
    totalGzipBytes: 0,
  };
  for (const file of initialFiles) {
    const data = readFileSync(path.join(dist, file));
    const gzip = gzipBytes(data);
    sizes.initialRawBytes += data.byteLength;
    sizes.initialGzipBytes += gzip;
    if (file.endsWith(".css")) sizes.initialCssGzipBytes += gzip;
  }
  const all: Array<{ file: string; gzipBytes: number }> = [];
  for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
    if (!ASSET.test(file)) continue;
    const data = readFileSync(path.join(dist, file));
    const gzip = gzipBytes(data);
    all.push({ file: file.split(path.sep).join("/"), gzipBytes: gzip });
    sizes.totalRawBytes += data.byteLength;
    sizes.totalGzipBytes += gzip;
  }
  const dialogHtml = path.join(dist, "dialog.html");
  const dialogPage = existsSync(dialogHtml) ? readFileSync(dialogHtml, "utf8") : "";
  const dialogFiles = [...initialScripts(dialogPage), ...initialStylesheets(dialogPage)];
  const session = sessionFiles(all, dialogFiles);
  const sessionSet = new Set(session);
  const inSession = all.filter(({ file }) => sessionSet.has(file));
  const sum = (files: typeof all): number => files.reduce((total, f) => total + f.gzipBytes, 0);
  return {
    initialFiles,
    ...sizes,
    sessionFiles: session,
    sessionGzipBytes: sum(inSession),
    sessionCssGzipBytes: sum(inSession.filter(({ file }) => file.endsWith(".css"))),
  };
}

export function readBudget(file = BUDGET_FILE): BundleBudget {
  const value = JSON.parse(readFileSync(file, "utf8")) as Partial<BundleBudget>;
  const { initialGzipBytes, sessionGzipBytes, totalGzipBytes } = value;
  if (
    typeof initialGzipBytes !== "number" ||
    typeof sessionGzipBytes !== "number" ||
    typeof totalGzipBytes !== "number"
  ) {
    throw new Error(`${file} needs numeric initialGzipBytes, sessionGzipBytes and totalGzipBytes.`);
  }
  return { initialGzipBytes, sessionGzipBytes, totalGzipBytes };
}

/** A budget from measured sizes: each figure rounded up to the next KiB. */
export function budgetFor(sizes: BundleSizes): BundleBudget {
  const roundUp = (bytes: number): number => Math.ceil((bytes + 1) / 1024) * 1024;
  return {
    initialGzipBytes: roundUp(sizes.initialGzipBytes),
    sessionGzipBytes: roundUp(sizes.sessionGzipBytes),
    totalGzipBytes: roundUp(sizes.totalGzipBytes),
  };
}

interface StatsModule {
  name?: string;
  size?: number;
  chunks?: Array<string | number>;
  usedExports?: string[] | boolean | null;
  providedExports?: string[] | null;
  modules?: StatsModule[];
}

interface Stats {
  modules?: StatsModule[];
  entrypoints?: Record<string, { chunks?: Array<string | number> }>;
}

export interface ModuleSize {
  name: string;
  /** Source size: before tree shaking and minification. */
  size: number;
  /** "used/provided" exports when webpack knows them: few used of many is a barrel file worth cutting. */
  exports: string;
}

/** The largest modules in the taskpane's initial chunks, from a webpack stats file (`--json`, stats "normal"). */
export function largestInitialModules(statsJson: string, count = 5): ModuleSize[] {
  const stats = JSON.parse(statsJson) as Stats;
  const initial = new Set((stats.entrypoints?.["taskpane"]?.chunks ?? []).map(String));
  if (!stats.modules || initial.size === 0) {
    throw new Error("The stats file has no modules or entry points: build with --stats=normal --json=<file>.");
  }
  const modules = stats.modules.filter((module) => (module.chunks ?? []).some((chunk) => initial.has(String(chunk))));
  const flat: ModuleSize[] = [];
  const walk = (list: StatsModule[]): void => {
    for (const module of list) {
      if (module.modules?.length) {
        walk(module.modules);
        continue;
      }
      if (!module.name || typeof module.size !== "number") continue;
      const used = Array.isArray(module.usedExports) ? module.usedExports.length : undefined;
      const provided = Array.isArray(module.providedExports) ? module.providedExports.length : undefined;
      const exports = used !== undefined && provided ? `${used}/${provided} exports used` : "";
      flat.push({ name: module.name, size: module.size, exports });
    }
  };
  walk(modules);
  return flat.sort((a, b) => b.size - a.size).slice(0, count);
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Kilobytes (1,000 bytes), the unit the issue's template figures use, next to KiB. */
function both(bytes: number): string {
  return `${kib(bytes)} = ${(bytes / 1000).toFixed(1)} KB`;
}

function main(): void {
  const args = process.argv.slice(2);
  const statsIndex = args.indexOf("--stats");
  const statsFile = statsIndex >= 0 ? args[statsIndex + 1] : undefined;
  const positional = statsIndex < 0 ? args : args.filter((_, i) => i !== statsIndex && i !== statsIndex + 1);
  const dist = path.resolve(positional[0] ?? "dist");
  const sizes = measureBundle(dist);
  const budget = readBudget();
  console.log(`Taskpane first screen, JavaScript and CSS (${sizes.initialFiles.join(", ")}):`);
  console.log(
    `  raw ${kib(sizes.initialRawBytes)}, gzip ${both(sizes.initialGzipBytes)}, of which CSS ${both(sizes.initialCssGzipBytes)} (budget ${both(budget.initialGzipBytes)})`,
  );
  console.log(
    `One organizer's session in one language (${sizes.sessionFiles.length} files): gzip ${both(sizes.sessionGzipBytes)}, of which CSS ${both(sizes.sessionCssGzipBytes)} (budget ${both(budget.sessionGzipBytes)})`,
  );
  console.log(
    `All JavaScript and CSS: raw ${kib(sizes.totalRawBytes)}, gzip ${kib(sizes.totalGzipBytes)} (budget ${kib(budget.totalGzipBytes)})`,
  );
  if (statsFile) {
    console.log("Largest modules of the initial chunk (source size, before tree shaking and minification):");
    for (const module of largestInitialModules(readFileSync(statsFile, "utf8"))) {
      console.log(`  ${kib(module.size).padStart(10)}  ${module.name}${module.exports ? ` (${module.exports})` : ""}`);
    }
  }
  const over = [
    sizes.initialGzipBytes > budget.initialGzipBytes ? "first screen" : "",
    sizes.sessionGzipBytes > budget.sessionGzipBytes ? "session" : "",
    sizes.totalGzipBytes > budget.totalGzipBytes ? "all JavaScript and CSS" : "",
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(
      `Over budget: ${over.join(" and ")}. Cut the largest modules or, if the growth is worth it, raise bench/bundle-budget.json.`,
    );
    process.exitCode = 1;
  } else {
    console.log("Within budget.");
  }
}

if (process.argv[1]?.endsWith("check-bundle-budget.ts")) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
