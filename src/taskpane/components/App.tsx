import type { ReactNode } from "react";
import { pickUiLocale } from "../../office";
import { fluentThemeFor } from "../fluentTheme";
import { useOfficeTheme } from "../hooks/useOfficeTheme";
import type { TaskpaneServices } from "../services";
import { LocalizedRoot } from "./LocalizedRoot";
import { Taskpane } from "./Taskpane";

/** The taskpane inside Outlook: Office's language and theme around the organizer's pane. */
export function App({ services }: { services: TaskpaneServices }): ReactNode {
  const theme = useOfficeTheme(services.office, services.forcedColors);
  return (
    <LocalizedRoot locale={pickUiLocale(services.office.context.displayLanguage)} theme={fluentThemeFor(theme)}>
      <Taskpane services={services} />
    </LocalizedRoot>
  );
}
