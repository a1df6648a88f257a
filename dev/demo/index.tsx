/**
 * The demo: a simulated Outlook on the web, or classic Outlook on Windows for the Windows scenarios (this page),
 * framing the real task pane, which runs the real office.js against this page's answers (sign-in included: this
 * page brokers nested app auth) and the local Graph emulator. Never part of the production build.
 *
 * URL parameters: host=<scenario> lang=<tag> theme=<light|dark|highContrast> graph=<url> authFail=<reason>
 * authFailMode=always signIn=<naa|demo> (nested app auth through the stand-in bridge by default, see dev/naa/demo)
 * signInWarmUp=off (sign-in code loads with the first token request, not after the first paint) pane=baseline or
 * pane=template (one of the page-load benchmark's baseline panes in dev/bench/, in place of the add-in's)
 *
 * The bar above the pane also plays the meeting window itself: what it holds, and its Send button.
 */
import { createRoot } from "react-dom/client";
import { afterPaint } from "../../src/shared/afterPaint";
import { parseHostOptionsFromUrl, sendFromWindow, type HostUrlOptions, type SavedItemInfo } from "../office";
import { SCENARIO_PROFILES } from "../office/scenarios";
import { demoSignInFrom, paneSignInParameters, startDemoBroker } from "../naa/demo";
import { startSimulatedOutlookWeb } from "../outlook-web/simulatedOutlookWeb";
import { startSimulatedOutlookWin32 } from "../outlook-win32/simulatedOutlookWin32";
import { DemoBar } from "./DemoBar";
import { readDemoConfig } from "./demoConfig";
import { reportFormSend } from "./reportFormSend";
import { manifestFacts } from "./manifestFacts";
import { reportSavedMeeting } from "./reportSavedMeeting";
import { SimulatedComposeForm, type ComposeFormView } from "./SimulatedComposeForm";

/** The page-load benchmark's baseline panes, by the `pane` parameter (webpack.config.js builds them). */
const BENCH_PANES: Readonly<Record<string, string>> = {
  baseline: "/bench-baseline-pane.html",
  template: "/bench-template-pane.html",
};

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const config = await readDemoConfig(params);
  const manifest = manifestFacts();
  const options: HostUrlOptions = parseHostOptionsFromUrl(window.location.search);
  const frame = document.getElementById("addin-frame") as HTMLIFrameElement | null;
  const composeRoot = document.getElementById("compose");
  const barRoot = document.getElementById("demo-bar");
  if (!frame || !composeRoot || !barRoot) return;

  const paneUrl = new URL(BENCH_PANES[params.get("pane") ?? ""] ?? "/demo-taskpane.html", config.addinOrigin);
  const warmUp = params.get("signInWarmUp");
  if (warmUp) paneUrl.searchParams.set("signInWarmUp", warmUp);
  paneUrl.searchParams.set("graph", config.graphBaseUrl);
  const authFail = params.get("authFail");
  if (authFail) paneUrl.searchParams.set("authFail", authFail);
  for (const [name, value] of Object.entries(paneSignInParameters(params))) paneUrl.searchParams.set(name, value);
  // Outlook's side of nested app auth, listening before the pane starts.
  if (demoSignInFrom(params) === "naa") startDemoBroker(window, { frame, addinOrigin: config.addinOrigin });

  const compose = createRoot(composeRoot);
  const render = (view: ComposeFormView): void =>
    compose.render(<SimulatedComposeForm view={view} profile={outlook.profile} />);
  // Classic Outlook on Windows has a host of its own; every other platform is played by Outlook on the web.
  const classicWindows = SCENARIO_PROFILES[options.scenario].platform === "PC";
  const startOutlook = classicWindows ? startSimulatedOutlookWin32 : startSimulatedOutlookWeb;
  const outlook = startOutlook(window, {
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
    <DemoBar
      options={options}
      graphBaseUrl={config.graphBaseUrl}
      hostLabel={classicWindows ? "classic Outlook on Windows" : "Outlook on the web"}
      onThemeChange={(theme) => outlook.setTheme(theme)}
      meetingWindow={{
        window: outlook.draft.window,
        send: async () => {
          const report = await sendFromWindow(outlook.profile, outlook.draft, (info) =>
            reportFormSend(config.graphBaseUrl, info),
          );
          render({ ...outlook.draft.fields, saved: true });
          return report;
        },
      }}
    />,
  );
  // As in Outlook, where the organizer opens the add-in in a meeting form already on screen: the pane's frame is
  // navigated once this page has painted its own form, not while it is still starting.
  afterPaint(() => outlook.openPane());
}

start().catch((error: unknown) => {
  console.error("The simulated Outlook could not start:", error);
});
