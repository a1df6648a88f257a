/**
 * V8's explicit compile hint in the production build (webpack.config.js): the first line of every page's entry
 * script, where Chromium reads it, and of no lazy chunk, whose functions run only in part; the source maps still
 * point at the right lines. Its effect on start-up is measured by `npm run bench`, not here. Run after
 * `npx webpack --mode production` (it reads dist/).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { COMPILE_HINT, entryScriptsOf } from "../../scripts/build/compileHint";
import { PRODUCTION_BUILD_DIR } from "./support/servedBuild";

const PAGES = ["taskpane.html", "dialog.html"];

function read(file: string): string {
  return readFileSync(path.join(PRODUCTION_BUILD_DIR, file), "utf8");
}

describe("the compile hint in the production build", () => {
  const entries = PAGES.flatMap((page) => entryScriptsOf(read(page)));

  it("finds each page's own entry scripts, the task pane's start-up script before its main one", () => {
    expect(entries).toEqual([
      expect.stringMatching(/^startup\.[0-9a-f]{8}\.js$/),
      expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/),
      expect.stringMatching(/^dialog\./),
    ]);
  });

  it.each(entries)("%s starts with the hint, alone on its first line", (file) => {
    expect(read(file).split("\n", 1)[0]).toBe(COMPILE_HINT);
  });

  it("leaves every lazy chunk without it", () => {
    const lazy = readdirSync(PRODUCTION_BUILD_DIR).filter((file) => file.endsWith(".js") && !entries.includes(file));
    expect(lazy.length).toBeGreaterThan(10);
    expect(lazy.filter((file) => read(file).includes(COMPILE_HINT))).toEqual([]);
  });

  it.each(entries)("%s's source map starts one line down, past the hint", (file) => {
    const lines = read(file).split("\n");
    const map = JSON.parse(read(`${file}.map`)) as { mappings: string };
    const mappedLines = map.mappings.split(";");
    // Nothing maps to the hint's line, and the map has a group for each line of code below it.
    expect(mappedLines[0]).toBe("");
    expect(mappedLines.slice(1).some((group) => group.length > 0)).toBe(true);
    expect(mappedLines.length).toBeLessThanOrEqual(lines.length);
    // The code that names office.js is on the line the map gives code to, not on the hint's.
    const codeLine = lines.findIndex((line) => line.includes("Office"));
    expect(codeLine).toBeGreaterThan(0);
    expect(mappedLines[codeLine]?.length ?? 0).toBeGreaterThan(0);
  });
});
