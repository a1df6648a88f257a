import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";

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
  return (
    <Dialog open={kind !== null} modalType="alert" onOpenChange={(_event, data) => !data.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            <FormattedMessage id="save.title" />
          </DialogTitle>
          <DialogContent>
            <FormattedMessage id={kind === "existing" ? "save.bodyExisting" : "save.bodyNew"} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              <FormattedMessage id="save.confirm" />
            </Button>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              <FormattedMessage id="save.cancel" />
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
