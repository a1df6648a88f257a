import { hostText, type OfficeLike } from "./officeHost";

/**
 * Which Outlook the pane runs in, as far as Office tells:
 * - `web`: Outlook on the web (`OfficeOnline`, `OutlookWebApp`);
 * - `newOutlook`: new Outlook on Windows (`OfficeOnline`, `newOutlookWindows`). Some builds report
 *   `OutlookWebApp` instead and are then taken for `web`, which behaves the same way for the pane;
 * - `classicWindows`: classic Outlook on Windows (`PC`, `Outlook`);
 * - `mac`: Outlook on Mac, new or legacy interface (`Mac`, `Outlook`);
 * - `mobile`: Outlook on iOS or Android;
 * - `unknown`: none of these (another host name, or nothing reported).
 */
export type OutlookClient = "web" | "newOutlook" | "classicWindows" | "mac" | "mobile" | "unknown";

/**
 * Reads the client from `Office.context.platform` (or `Office.context.diagnostics.platform`) and
 * `Office.context.mailbox.diagnostics.hostName`. The platform decides; the host name separates new Outlook from
 * Outlook on the web, and stands in when no platform is given.
 */
export function detectOutlookClient(host: OfficeLike): OutlookClient {
  const context = host.context;
  const platform = hostText(context.platform) ?? hostText(context.diagnostics?.platform);
  const hostName = (hostText(context.mailbox?.diagnostics?.hostName) ?? "").toLowerCase();
  switch (platform) {
    case "OfficeOnline":
      return hostName === "newoutlookwindows" ? "newOutlook" : "web";
    case "PC":
      return "classicWindows";
    case "Mac":
      return "mac";
    case "iOS":
    case "Android":
      return "mobile";
  }
  switch (hostName) {
    case "outlookwebapp":
      return "web";
    case "newoutlookwindows":
      return "newOutlook";
    case "outlookios":
    case "outlookandroid":
      return "mobile";
    default:
      // "Outlook" without a platform is a desktop Outlook, Windows or Mac: both keep their own copy.
      return hostName === "outlook" ? "classicWindows" : "unknown";
  }
}
