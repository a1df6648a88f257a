import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { AttachmentInfo } from "../../../graph";

const useStyles = makeStyles({
  title: { overflowWrap: "anywhere" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
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
  // The last attachment shown stays in the surface while it animates closed.
  const shown = useRef<AttachmentInfo | null>(null);
  if (attachment) shown.current = attachment;
  const name = shown.current?.name ?? "";
  const nameNode = (
    <span dir="auto" className={styles.name}>
      {name}
    </span>
  );
  return (
    <Dialog
      open={attachment !== null}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open && !busy) onCancel();
      }}
    >
      <DialogSurface data-testid="remove-dialog">
        <DialogBody>
          <DialogTitle className={styles.title}>
            <FormattedMessage id="list.confirm.title" values={{ name: nameNode }} />
          </DialogTitle>
          <DialogContent className={styles.content}>
            <FormattedMessage id="list.confirm.body" />
            {error && (
              <MessageBar intent="error" layout="multiline" data-testid="remove-error">
                <MessageBarBody>
                  <FormattedMessage id="list.removeFailed" values={{ name: nameNode, message: error }} />
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
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
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
