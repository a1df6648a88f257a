import {
  Body1,
  Caption1,
  FluentProvider,
  makeStyles,
  Subtitle2,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ScenarioProfile } from "../office/scenarios";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
  },
});

export interface ComposeFormView {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  saved: boolean;
}

/** The simulated Outlook's own meeting form, next to the add-in: what the organizer is editing. */
export function SimulatedComposeForm({
  view,
  profile,
}: {
  view: ComposeFormView;
  profile: ScenarioProfile;
}): ReactNode {
  const styles = useStyles();
  const when = `${view.start.toLocaleString("en-US")} – ${view.end.toLocaleTimeString("en-US")}`;
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.form}>
        <Subtitle2 as="h1">{view.subject}</Subtitle2>
        <Body1>{when}</Body1>
        {view.location ? <Body1>{view.location}</Body1> : null}
        <Caption1 data-testid="outlook-save-state">
          {view.saved ? "Saved in the calendar" : "Not saved yet"} · {profile.calendarOwner.displayName}&apos;s calendar
          · {profile.hostName} {profile.hostVersion}
        </Caption1>
      </div>
    </FluentProvider>
  );
}
