/** The stand-in for the `window.external` classic Outlook injects into its pane (dev/outlook-win32). */
export const OUTLOOK_WIN32_EXTERNAL_STAND_IN = "stand-ins/OutlookWin32External.js";

/** office.js's tag, as written or as the production build minifies it (attribute quotes dropped). */
const OFFICE_JS_TAG = /<script src=("?)office-js\/office\.js\1><\/script>/;

/**
 * The demo pane page as classic Outlook on Windows opens it: Outlook has put its `window.external` in place
 * before any script runs, so its stand-in loads before office.js. Other hosts get the page as built.
 */
export function withOutlookWin32External(html: string): string {
  if (!OFFICE_JS_TAG.test(html)) throw new Error("The demo pane page does not load office-js/office.js.");
  return html.replace(OFFICE_JS_TAG, (tag) => `<script src="${OUTLOOK_WIN32_EXTERNAL_STAND_IN}"></script>${tag}`);
}
