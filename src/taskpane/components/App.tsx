import type { ReactNode } from "react";
import { pickUiLocale } from "../../office";
import { useFluentTheme } from "../fluentTheme";
import { useOfficeTheme } from "../hooks/useOfficeTheme";
import type { TaskpaneServices } from "../services";
import { LocalizedRoot } from "./LocalizedRoot";
import { Taskpane } from "./Taskpane";

/** The taskpane inside Outlook: Office's language and theme around the organizer's pane. */
export function App({ services }: { services: TaskpaneServices }): ReactNode {
  const theme = useFluentTheme(useOfficeTheme(services.office, services.forcedColors));
  // Dark or high contrast at start: nothing until its theme has loaded, rather than a flash of the light one.
  if (!theme) return null;
  return (
    <LocalizedRoot locale={pickUiLocale(services.office.context.displayLanguage)} theme={theme}>
      <Taskpane services={services} />
    </LocalizedRoot>
  );
}
