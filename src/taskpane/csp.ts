import { CLOUDS, type CloudName } from "../config/clouds";

/**
 * The Content-Security-Policy for taskpane.html and dialog.html, as a `<meta http-equiv>` value that webpack can
 * write into both pages. No `unsafe-eval` and no inline scripts. Why each source is there:
 *
 * - `script-src https://appsforoffice.microsoft.com`: office.js must come from Microsoft's CDN, and it loads the
 *   host's script (e.g. outlook-web-16.01.js), its strings and its telemetry script from the same folder. Neither
 *   office.js 1.1.110 nor those files use eval or `new Function`.
 * - `script-src https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js`: inside Outlook (web, Windows and Mac alike)
 *   the host script needs MicrosoftAjax, which no Office file defines; it adds a `<script>` for this URL and throws
 *   "Not able to load MicrosoftAjax.js." when it is refused, and Office.onReady then never resolves. The source
 *   names the file, not the host, so nothing else on that CDN can run. The host script asks for `http:` on an
 *   `http:` page; add-ins are only served over https, so that URL is left refused.
 * - `script-src https://cdnsrc.asp.net/ajax/3.5/MicrosoftAjax.js`: the same file where the CDN has been seen to
 *   redirect (office-js#5733). After a redirect CSP ignores a source's path but still checks its host, so without
 *   this a redirect would stop Office just as a refusal does. Only this file may be loaded from there directly.
 * - `style-src 'unsafe-inline'`: Fluent UI v9 (Griffel) adds `<style>` elements at run time, and static pages cannot
 *   carry a per-response nonce. Inline styles cannot run code; inline scripts stay refused.
 * - `connect-src`: the cloud's Graph root, its sign-in host (MSAL's token requests), and the Outlook hosts that
 *   Graph's upload sessions hand out `uploadUrl`s on (large files PUT there, without a token). US Government clouds
 *   have no upload sessions, so none is added there. And the hosts OneDrive for work or school and SharePoint
 *   hand out drive upload-session URLs on (a tenant's own `*-my.sharepoint.com` or `*.sharepoint.com` site, whose
 *   name only the tenant knows, hence the wildcard), for files uploaded to OneDrive to be attached as links.
 * - `frame-src`: the sign-in host (MSAL's silent renewal iframe) and the Office CDN (office.js opens its own
 *   error page there in Outlook on the web when the host is not trusted).
 * - `worker-src 'self'`: the worker that builds the browser's locale data while office.js starts
 *   (src/i18n/warmUpLocaleData.ts); named, so that it does not rest on the fallback to `script-src`.
 * - `frame-ancestors` is not here: browsers ignore it in a `<meta>` tag, and Outlook frames the pane from many hosts.
 */
export interface ContentSecurityPolicyOptions {
  cloud: CloudName;
  /** The Graph root the build talks to instead of the cloud's, e.g. the emulator (its origin is allowed). */
  graphBaseUrl?: string;
  /** With `graphBaseUrl`: the emulator's upload host, in place of the cloud's upload-session hosts. */
  uploadBaseUrl?: string;
}

export const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** What every Outlook host script loads before it can talk to its host (see the policy's comment). */
export const MICROSOFT_AJAX_URL = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";
/** The same file where the CDN has been seen to redirect. */
export const MICROSOFT_AJAX_MIRROR_URL = "https://cdnsrc.asp.net/ajax/3.5/MicrosoftAjax.js";

/**
 * Hosts of upload-session URLs. Global: both hosts have been seen in Graph's answers. China: Outlook's host for
 * 21Vianet, not confirmed by any published upload-session sample.
 */
export const UPLOAD_SESSION_HOSTS: Readonly<Record<CloudName, readonly string[]>> = {
  global: ["https://outlook.office.com", "https://outlook.office365.com"],
  china: ["https://partner.outlook.cn"],
  usGovL4: [],
  usGovL5DoD: [],
};

/** Hosts of drive upload-session URLs: each cloud's SharePoint domain (OneDrive for work or school is on it too). */
export const DRIVE_UPLOAD_HOSTS: Readonly<Record<CloudName, readonly string[]>> = {
  global: ["https://*.sharepoint.com"],
  china: ["https://*.sharepoint.cn"],
  usGovL4: ["https://*.sharepoint.us"],
  usGovL5DoD: ["https://*.sharepoint-mil.us"],
};

function originOf(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.hostname !== "localhost" && parsed.hostname !== "127.0.0.1") {
    throw new RangeError(`The Graph base URL must be https (or a local emulator), got ${parsed.origin}.`);
  }
  return parsed.origin;
}

export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const cloud = CLOUDS[options.cloud];
  const graph = options.graphBaseUrl === undefined ? cloud.graph : originOf(options.graphBaseUrl);
  const uploads =
    options.uploadBaseUrl === undefined
      ? [...UPLOAD_SESSION_HOSTS[options.cloud], ...DRIVE_UPLOAD_HOSTS[options.cloud]]
      : [originOf(options.uploadBaseUrl)];
  const connect = [...new Set(["'self'", graph, cloud.login, ...uploads])];
  const directives: Array<[string, string[]]> = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", OFFICE_CDN, MICROSOFT_AJAX_URL, MICROSOFT_AJAX_MIRROR_URL]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:"]],
    ["font-src", ["'self'"]],
    ["worker-src", ["'self'"]],
    ["connect-src", connect],
    ["frame-src", [cloud.login, OFFICE_CDN]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}
