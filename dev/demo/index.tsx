/**
 * The demo page: the real taskpane code, run against the simulated Outlook host, the demo sign-in and the local
 * Graph emulator (or any Graph-compatible server given as `?graph=<base URL>`). Never part of the production build.
 *
 * URL parameters: host=<scenario> lang=<tag> theme=<light|dark|highContrast> graph=<url> authFail=<reason>
 *
 * The bar above the pane also plays the meeting window itself: what it holds, and its Send button.
 */
import { createRoot } from "react-dom/client";
import { isAuthFailureReason } from "../../src/auth";
import { startTaskpane } from "../../src/taskpane/bootstrap";
import { createDemoTokenProvider } from "../auth/demoTokenProvider";
import { installSimulatedOffice, parseHostOptionsFromUrl, type SavedItemInfo } from "../office";
import { DemoBar } from "./DemoBar";
import { reportFormSend } from "./reportFormSend";

function graphBaseUrlFrom(params: URLSearchParams): string {
  const given = params.get("graph");
  if (given && /^https?:\/\/[^\s]+$/.test(given)) return given.replace(/\/+$/, "");
  return `${window.location.origin}/graph`;
}

/** Tells the emulator about a meeting the simulated Outlook just saved, as Exchange would learn of it. */
async function reportSavedMeeting(graphBaseUrl: string, info: SavedItemInfo): Promise<void> {
  try {
    const response = await fetch(`${graphBaseUrl}/_emulator/events`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        id: info.restId,
        owner: info.owner,
        subject: info.subject,
        start: info.start.toISOString(),
        end: info.end.toISOString(),
        ...(info.location ? { location: info.location } : {}),
        ...(info.visibleAfter ? { visibleAfter: info.visibleAfter.toISOString() } : {}),
      }),
    });
    if (!response.ok) console.warn(`The Graph server refused the saved meeting (HTTP ${response.status}).`);
  } catch (error) {
    // Another Graph-compatible server may have no control API: the save itself still succeeds.
    console.warn("The Graph server did not take the saved meeting:", error);
  }
}

const params = new URLSearchParams(window.location.search);
const hostOptions = parseHostOptionsFromUrl(window.location.search);
const graphBaseUrl = graphBaseUrlFrom(params);
const tokens = createDemoTokenProvider({ delayMs: 250 });
const authFailure = params.get("authFail");
if (isAuthFailureReason(authFailure)) tokens.failNext(authFailure);

const office = installSimulatedOffice(window, {
  ...hostOptions,
  onItemSaved: (info) => reportSavedMeeting(graphBaseUrl, info),
  onFormSent: (info) => reportFormSend(graphBaseUrl, info),
});

const bar = document.getElementById("demo-bar");
if (bar) createRoot(bar).render(<DemoBar options={hostOptions} graphBaseUrl={graphBaseUrl} office={office} />);

const container = document.getElementById("root");
if (container) {
  void startTaskpane(container, office, () => ({
    office,
    tokens,
    cloud: "global",
    graphBaseUrl,
    forcedColors: () => window.matchMedia("(forced-colors: active)").matches,
  }));
}
