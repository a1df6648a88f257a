import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { warmUpLocaleData } from "../i18n/warmUpLocaleData";
import { pickUiLocale } from "../office";
import { App } from "./components/App";
import { LocalizedRoot } from "./components/LocalizedRoot";
import { OutsideOutlook } from "./components/OutsideOutlook";
import type { TaskpaneServices } from "./services";
import { waitForOutlook, type OfficeGlobal } from "./waitForOutlook";

/** How long to wait for Office.onReady before telling the person something is wrong. */
const OFFICE_READY_TIMEOUT_MS = 15_000;

function browserLocale(): ReturnType<typeof pickUiLocale> {
  const tags = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const supported = tags
    .map((tag) => pickUiLocale(tag))
    .find((locale, index) => locale !== "en" || /^en\b/i.test(tags[index] ?? ""));
  return supported ?? "en";
}

/**
 * Starts the taskpane once Office.js is ready: the add-in inside Outlook, or a clear message anywhere else
 * (a plain browser tab, another Office application, office.js blocked), never a blank pane.
 */
export async function startTaskpane(
  container: HTMLElement,
  office: OfficeGlobal | undefined,
  createServices: () => TaskpaneServices,
): Promise<void> {
  const root = createRoot(container);
  // While office.js starts, so that the first render does not build the browser's locale data itself.
  warmUpLocaleData();
  const check = await waitForOutlook(office, OFFICE_READY_TIMEOUT_MS);
  if (check.kind === "outlook") {
    root.render(<App services={createServices()} />);
    return;
  }
  root.render(
    <LocalizedRoot locale={browserLocale()} theme={webLightTheme}>
      <OutsideOutlook officeMissing={check.kind === "officeMissing"} />
    </LocalizedRoot>,
  );
}
