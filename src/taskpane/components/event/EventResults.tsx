import { Caption1, Listbox, Option, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { EventSummary } from "../../../graph";
import { useEventStyles } from "./eventStyles";

const useStyles = makeStyles({
  list: { maxHeight: "16rem", overflowY: "auto", minWidth: 0 },
  option: { display: "flex", flexDirection: "column", minWidth: 0, paddingBlock: tokens.spacingVerticalXXS },
  secondary: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface EventResultsProps {
  events: readonly EventSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  formatWhen: (event: EventSummary) => string;
}

/** The events found, one option each (subject, when, location); arrow keys move, Enter or Space chooses. */
export function EventResults({ events, selectedId, onSelect, formatWhen }: EventResultsProps): ReactNode {
  const styles = useStyles();
  const shared = useEventStyles();
  const intl = useIntl();
  const untitled = intl.formatMessage({ id: "meeting.noSubject" });
  return (
    <Listbox
      className={styles.list}
      aria-label={intl.formatMessage({ id: "event.pick.resultsLabel" })}
      selectedOptions={selectedId ? [selectedId] : []}
      onOptionSelect={(_event, data) => {
        if (data.optionValue) onSelect(data.optionValue);
      }}
      data-testid="event-results"
    >
      {events.map((event) => {
        const subject = event.subject.trim() || untitled;
        return (
          <Option key={event.id} value={event.id} text={subject} data-testid="event-result">
            <span className={styles.option}>
              <Text weight="semibold" className={shared.text} dir="auto">
                {subject}
              </Text>
              <Caption1 className={styles.secondary}>{formatWhen(event)}</Caption1>
              {event.isAllDay && (
                <Caption1 className={styles.secondary}>
                  <FormattedMessage id="event.allDay.label" />
                </Caption1>
              )}
              {event.location && (
                <Caption1 className={mergeClasses(styles.secondary, shared.text)} dir="auto">
                  {event.location}
                </Caption1>
              )}
            </span>
          </Option>
        );
      })}
    </Listbox>
  );
}
