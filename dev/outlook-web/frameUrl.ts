/**
 * How Outlook on the web hands an add-in's frame its context: `_host_Info` in the query (host, platform,
 * host-script version, UI language; office.js picks `outlook-web-16.01.js` from it), `_xdm_Info` in the fragment
 * (the conversation id, the add-in's id and the host page's URL, which office.js will only talk to). Outlook also
 * puts the two in the frame's `name` as JSON when it creates the frame; the demo's frame is in demo.html from the
 * start, and a browser keeps the name a frame had when it was inserted, so the simulated Outlook gives the URL only
 * (office.js reads the URL first).
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
