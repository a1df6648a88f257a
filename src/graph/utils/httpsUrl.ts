/** Why a link was refused; the caller turns it into an input error. */
export type HttpsUrlProblem = "urlInvalid" | "urlNotHttps";

/**
 * Checks that `text` is an absolute `https:` URL with a host and nothing that could be read two ways:
 * no whitespace or control characters and no user name or password. Returns the problem, or undefined when fine.
 */
export function checkHttpsUrl(text: string): HttpsUrlProblem | undefined {
  if (text === "" || /[\s\p{Cc}]/u.test(text)) return "urlInvalid";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "urlInvalid";
  }
  if (url.protocol !== "https:") return "urlNotHttps";
  // WHATWG parsing forgives `https:///host`; a link must spell its host right after `https://`.
  if (!/^https:\/\/[^/?#]/i.test(text)) return "urlInvalid";
  if (url.hostname === "" || url.username !== "" || url.password !== "") return "urlInvalid";
  return undefined;
}
