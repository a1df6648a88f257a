import { Badge, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
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
        <Badge appearance="tint" color={saved ? "success" : "warning"} data-testid="meeting-saved">
          <FormattedMessage id={saved ? "meeting.saved" : "meeting.notSaved"} />
        </Badge>
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
