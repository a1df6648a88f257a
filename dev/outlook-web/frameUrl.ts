/**
 * How Outlook on the web hands an add-in's frame its context: `_host_Info` in the query (host, platform,
 * host-script version, UI language; office.js picks `outlook-web-16.01.js` from it), `_xdm_Info` in the fragment
 * (the conversation id, the add-in's id and the host page's URL, which office.js will only talk to), and the same
 * two in the frame's `name` as JSON, which office.js reads back when it opens a dialog window.
 */
export interface FrameUrlInput {
  addinPageUrl: string;
  language: string;
  conversationId: string;
  addinId: string;
  hostPageUrl: string;
}

function hostInfoOf(input: FrameUrlInput): string {
  return `Outlook$Web$16.01$${input.language}$$$$0`;
}

function xdmInfoOf(input: FrameUrlInput): string {
  return `${input.conversationId}$${input.addinId}$${input.hostPageUrl}`;
}

export function outlookWebFrameUrl(input: FrameUrlInput): string {
  const url = new URL(input.addinPageUrl);
  // Built by hand: URLSearchParams would percent-encode the `$` separators office.js splits on.
  url.search = `${url.search ? `${url.search}&` : "?"}_host_Info=${hostInfoOf(input)}`;
  url.hash = `&_xdm_Info=${xdmInfoOf(input)}`;
  return url.toString();
}

/** The frame's `name` (office.js's `OSF.WindowNameItemKeys`). */
export function outlookWebFrameName(input: FrameUrlInput): string {
  return JSON.stringify({
    baseFrameName: input.conversationId,
    hostInfo: hostInfoOf(input),
    xdmInfo: xdmInfoOf(input),
    serializerVersion: 1,
  });
}
