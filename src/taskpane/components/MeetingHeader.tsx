import { Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";

export interface MeetingHeaderProps {
  subject: string;
  start: Date;
  end: Date;
  saved: boolean;
  recurrence: "single" | "series" | "occurrence";
  /** The calendar owner when the organizer edits someone else's calendar. */
  owner?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  subject: { overflowWrap: "anywhere", unicodeBidi: "plaintext" },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // The saved / not saved mark: styled text in the colours of Fluent's tint badge, without the Badge component
  // (3.4 KB of the first screen for one label).
  mark: {
    display: "inline-flex",
    alignItems: "center",
    minHeight: "20px",
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
  },
  saved: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  notSaved: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
});

/** The meeting being edited, as Outlook reports it: subject, when, and whether it is saved yet. */
export function MeetingHeader({ subject, start, end, saved, recurrence, owner }: MeetingHeaderProps): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const when = intl.formatDateTimeRange(start, end, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className={styles.root} aria-label={intl.formatMessage({ id: "app.title" })}>
      <Subtitle2 as="h2" className={styles.subject} dir="auto" data-testid="meeting-subject">
        {subject.trim() ? subject : intl.formatMessage({ id: "meeting.noSubject" })}
      </Subtitle2>
      <div className={styles.line}>
        <Text data-testid="meeting-when">{when}</Text>
        <span className={mergeClasses(styles.mark, saved ? styles.saved : styles.notSaved)} data-testid="meeting-saved">
          <FormattedMessage id={saved ? "meeting.saved" : "meeting.notSaved"} />
        </span>
      </div>
      {owner && (
        <Caption1 dir="auto">
          <FormattedMessage id="meeting.sharedCalendar" values={{ owner }} />
        </Caption1>
      )}
      {recurrence !== "single" && (
        <Caption1>
          <FormattedMessage id={recurrence === "series" ? "meeting.series" : "meeting.occurrence"} />
        </Caption1>
      )}
    </section>
  );
}
