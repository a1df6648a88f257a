import { Button, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { SyncWait } from "../session/eventFinder";
import { Notice } from "./notice/Notice";

/** While a just-saved meeting has not reached the server yet (classic Outlook in cached mode). */
export function SyncWaitNotice({ wait, onCancel }: { wait: SyncWait; onCancel: () => void }): ReactNode {
  return (
    <Notice
      intent="info"
      multiline
      testId="sync-wait"
      actions={
        <Button size="small" onClick={onCancel}>
          <FormattedMessage id="sync.cancel" />
        </Button>
      }
    >
      <Spinner size="extra-tiny" aria-hidden />
      <FormattedMessage id="sync.waiting" values={{ seconds: wait.elapsedSeconds }} />
    </Notice>
  );
}
