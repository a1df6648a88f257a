import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { OutlookClient } from "../../office";

export interface SendUpdateNoticeProps {
  client: OutlookClient;
  /** The meeting window keeps its own copy (classic Outlook, Outlook on Mac). */
  formKeepsOwnCopy: boolean;
  /** Something was added to or removed from the event on the server. */
  serverChanged: boolean;
  /** Something was added to the open window itself. */
  windowChanged: boolean;
}

/**
 * What to do next, once something was attached: send the update; where the window keeps its own copy and the
 * server's changed, first reopen the meeting, because sending from this window would drop those changes.
 */
export function SendUpdateNotice(props: SendUpdateNoticeProps): ReactNode {
  const { client, formKeepsOwnCopy, serverChanged, windowChanged } = props;
  if (formKeepsOwnCopy && serverChanged) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="reopen-notice">
        <MessageBarBody>
          <FormattedMessage id="openForm.afterServerAttach" values={{ client }} />
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (formKeepsOwnCopy && windowChanged) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="send-update-notice">
        <MessageBarBody>
          <FormattedMessage id="openForm.afterWindowAttach" />
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (formKeepsOwnCopy || !serverChanged) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="send-update-notice">
      <MessageBarBody>
        <FormattedMessage id="notice.sendUpdate" />
      </MessageBarBody>
    </MessageBar>
  );
}
