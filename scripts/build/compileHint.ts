/**
 * V8's explicit compile hint, which the build writes as the first line of each page's entry script
 * (webpack.config.js says why), and where a page's entry scripts are named in its built HTML.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/**
 * The scripts a built page loads from the build's own bundles, in order: not office.js, which production pages load
 * from Microsoft's CDN and the demo's pages from `office-js/`, nor the demo's host stand-ins (`stand-ins/`, what
 * Outlook itself provides). Its HTML is minified.
 */
export function entryScriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc="?([^"\s>]+\.js)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^(?:https?:|office-js\/|stand-ins\/)/.test(src));
}
