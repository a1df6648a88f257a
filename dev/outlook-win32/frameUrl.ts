import { outlookWin32Fragment, type Win32FrameContext } from "./frameContext";

/**
 * How classic Outlook on Windows opens an add-in's page: `_host_Info` in the query (host, platform, host-script
 * version, UI language; office.js picks `outlook-win32-16.02.js` from it) and no `_xdm_Info`, since office.js talks
 * to Outlook through `window.external`, not across frames. The fragment carries the stand-in's native context.
 */
export function outlookWin32HostInfo(language: string): string {
  return `Outlook$Win32$16.02$${language}$$$$0`;
}

/** True when a page's query names classic Outlook on Windows as its host. */
export function namesOutlookWin32(search: string): boolean {
  const match = /[?&]_host_Info=([^&#]*)/.exec(search);
  return (
    decodeURIComponent(match?.[1] ?? "")
      .split("$")[1]
      ?.toLowerCase() === "win32"
  );
}

export function outlookWin32FrameUrl(addinPageUrl: string, language: string, frameContext: Win32FrameContext): string {
  const url = new URL(addinPageUrl);
  // Built by hand: URLSearchParams would percent-encode the `$` separators office.js splits on.
  url.search = `${url.search ? `${url.search}&` : "?"}_host_Info=${outlookWin32HostInfo(language)}`;
  url.hash = outlookWin32Fragment(frameContext);
  return url.toString();
}
