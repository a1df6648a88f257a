import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { MessageId } from "../../i18n/messages/en";
import type { AttachRequestState } from "../hooks/useAttachRequest";
import { Notice } from "./notice/Notice";

export interface AttachOutcomeMessages {
  /** "{name} is attached to the meeting." */
  attached: MessageId;
  /** "{name} is added to the meeting window."; the form's own words for the server are used when absent. */
  attachedToWindow?: MessageId;
  cancelled: MessageId;
}

export interface AttachOutcomeNoticeProps {
  state: AttachRequestState;
  messages: AttachOutcomeMessages;
  /** A failure that belongs to a field is shown at the field instead. */
  fieldErrorShown?: boolean;
  /** Test ids: `<prefix>-result`, `-cancelled`, `-declined`, `-error`. */
  testIdPrefix: string;
}

/**
 * What happened to a form's last Attach, the same way in every form: attached (to the meeting or to its window),
 * cancelled, declined (nothing was saved or sent) or failed, with the reason in the organizer's language.
 */
export function AttachOutcomeNotice(props: AttachOutcomeNoticeProps): ReactNode {
  // A live region that is there before anything appears in it, so screen readers read each outcome out.
  return (
    <div role="status" aria-live="polite">
      <OutcomeBar {...props} />
    </div>
  );
}

function OutcomeBar({ state, messages, fieldErrorShown = false, testIdPrefix }: AttachOutcomeNoticeProps): ReactNode {
  switch (state.status) {
    case "attached": {
      const id = state.to === "window" && messages.attachedToWindow ? messages.attachedToWindow : messages.attached;
      return (
        <Notice intent="success" multiline testId={`${testIdPrefix}-result`}>
          <span dir="auto">
            <FormattedMessage id={id} values={{ name: state.name }} />
          </span>
        </Notice>
      );
    }
    case "cancelled":
      return (
        <Notice intent="info" multiline testId={`${testIdPrefix}-cancelled`}>
          <FormattedMessage id={messages.cancelled} />
        </Notice>
      );
    case "declined":
      return (
        <Notice intent="info" multiline testId={`${testIdPrefix}-declined`}>
          <FormattedMessage id="save.declined" />
        </Notice>
      );
    case "failed":
      return fieldErrorShown ? null : (
        <Notice intent="error" multiline testId={`${testIdPrefix}-error`}>
          <span dir="auto">{state.error.message}</span>
        </Notice>
      );
    default:
      return null;
  }
}
