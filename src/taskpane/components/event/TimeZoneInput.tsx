import { Input } from "@fluentui/react-components";
import { useId, useMemo, type ReactNode, type Ref } from "react";
import { timeZoneOptions } from "../../../shared/time/timeZones";

export interface TimeZoneInputProps {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A zone name field with the browser's own suggestion list (`<datalist>`): Windows names ("Tokyo Standard Time")
 * first, each labelled with the IANA names it stands for, then every IANA zone the browser knows. A native list
 * instead of Fluent's Combobox keeps about 25 KB of script (the combobox and its positioning engine) out of the
 * session. What the organizer types is kept as typed; the form checks it when attaching.
 */
export function TimeZoneInput({ id, value, onChange, inputRef }: TimeZoneInputProps): ReactNode {
  const listId = useId();
  const options = useMemo(() => timeZoneOptions(), []);
  return (
    <>
      <Input
        id={id}
        ref={inputRef}
        list={listId}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(_event, data) => onChange(data.value)}
        data-testid="event-time-zone"
      />
      <datalist id={listId} data-testid="event-time-zone-options">
        {options.map((option) => (
          <option key={option.value} value={option.value} label={option.detail || undefined} />
        ))}
      </datalist>
    </>
  );
}
