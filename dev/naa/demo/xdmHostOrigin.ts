/**
 * The simulated Outlook's origin as the pane's frame address gives it to office.js: the fragment's
 * `_xdm_Info=<conversation id>$<add-in id>$<host page URL>` (see dev/outlook-web/frameUrl.ts). Null without one.
 */
export function hostOriginFromXdmInfo(hash: string): string | null {
  const match = /(?:^#|&)_xdm_Info=([^&]*)/.exec(hash);
  const hostPageUrl = match?.[1]?.split("$").pop();
  if (!hostPageUrl) return null;
  try {
    return new URL(decodeURIComponent(hostPageUrl)).origin;
  } catch {
    return null;
  }
}
