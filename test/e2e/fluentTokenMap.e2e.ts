/**
 * Fluent's token map out of the production build (scripts/build/fluentTokenLiteralsLoader.cjs): no script holds
 * it, while the first screen still gets Fluent's styles through its stylesheet. Run after
 * `npx webpack --mode production` (it reads dist/).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PRODUCTION_BUILD_DIR } from "./support/servedBuild";

/** Entries such as `colorNeutralForeground1:"var(--colorNeutralForeground1)"`, which make up Fluent's map. */
function tokenMapEntries(script: string): number {
  return [...script.matchAll(/["']?(\w+)["']?:\s*["']var\(--(\w+)(?:, [^)]*)?\)["']/g)].filter(
    ([, key, variable]) => key === variable,
  ).length;
}

describe("Fluent's token map in the production build", () => {
  const scripts = readdirSync(PRODUCTION_BUILD_DIR).filter((file) => file.endsWith(".js"));

  it("is in no script: not in the first screen's, not in a lazy chunk", () => {
    expect(scripts.length).toBeGreaterThan(10);
    const withMap = scripts
      .map((file) => ({ file, entries: tokenMapEntries(readFileSync(path.join(PRODUCTION_BUILD_DIR, file), "utf8")) }))
      .filter(({ entries }) => entries > 0);
    expect(withMap).toEqual([]);
  });

  it("would be found: Fluent's own map has hundreds of such entries", () => {
    const fluentMap = readFileSync(path.join(__dirname, "../../node_modules/@fluentui/tokens/lib/tokens.js"), "utf8");
    expect(tokenMapEntries(fluentMap)).toBeGreaterThan(400);
  });
});
