import { readBuildConfig } from "../config/buildConfig";
import { startTaskpane } from "./bootstrap";
import { dialogPageUrl } from "./dialogPageUrl";
import { lazyTokenProvider } from "./lazyTokenProvider";

/** Production entry: Outlook's office.js (from Microsoft's CDN), sign-in through Office, and real Microsoft Graph. */
const office = (globalThis as { Office?: typeof Office }).Office;
const loadSignIn = () => import(/* webpackChunkName: "sign-in" */ "../auth/signIn");
const container = document.getElementById("root");
if (container) {
  void startTaskpane(container, office, () => {
    if (!office) throw new Error("Office.js is not loaded");
    const config = readBuildConfig();
    return {
      office,
      cloud: config.cloud,
      // Sign-in code loads with the first token request; MSAL itself loads later still, inside it.
      tokens: lazyTokenProvider(async () => {
        const { createOfficeTokenProvider, loadMsalBrowser } = await loadSignIn();
        return createOfficeTokenProvider({
          office,
          loadMsal: loadMsalBrowser,
          config,
          dialogUrl: dialogPageUrl(document.baseURI),
        });
      }),
      forcedColors: () => window.matchMedia("(forced-colors: active)").matches,
      warmUpSignIn: () => {
        loadSignIn()
          .then(({ loadMsalBrowser }) => loadMsalBrowser())
          .catch(() => undefined);
      },
    };
  });
}
