import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { AttachRegular, CheckmarkCircleRegular, DismissRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { AttachRequest } from "./useAttachRequest";
import { useEventStyles } from "./eventStyles";

export interface AttachActionsProps {
  request: AttachRequest;
  /** A failure that belongs to a field is shown at the field instead. */
  fieldErrorShown: boolean;
  testIdPrefix: string;
}

/**
 * The Attach button (the submit button of its form) with Cancel while sending, then what happened: attached,
 * declined, cancelled or failed. Pressing Attach again is the retry; every input is still there.
 */
export function AttachActions({ request, fieldErrorShown, testIdPrefix }: AttachActionsProps): ReactNode {
  const styles = useEventStyles();
  const { state } = request;
  const sending = state.status === "sending";
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
      {state.status === "attached" && (
        <Text className={styles.success} data-testid={`${testIdPrefix}-result`}>
          <CheckmarkCircleRegular aria-hidden fontSize={20} />
          <span className={styles.text} dir="auto">
            <FormattedMessage
              id={state.where === "window" ? "event.attachedToWindow" : "event.attached"}
              values={{ name: state.name }}
            />
          </span>
        </Text>
      )}
      {state.status === "cancelled" && (
        <Text data-testid={`${testIdPrefix}-result`}>
          <FormattedMessage id="event.cancelled" />
        </Text>
      )}
      {state.status === "declined" && (
        <MessageBar intent="info" layout="multiline" data-testid={`${testIdPrefix}-declined`}>
          <MessageBarBody>
            <FormattedMessage id="save.declined" />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && !fieldErrorShown && (
        <MessageBar intent="error" layout="multiline" data-testid={`${testIdPrefix}-error`}>
          <MessageBarBody className={styles.text}>{state.error.message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
