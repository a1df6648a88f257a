/**
 * webpack loader for the message catalogs (src/i18n/messages/<language>.ts): the bundle gets each catalog's
 * messages precompiled to ICU ASTs by `formatjs compile --ast` (@formatjs/cli), so the ICU parser can be aliased
 * away (react-intl's "pre-parsing messages" guide). The TypeScript catalogs stay the one source: the loader runs
 * the module at build time (`importModule`, which also makes watch mode follow its imports) and compiles what it
 * exports. A malformed message fails the build, as formatjs refuses it.
 */
const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

/** The query that asks for the catalog module itself (what this loader runs), not its compiled form. */
const SOURCE_QUERY = "catalog-source";
const FORMATJS = path.join(path.dirname(require.resolve("@formatjs/cli/package.json")), "bin", "formatjs");

/** @param {unknown} value */
function isCatalog(value) {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).length > 0 &&
    Object.values(value).every((message) => typeof message === "string")
  );
}

/** @param {Record<string, string>} catalog */
function compileToAst(catalog) {
  const dir = mkdtempSync(path.join(tmpdir(), "catalog-"));
  try {
    const input = path.join(dir, "messages.json");
    const output = path.join(dir, "compiled.json");
    writeFileSync(input, JSON.stringify(catalog));
    execFileSync(process.execPath, [FORMATJS, "compile", "--ast", "--format", "simple", "--out-file", output, input], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    return JSON.parse(readFileSync(output, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @this {import("webpack").LoaderContext<Record<string, never>>} */
function precompiledCatalogLoader() {
  const callback = this.async();
  this.importModule(`${this.resourcePath}?${SOURCE_QUERY}`).then(
    (exports) => {
      try {
        const lines = Object.entries(exports)
          .filter(([, value]) => isCatalog(value))
          // JSON.parse of a string literal is faster to start than the same object as a JavaScript literal.
          .map(
            ([name, value]) =>
              `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(compileToAst(value)))});`,
          );
        if (lines.length === 0) throw new Error(`${this.resourcePath} exports no message catalog.`);
        callback(null, lines.join("\n"));
      } catch (error) {
        callback(error instanceof Error ? error : new Error(String(error)));
      }
    },
    (error) => callback(error),
  );
}

module.exports = precompiledCatalogLoader;
module.exports.SOURCE_QUERY = SOURCE_QUERY;
