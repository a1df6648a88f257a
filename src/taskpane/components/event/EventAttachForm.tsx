import { Field, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { useIntl } from "react-intl";
import { enEventForm } from "../../../i18n/messages/enEventForm";
import { FormMessages } from "../FormMessages";
import { PartBoundary } from "../lazyPart/PartBoundary";
import { retryableLazy } from "../lazyPart/retryableLazy";
import { ComposeEventForm } from "./ComposeEventForm";
import { useEventStyles } from "./eventStyles";

// The picker (search, results, preview) is its own chunk: the first screen does not pay for it.
const EventPicker = retryableLazy(() => import(/* webpackChunkName: "event-picker" */ "./EventPicker"), "default");

type Mode = "compose" | "pick";

/** The nested-event form: compose an event, or pick one from the organizer's calendar, and attach it. */
export function EventAttachForm(): ReactNode {
  return (
    <FormMessages english={enEventForm}>
      <EventAttachFormBody />
    </FormMessages>
  );
}

function EventAttachFormBody(): ReactNode {
  const styles = useEventStyles();
  const intl = useIntl();
  const [mode, setMode] = useState<Mode>("compose");
  const [pickerOpened, setPickerOpened] = useState(false);
  return (
    <div className={styles.form} data-testid="event-form">
      <Field label={intl.formatMessage({ id: "event.mode.label" })}>
        <RadioGroup
          value={mode}
          onChange={(_event, data) => {
            const next = data.value === "pick" ? "pick" : "compose";
            setMode(next);
            if (next === "pick") setPickerOpened(true);
          }}
          data-testid="event-mode"
        >
          <Radio value="compose" label={intl.formatMessage({ id: "event.mode.compose" })} />
          <Radio value="pick" label={intl.formatMessage({ id: "event.mode.pick" })} />
        </RadioGroup>
      </Field>
      {/* Both stay mounted once shown, so switching back and forth keeps what was typed or chosen. */}
      <div hidden={mode !== "compose"}>
        <ComposeEventForm />
      </div>
      {pickerOpened && (
        <div hidden={mode !== "pick"}>
          <PartBoundary loading={<Spinner size="tiny" label={intl.formatMessage({ id: "event.loadingPicker" })} />}>
            <EventPicker />
          </PartBoundary>
        </div>
      )}
    </div>
  );
}
