import { hostToUnicode } from "../../../shared/hostToUnicode";

/** The longest link the form sends: browsers and Office have long cut links off at 2,048 characters. */
export const MAX_LINK_LENGTH = 2048;

/** Why a pasted link cannot be attached; each has its own message. */
export type LinkProblem =
  | "empty"
  | "tooLong"
  | "whitespace"
  | "invisibleCharacters"
  | "noScheme"
  | "http"
  | "javascript"
  | "data"
  | "otherScheme"
  | "noHost"
  | "credentials"
  | "invalid";

export type LinkCheck =
  | { ok: false; problem: LinkProblem }
  | {
      ok: true;
      /** What is sent to Graph: the link as the URL parser normalises it (IDN hosts in Punycode, spaces escaped). */
      href: string;
      /** The host for people to read (IDN decoded). */
      displayHost: string;
      url: URL;
    };

/** Control characters, and the invisible ones that can make a link read differently (bidi overrides, zero widths). */
const INVISIBLE = /[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function problemForScheme(scheme: string): LinkProblem {
  switch (scheme.toLowerCase()) {
    case "http":
      return "http";
    case "javascript":
    case "vbscript":
      return "javascript";
    case "data":
      return "data";
    default:
      return "otherScheme";
  }
}

/**
 * Checks a pasted link before anything is sent. Only absolute `https://` links with a host and no user name or
 * password pass; surrounding white space is ignored (pasting often adds some), white space inside is not.
 */
export function checkLink(text: string): LinkCheck {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "empty" };
  if ([...trimmed].length > MAX_LINK_LENGTH) return { ok: false, problem: "tooLong" };
  if (/\s/u.test(trimmed)) return { ok: false, problem: "whitespace" };
  if (INVISIBLE.test(trimmed)) return { ok: false, problem: "invisibleCharacters" };

  const scheme = SCHEME.exec(trimmed)?.[1];
  // `contoso.sharepoint.com/x` has no scheme; `localhost:8080` reads as scheme "localhost" but has no `//` or path.
  if (!scheme || (scheme.includes(".") && !trimmed.includes("//"))) return { ok: false, problem: "noScheme" };
  if (scheme.toLowerCase() !== "https") return { ok: false, problem: problemForScheme(scheme) };
  // The URL parser forgives `https:/host`, `https:///host` and `https:\\host`; a link must spell its host right
  // after `https://`, so it cannot be read two ways.
  if (!/^https:\/\/[^/\\?#]/i.test(trimmed)) return { ok: false, problem: "noHost" };

  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: "invalid" };
  }
  if (url.username !== "" || url.password !== "") return { ok: false, problem: "credentials" };
  if (url.hostname === "") return { ok: false, problem: "noHost" };
  if (url.href.length > MAX_LINK_LENGTH) return { ok: false, problem: "tooLong" };
  return { ok: true, href: url.href, displayHost: hostToUnicode(url.hostname), url };
}
