import { Caption1, Field, FluentProvider, makeStyles, Select, tokens, webLightTheme } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { HOST_SCENARIOS, SIMULATED_LANGUAGES, type HostUrlOptions, type SimulatedTheme } from "../office";
import { MeetingWindowControls, type MeetingWindowControl } from "./MeetingWindowControls";

const THEMES = { light: "Light", dark: "Dark", highContrast: "High contrast" } as const;

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxSizing: "border-box",
    maxWidth: "100vw",
  },
  // The bar must not make a 320 px window scroll sideways: fields shrink to fit.
  field: { minWidth: 0, maxWidth: "100%" },
  select: { maxWidth: "100%" },
});

function navigate(options: HostUrlOptions, change: Partial<HostUrlOptions>): void {
  const next = { ...options, ...change };
  const params = new URLSearchParams(window.location.search);
  params.set("host", next.scenario);
  params.set("lang", next.language);
  params.set("theme", next.theme);
  window.location.search = params.toString();
}

export interface DemoBarProps {
  options: HostUrlOptions;
  graphBaseUrl: string;
  /** The Outlook the page plays: "Outlook on the web" or "classic Outlook on Windows". */
  hostLabel: string;
  /** Outlook switches its theme without reloading the pane: the pane hears it as OfficeThemeChanged. */
  onThemeChange: (theme: SimulatedTheme) => void;
  /** The meeting window: what was attached to it, and its Send button. */
  meetingWindow: MeetingWindowControl;
}

/**
 * The demo's own controls, outside the taskpane: which Outlook situation to simulate and in which language (both
 * reload, as a new Outlook session would), Office's theme (switched live), and the meeting window's Send button.
 */
export function DemoBar(props: DemoBarProps): ReactNode {
  const { options, graphBaseUrl, hostLabel, onThemeChange, meetingWindow } = props;
  const styles = useStyles();
  const [theme, setTheme] = useState(options.theme);
  const changeTheme = (next: SimulatedTheme): void => {
    setTheme(next);
    const url = new URL(window.location.href);
    url.searchParams.set("theme", next);
    window.history.replaceState(null, "", url);
    onThemeChange(next);
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.bar} role="region" aria-label="Demo settings">
        <Field label="Simulated Outlook" className={styles.field}>
          <Select
            className={styles.select}
            value={options.scenario}
            onChange={(_event, data) => navigate(options, { scenario: data.value as HostUrlOptions["scenario"] })}
          >
            {Object.entries(HOST_SCENARIOS).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Outlook language" className={styles.field}>
          <Select value={options.language} onChange={(_event, data) => navigate(options, { language: data.value })}>
            {SIMULATED_LANGUAGES.map((language) => (
              <option key={language}>{language}</option>
            ))}
          </Select>
        </Field>
        <Field label="Office theme" className={styles.field}>
          <Select value={theme} onChange={(_event, data) => changeTheme(data.value as SimulatedTheme)}>
            {Object.entries(THEMES).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Caption1>
          Simulated {hostLabel} · real office.js · demo sign-in · Graph: {graphBaseUrl}
        </Caption1>
        <MeetingWindowControls control={meetingWindow} />
      </div>
    </FluentProvider>
  );
}
