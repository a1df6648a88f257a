import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import { useEffect, type ReactElement, type ReactNode } from "react";
import { IntlProvider } from "react-intl";
import { createSimulatedOffice, type HostScenario, type SimulatedOffice } from "../../../../dev/office";
import type { DriveReach } from "../../../../src/auth";
import type { DriveClient, GraphClient } from "../../../../src/graph";
import { en, type MessageCatalog } from "../../../../src/i18n/messages/en";
import { createFormAttacher, type FormAttacher } from "../../../../src/office";
import { AttachSession } from "../../../../src/taskpane/session/attachSession";
import { AttachSessionContext } from "../../../../src/taskpane/session/sessionContext";

export interface SessionHarnessOptions {
  /** The simulated Outlook's scenario (default: a saved meeting in the organizer's own calendar, on the web). */
  scenario?: HostScenario;
  /** The Graph client for every calendar. */
  graph: GraphClient;
  /** OneDrive and SharePoint, for every reach (absent: the pane has none). */
  drive?: (reach: DriveReach) => Promise<DriveClient>;
  /** Changes what the session sees of the simulated Outlook (another platform, for instance). */
  adaptOffice?: (office: SimulatedOffice) => SimulatedOffice;
  /** The open window's attacher (default: the real one, on the simulated window). */
  formAttacher?: (office: SimulatedOffice) => FormAttacher;
  locale?: string;
  messages?: MessageCatalog;
}

export interface SessionHarness {
  session: AttachSession;
  office: SimulatedOffice;
  result: RenderResult;
}

/** Starts the session when mounted and disposes of it when unmounted, as the taskpane does. */
function SessionRoot({ session, children }: { session: AttachSession; children: ReactNode }): ReactNode {
  useEffect(() => {
    session.start();
    return () => session.dispose();
  }, [session]);
  return <AttachSessionContext.Provider value={session}>{children}</AttachSessionContext.Provider>;
}

/**
 * Renders part of the taskpane as the taskpane does: Fluent and react-intl around it, and a real attach session
 * (started) in context, on the in-process simulated Outlook and the given Graph client.
 */
export function renderInSession(ui: ReactElement, options: SessionHarnessOptions): SessionHarness {
  const simulated = createSimulatedOffice({ scenario: options.scenario ?? "saved" });
  const office = options.adaptOffice ? options.adaptOffice(simulated) : simulated;
  const session = new AttachSession({
    office,
    graphFor: () => Promise.resolve(options.graph),
    ...(options.drive ? { driveFor: options.drive } : {}),
    formAttacher: (options.formAttacher ?? createFormAttacher)(office),
  });
  const locale = options.locale ?? "en";
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <IntlProvider locale={locale} messages={options.messages ?? en} defaultLocale="en">
        <SessionRoot session={session}>{ui}</SessionRoot>
      </IntlProvider>
    </FluentProvider>,
  );
  return { session, office: simulated, result };
}
