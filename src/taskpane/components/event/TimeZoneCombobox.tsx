import { Combobox, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, type ReactNode, type Ref } from "react";
import { useIntl } from "react-intl";
import { filterTimeZoneOptions, timeZoneOptions } from "../../../shared/time/timeZones";

/** Enough to find a zone by typing; the whole list (400-odd IANA names) would only slow the pane down. */
const SHOWN_OPTIONS = 40;

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column", minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface TimeZoneComboboxProps {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A searchable zone list that also takes a typed name: Windows names ("Tokyo Standard Time") come first with the
 * IANA names they stand for, then every IANA zone the browser knows. What the organizer types is kept as typed;
 * the form checks it when attaching.
 */
export function TimeZoneCombobox({ id, value, onChange, inputRef }: TimeZoneComboboxProps): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const options = useMemo(() => timeZoneOptions(), []);
  const exact = options.some((option) => option.value === value);
  // After a choice the box holds the full name: show the whole list then, not just that one zone.
  const shown = filterTimeZoneOptions(options, exact ? "" : value, SHOWN_OPTIONS);
  return (
    <Combobox
      id={id}
      ref={inputRef}
      freeform
      value={value}
      selectedOptions={exact ? [value] : []}
      onChange={(event) => onChange(event.currentTarget.value)}
      onOptionSelect={(_event, data) => {
        if (data.optionValue) onChange(data.optionValue);
      }}
      data-testid="event-time-zone"
    >
      {shown.map((option) => (
        <Option key={option.value} value={option.value} text={option.value}>
          <span className={styles.option}>
            <span>{option.value}</span>
            {option.detail && (
              <Text size={200} className={styles.detail}>
                {option.detail}
              </Text>
            )}
          </span>
        </Option>
      ))}
      {shown.length === 0 && (
        <Option key="no-match" value="" text="" disabled>
          {intl.formatMessage({ id: "event.timeZone.noMatch" }, { name: value })}
        </Option>
      )}
    </Combobox>
  );
}
