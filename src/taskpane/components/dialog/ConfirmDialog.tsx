import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

const useStyles = makeStyles({
  // Fluent's dialog surface, drawn on the browser's own modal dialog.
  surface: {
    boxSizing: "border-box",
    width: "calc(100% - 2 * 16px)",
    maxWidth: "600px",
    maxHeight: "calc(100% - 2 * 16px)",
    overflowY: "auto",
    padding: tokens.spacingHorizontalXXL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow64,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    "::backdrop": { backgroundColor: "rgba(0, 0, 0, 0.4)" },
  },
  title: {
    margin: 0,
    marginBlockEnd: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalS,
    marginBlockStart: tokens.spacingVerticalXXL,
  },
});

export interface ConfirmDialogProps {
  title: ReactNode;
  children: ReactNode;
  /** The buttons, the one that goes ahead first: the dialog opens with focus on it. */
  actions: ReactNode;
  /** Escape asks to dismiss; while this is false (work under way) the dialog stays. */
  dismissible: boolean;
  onDismiss: () => void;
  "data-testid"?: string;
}

/** The dialog's buttons that can take focus now, in order. */
function focusableButtons(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>("button:not(:disabled), a[href], input:not(:disabled)")];
}

/**
 * A question the organizer must answer before the pane goes on, on the browser's own modal `<dialog>`: the page
 * behind is inert, focus starts on the first button and goes back where it was when the dialog closes. Render it
 * only while the question is open. The native element replaces Fluent's Dialog, whose focus trap, portal and
 * motion code cost 11 KB gzip in the session for what the browser already does.
 *
 * Escape and Tab are handled here and go no further: Outlook on the web's office.js listens for both on the
 * window, cancels them and hands focus back to Outlook (its "Esc exit" and "Tab exit"), so the browser's own
 * Escape-closes-the-dialog never happens there and Tab would leave the pane with the question still open.
 */
export function ConfirmDialog({
  title,
  children,
  actions,
  dismissible,
  onDismiss,
  "data-testid": testId,
}: ConfirmDialogProps): ReactNode {
  const styles = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const latest = useRef({ dismissible, onDismiss });
  latest.current = { dismissible, onDismiss };

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    dialog.showModal();
    // Other close requests (a platform's back gesture) are answered like Escape.
    const onCancel = (event: Event): void => {
      event.preventDefault();
      if (latest.current.dismissible) latest.current.onDismiss();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      // Closing (not just removing) the element is what sends focus back to where it was.
      if (dialog.open) dialog.close();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== "Escape" && event.key !== "Tab") return;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === "Escape") {
      if (dismissible) onDismiss();
      return;
    }
    // Tab cycles through the dialog's buttons.
    const buttons = focusableButtons(event.currentTarget);
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const next = at < 0 ? (event.shiftKey ? buttons.length - 1 : 0) : at + (event.shiftKey ? -1 : 1);
    buttons[(next + buttons.length) % buttons.length]?.focus();
  };

  return (
    <dialog
      ref={ref}
      onKeyDown={onKeyDown}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className={styles.surface}
      data-testid={testId}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <div id={bodyId} className={styles.content}>
        {children}
      </div>
      <div className={styles.actions}>{actions}</div>
    </dialog>
  );
}
