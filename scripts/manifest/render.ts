/**
 * Turns the committed manifest (every URL on the development base) into the manifest for a deployment.
 */

/** The base every URL in manifest.xml is written against. */
export const DEV_BASE_URL = "https://localhost:3000";

/**
 * Checks a deployment base URL and returns it without a trailing slash.
 * It must be an https origin, optionally with a path (for an add-in hosted under a folder), and nothing else:
 * no query, fragment or credentials, because every manifest URL is built by appending a path to it.
 */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new Error(`The add-in base URL "${baseUrl}" is not a valid URL.`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`The add-in base URL must use https (Office loads add-ins only over https), got "${baseUrl}".`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new Error(`The add-in base URL must not contain credentials.`);
  }
  if (url.search !== "" || url.hash !== "" || baseUrl.includes("?") || baseUrl.includes("#")) {
    throw new Error(`The add-in base URL must not have a query or fragment, got "${baseUrl}".`);
  }
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.origin}${path}`;
}

/** Escapes a value for use in XML text or a double-quoted attribute. */
function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Replaces the development base with `baseUrl` wherever it starts a URL in the manifest.
 * Only whole-base matches are replaced (followed by "/", a quote, "<", white space or the end), so a longer host
 * such as https://localhost:30001 is never half-rewritten. AppDomain entries get the origin alone, since Office
 * compares domains, not paths. Throws when the base URL is unusable or when the manifest has no URL on the
 * development base (a sign it was rendered already).
 */
export function renderManifest(xml: string, baseUrl: string): string {
  const target = normalizeBaseUrl(baseUrl);
  const origin = new URL(target).origin;
  const devBase = /https:\/\/localhost:3000(?=[/"'<\s]|$)/g;
  if (xml.search(devBase) === -1) {
    throw new Error(`The manifest has no URL on ${DEV_BASE_URL}; is it already rendered?`);
  }
  // Function replacements keep any "$" in the URL literal.
  return xml
    .replace(/(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g, (_m, open: string, close: string) => {
      return `${open}${escapeXml(origin)}${close}`;
    })
    .replace(devBase, () => escapeXml(target));
}
