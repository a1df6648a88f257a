import { deliver, failed, parseAsyncArgs, succeeded } from "./asyncCalls";
import { EVENT_TYPE } from "./enums";
import { DIALOG_CLOSED_BY_USER, OFFICE_ERRORS } from "./officeErrors";

/**
 * Plays the page opened in the dialog: resolves with the string it sends through `messageParent`, or null when
 * the user closes the dialog.
 */
export type DialogResponder = (startAddress: string) => Promise<string | null>;

type DialogEventArgs = { message: string; origin: string | undefined } | { error: number };
type DialogHandler = (args: DialogEventArgs) => void;

/**
 * A minimal `Office.context.ui.displayDialogAsync`: one dialog at a time (12007 otherwise), events queued until a
 * handler is attached, `close()` without callback. Without a responder the host behaves like a browser that
 * blocks the dialog (12011).
 */
export function createDisplayDialogAsync(
  responder: DialogResponder | undefined,
  latencyMs: number,
  origin: () => string | undefined,
): Office.UI["displayDialogAsync"] {
  let open = false;
  const messageReceived = String(EVENT_TYPE.DialogMessageReceived);
  const eventReceived = String(EVENT_TYPE.DialogEventReceived);
  return (startAddress: string, ...rest: unknown[]): void => {
    const { asyncContext, callback } = parseAsyncArgs<Office.Dialog>(rest, false);
    if (open) {
      deliver(callback, failed<Office.Dialog>(OFFICE_ERRORS.dialogAlreadyOpen, asyncContext), latencyMs);
      return;
    }
    if (!responder) {
      deliver(callback, failed<Office.Dialog>(OFFICE_ERRORS.dialogBlocked, asyncContext), latencyMs);
      return;
    }
    open = true;
    const handlers = new Map<string, DialogHandler>();
    const queued: Array<{ type: string; args: DialogEventArgs }> = [];
    const emit = (type: string, args: DialogEventArgs): void => {
      if (!open) return;
      const handler = handlers.get(type);
      if (handler) setTimeout(() => handler(args), latencyMs);
      else queued.push({ type, args });
    };
    const dialog: Office.Dialog = {
      addEventHandler(eventType, handler) {
        handlers.set(String(eventType), handler);
        for (const event of queued.filter((entry) => entry.type === String(eventType))) {
          queued.splice(queued.indexOf(event), 1);
          setTimeout(() => handler(event.args), latencyMs);
        }
      },
      close() {
        open = false;
      },
      messageChild() {
        // The simulated dialog page does not listen for messages from the pane.
      },
      sendMessage() {
        // Deprecated alias of messageChild.
      },
    };
    deliver(callback, succeeded(dialog, asyncContext), latencyMs);
    void responder(startAddress).then(
      (message) => (message === null ? closedByUser() : emit(messageReceived, { message, origin: origin() })),
      closedByUser,
    );

    function closedByUser(): void {
      emit(eventReceived, { error: DIALOG_CLOSED_BY_USER });
      open = false;
    }
  };
}
