import { Button, Spinner, Text } from "@fluentui/react-components";
import { AttachRegular, DismissRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { SingleAttach } from "../../hooks/useAttachRequest";
import { AttachOutcomeNotice, type AttachOutcomeMessages } from "../AttachOutcomeNotice";
import { useEventStyles } from "./eventStyles";

export interface AttachActionsProps {
  request: SingleAttach;
  /** A failure that belongs to a field is shown at the field instead. */
  fieldErrorShown: boolean;
  testIdPrefix: string;
}

const EVENT_OUTCOMES: AttachOutcomeMessages = {
  attached: "event.attached",
  attachedToWindow: "event.attachedToWindow",
  cancelled: "event.cancelled",
};

/**
 * The Attach button (the submit button of its form) with Cancel while sending, then what happened. Pressing
 * Attach again is the retry; every input is still there.
 */
export function AttachActions({ request, fieldErrorShown, testIdPrefix }: AttachActionsProps): ReactNode {
  const styles = useEventStyles();
  const { sending } = request;
  return (
    <>
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          icon={sending ? <Spinner size="tiny" /> : <AttachRegular />}
          disabledFocusable={sending}
          data-testid={`${testIdPrefix}-attach`}
        >
          <FormattedMessage id="event.attach" />
        </Button>
        {sending && (
          <>
            <Button icon={<DismissRegular />} onClick={request.cancel} data-testid={`${testIdPrefix}-cancel`}>
              <FormattedMessage id="event.cancel" />
            </Button>
            <Text size={200}>
              <FormattedMessage id="event.sending" />
            </Text>
          </>
        )}
      </div>
      <AttachOutcomeNotice
        state={request.state}
        messages={EVENT_OUTCOMES}
        fieldErrorShown={fieldErrorShown}
        testIdPrefix={testIdPrefix}
      />
    </>
  );
}
