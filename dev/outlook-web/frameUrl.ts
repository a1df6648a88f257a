/**
 * The URL Outlook on the web gives an add-in's frame: `_host_Info` in the query (host, platform, host-script
 * version, UI language; office.js picks `outlook-web-16.01.js` from it) and `_xdm_Info` in the fragment (the
 * conversation id, the add-in's id and the host page's URL, which office.js will only talk to).
 */
export interface FrameUrlInput {
  addinPageUrl: string;
  language: string;
  conversationId: string;
  addinId: string;
  hostPageUrl: string;
}

export function outlookWebFrameUrl(input: FrameUrlInput): string {
  const url = new URL(input.addinPageUrl);
  // Built by hand: URLSearchParams would percent-encode the `$` separators office.js splits on.
  const hostInfo = `Outlook$Web$16.01$${input.language}$$$$0`;
  url.search = `${url.search ? `${url.search}&` : "?"}_host_Info=${hostInfo}`;
  url.hash = `&_xdm_Info=${input.conversationId}$${input.addinId}$${input.hostPageUrl}`;
  return url.toString();
}
