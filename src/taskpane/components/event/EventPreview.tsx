import { Body1, Caption1, Spinner, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { EventSummary } from "../../../graph";
import { useEventStyles } from "./eventStyles";
import { bodyText, type EventBody } from "./pickedEvent";

export type BodyState = { status: "loading" } | { status: "ready"; body: EventBody | undefined } | { status: "failed" };

const useStyles = makeStyles({
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  body: { maxHeight: "10rem", overflowY: "auto" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The chosen event as it will be attached. Everything from Graph is rendered as text. */
export function EventPreview({ event, when, body }: { event: EventSummary; when: string; body: BodyState }): ReactNode {
  const styles = useStyles();
  const shared = useEventStyles();
  const intl = useIntl();
  const text = body.status === "ready" && body.body ? bodyText(body.body) : "";
  return (
    <section
      className={styles.preview}
      aria-label={intl.formatMessage({ id: "event.pick.previewLabel" })}
      data-testid="event-preview"
    >
      <Subtitle2 className={shared.text} dir="auto">
        {event.subject.trim() || intl.formatMessage({ id: "meeting.noSubject" })}
      </Subtitle2>
      {when && <Caption1>{when}</Caption1>}
      {event.isAllDay && (
        <Caption1>
          <FormattedMessage id="event.allDay.label" />
        </Caption1>
      )}
      {event.location && (
        <Caption1 className={shared.text} dir="auto">
          {event.location}
        </Caption1>
      )}
      {body.status === "loading" && (
        <Spinner size="extra-tiny" labelPosition="after" label={intl.formatMessage({ id: "event.pick.bodyLoading" })} />
      )}
      {body.status === "failed" && (
        <Caption1 className={styles.muted}>
          <FormattedMessage id="event.pick.bodyFailed" />
        </Caption1>
      )}
      {body.status === "ready" &&
        (text ? (
          <Body1 className={mergeClasses(shared.preformatted, styles.body)} dir="auto" data-testid="event-preview-body">
            {text}
          </Body1>
        ) : (
          <Caption1 className={styles.muted}>
            <FormattedMessage id="event.pick.noBody" />
          </Caption1>
        ))}
    </section>
  );
}
