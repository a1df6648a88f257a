/**
 * V8's explicit compile hint, which the build writes as the first line of each page's entry script
 * (webpack.config.js says why), and where a page's entry scripts are named in its built HTML.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** The scripts a built page loads from the build itself (office.js comes from Microsoft's CDN); its HTML is minified. */
export function entryScriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc="?([^"\s>]+\.js)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
}
