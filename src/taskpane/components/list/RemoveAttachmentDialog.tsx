import { Button, makeStyles, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { AttachmentInfo } from "../../../graph";
import { ConfirmDialog } from "../dialog/ConfirmDialog";

const useStyles = makeStyles({
  name: { unicodeBidi: "isolate" },
});

export interface RemoveAttachmentDialogProps {
  /** The attachment to remove; null when the dialog is closed. */
  attachment: AttachmentInfo | null;
  /** True while the removal is under way: the dialog cannot be dismissed then. */
  busy: boolean;
  /** Why the last attempt failed, in the organizer's language. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Removing is not undoable: the organizer confirms, seeing the attachment's name, before anything is deleted. */
export function RemoveAttachmentDialog({
  attachment,
  busy,
  error,
  onConfirm,
  onCancel,
}: RemoveAttachmentDialogProps): ReactNode {
  const styles = useStyles();
  if (!attachment) return null;
  const nameNode = (
    <span dir="auto" className={styles.name}>
      {attachment.name}
    </span>
  );
  return (
    <ConfirmDialog
      title={<FormattedMessage id="list.confirm.title" values={{ name: nameNode }} />}
      dismissible={!busy}
      onDismiss={onCancel}
      data-testid="remove-dialog"
      actions={
        <>
          <Button
            appearance="primary"
            disabled={busy}
            icon={busy ? <Spinner size="tiny" /> : undefined}
            onClick={onConfirm}
            data-testid="remove-confirm"
          >
            <FormattedMessage id={busy ? "list.confirm.removing" : "list.confirm.remove"} />
          </Button>
          <Button appearance="secondary" disabled={busy} onClick={onCancel} data-testid="remove-cancel">
            <FormattedMessage id="list.confirm.cancel" />
          </Button>
        </>
      }
    >
      <FormattedMessage id="list.confirm.body" />
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="remove-error">
          <MessageBarBody>
            <FormattedMessage id="list.removeFailed" values={{ name: nameNode, message: error }} />
          </MessageBarBody>
        </MessageBar>
      )}
    </ConfirmDialog>
  );
}
