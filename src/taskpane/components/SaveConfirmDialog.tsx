import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { ConfirmDialog } from "./dialog/ConfirmDialog";

export interface SaveConfirmDialogProps {
  /** null when closed; otherwise what kind of meeting would be saved. */
  kind: "new" | "existing" | null;
  onAnswer: (save: boolean) => void;
}

/**
 * Saving a meeting is not free: it puts a new meeting on the calendar, or sends updates to attendees who were added
 * or removed. So the organizer is asked, in plain words, before the add-in saves anything.
 */
export function SaveConfirmDialog({ kind, onAnswer }: SaveConfirmDialogProps): ReactNode {
  if (kind === null) return null;
  return (
    <ConfirmDialog
      title={<FormattedMessage id="save.title" />}
      dismissible
      onDismiss={() => onAnswer(false)}
      actions={
        <>
          <Button appearance="primary" onClick={() => onAnswer(true)}>
            <FormattedMessage id="save.confirm" />
          </Button>
          <Button appearance="secondary" onClick={() => onAnswer(false)}>
            <FormattedMessage id="save.cancel" />
          </Button>
        </>
      }
    >
      <FormattedMessage id={kind === "existing" ? "save.bodyExisting" : "save.bodyNew"} />
    </ConfirmDialog>
  );
}
