import { createOfficeTokenProvider, loadMsalBrowser } from "../auth";
import { readBuildConfig } from "../config/buildConfig";
import { startTaskpane } from "./bootstrap";

/** Production entry: Outlook's office.js (from Microsoft's CDN), sign-in through Office, and real Microsoft Graph. */
const office = (globalThis as { Office?: typeof Office }).Office;
const container = document.getElementById("root");
if (container) {
  void startTaskpane(container, office, () => {
    const config = readBuildConfig();
    if (!office) throw new Error("Office.js is not loaded");
    return {
      office,
      cloud: config.cloud,
      tokens: createOfficeTokenProvider({
        office,
        loadMsal: loadMsalBrowser,
        config,
        dialogUrl: `${window.location.origin}/dialog.html`,
      }),
      forcedColors: () => window.matchMedia("(forced-colors: active)").matches,
    };
  });
}
