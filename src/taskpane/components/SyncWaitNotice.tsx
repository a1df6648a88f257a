import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { SyncWait } from "../hooks/useEventSession";

/** While a just-saved meeting has not reached the server yet (classic Outlook in cached mode). */
export function SyncWaitNotice({ wait, onCancel }: { wait: SyncWait; onCancel: () => void }): ReactNode {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="sync-wait">
      <MessageBarBody>
        <Spinner size="extra-tiny" aria-hidden />
        <FormattedMessage id="sync.waiting" values={{ seconds: wait.elapsedSeconds }} />
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onCancel}>
          <FormattedMessage id="sync.cancel" />
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
