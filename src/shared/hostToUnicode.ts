// The userland package (the trailing slash), not Node's deprecated built-in module of the same name.
import { decode } from "punycode/";

const ACE_PREFIX = "xn--";

/** A label's Punycode (RFC 3492) decoded, or null when it is not valid Punycode. */
function decodeLabel(encoded: string): string | null {
  try {
    return decode(encoded);
  } catch {
    return null;
  }
}

/**
 * A host name as people read it: each `xn--` label decoded to Unicode (`xn--bcher-kva.example` → `bücher.example`).
 * Labels that are not valid Punycode stay as they are. The URL API gives only the ASCII form (`new URL(…).hostname`,
 * which is what is sent) and browsers have no built-in for the way back (Node's `url.domainToUnicode`, which the
 * tests compare against, is not in a browser): the decoding is the `punycode` package's.
 */
export function hostToUnicode(host: string): string {
  return host
    .split(".")
    .map((label) => {
      if (!label.toLowerCase().startsWith(ACE_PREFIX)) return label;
      const decoded = decodeLabel(label.slice(ACE_PREFIX.length));
      // A real IDN label decodes to something non-ASCII and printable; anything else is shown as typed.
      return decoded && /[^\p{ASCII}]/u.test(decoded) && !/[\p{Cc}\p{Cf}]/u.test(decoded) ? decoded : label;
    })
    .join(".");
}
