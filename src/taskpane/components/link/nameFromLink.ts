import { MAX_NAME_LENGTH } from "../../../graph";
import { hostToUnicode } from "../../../shared/hostToUnicode";

/** Percent-decodes one path segment; a malformed escape, or one that decodes to control characters, keeps the raw text. */
function decodeSegment(segment: string): string {
  try {
    const decoded = decodeURIComponent(segment);
    return /\p{Cc}/u.test(decoded) ? segment : decoded;
  } catch {
    return segment;
  }
}

/** Shortens to the longest name Graph accepts, counting characters as people see them (code points). */
function fitName(name: string): string {
  const points = [...name];
  return points.length > MAX_NAME_LENGTH ? points.slice(0, MAX_NAME_LENGTH).join("") : name;
}

/**
 * The name a link suggests: its last path segment, percent-decoded, without trailing slashes
 * (`…/Shared%20Documents/Budget%202025.xlsx` → `Budget 2025.xlsx`, `…/Plans/` → `Plans`). A link with no path
 * suggests its host, IDN decoded. Empty when the text is not a URL.
 */
export function nameFromLink(url: URL | null): string {
  if (!url) return "";
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  const last = segments.at(-1);
  if (last === undefined) return hostToUnicode(url.hostname);
  return fitName(decodeSegment(last).trim());
}
