/**
 * The demo: a simulated Outlook on the web (this page) framing the real task pane, which runs the real office.js
 * against this page's answers, the demo sign-in and the local Graph emulator. Never part of the production build.
 *
 * URL parameters: host=<scenario> lang=<tag> theme=<light|dark|highContrast> graph=<url> authFail=<reason>
 */
import { createRoot } from "react-dom/client";
import { parseHostOptionsFromUrl, type HostUrlOptions, type SavedItemInfo } from "../office";
import { startSimulatedOutlookWeb } from "../outlook-web/simulatedOutlookWeb";
import { DemoBar } from "./DemoBar";
import { readDemoConfig } from "./demoConfig";
import { manifestFacts } from "./manifestFacts";
import { reportSavedMeeting } from "./reportSavedMeeting";
import { SimulatedComposeForm, type ComposeFormView } from "./SimulatedComposeForm";

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const config = await readDemoConfig(params);
  const manifest = manifestFacts();
  const options: HostUrlOptions = parseHostOptionsFromUrl(window.location.search);
  const frame = document.getElementById("addin-frame") as HTMLIFrameElement | null;
  const composeRoot = document.getElementById("compose");
  const barRoot = document.getElementById("demo-bar");
  if (!frame || !composeRoot || !barRoot) return;

  const paneUrl = new URL("/demo-taskpane.html", config.addinOrigin);
  paneUrl.searchParams.set("graph", config.graphBaseUrl);
  const authFail = params.get("authFail");
  if (authFail) paneUrl.searchParams.set("authFail", authFail);

  const compose = createRoot(composeRoot);
  const render = (view: ComposeFormView): void =>
    compose.render(<SimulatedComposeForm view={view} profile={outlook.profile} />);
  const outlook = startSimulatedOutlookWeb(window, {
    frame,
    addinPageUrl: paneUrl.toString(),
    scenario: options.scenario,
    language: options.language,
    theme: options.theme,
    permission: manifest.permission,
    addinId: manifest.id,
    addinName: "Meeting Attachments",
    onItemSaved: async (info: SavedItemInfo) => {
      await reportSavedMeeting(config.graphBaseUrl, info);
      render({ ...outlook.draft.fields, saved: true });
    },
  });
  Object.defineProperty(window, "simulatedOutlook", { value: outlook });
  render({ ...outlook.draft.fields, saved: outlook.draft.currentItemId() !== null });
  createRoot(barRoot).render(
    <DemoBar options={options} graphBaseUrl={config.graphBaseUrl} onThemeChange={(theme) => outlook.setTheme(theme)} />,
  );
}

start().catch((error: unknown) => {
  console.error("The simulated Outlook could not start:", error);
});
