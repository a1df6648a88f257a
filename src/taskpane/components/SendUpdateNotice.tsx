import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { OutlookClient } from "../../office";
import { Notice } from "./notice/Notice";

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
      <Notice intent="warning" multiline testId="reopen-notice">
        <FormattedMessage id="openForm.afterServerAttach" values={{ client }} />
      </Notice>
    );
  }
  if (formKeepsOwnCopy && windowChanged) {
    return (
      <Notice intent="info" multiline testId="send-update-notice">
        <FormattedMessage id="openForm.afterWindowAttach" />
      </Notice>
    );
  }
  if (formKeepsOwnCopy || !serverChanged) return null;
  return (
    <Notice intent="warning" multiline testId="send-update-notice">
      <FormattedMessage id="notice.sendUpdate" />
    </Notice>
  );
}
