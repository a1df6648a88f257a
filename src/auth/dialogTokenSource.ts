import { AuthError } from "./AuthError";
import { abortReason, sleep } from "../shared/abort";
import { type DialogSignInRequest, buildDialogUrl, parseDialogResult } from "./dialogProtocol";
import { toAuthError } from "./mapAuthError";
import {
  DIALOG_EVENT_RECEIVED,
  DIALOG_MESSAGE_RECEIVED,
  type OfficeDialogEventArgs,
  type OfficeDialogLike,
  type OfficeDialogOptionsLike,
  type OfficeErrorLike,
  type OfficeLike,
} from "./officeLike";

const DIALOG_ALREADY_OPEN = 12007;
const DIALOG_CLOSED_BY_USER = 12006;

export interface DialogTokenSourceOptions {
  office: OfficeLike;
  /** Absolute https URL of dialog.html, on the task pane's origin. */
  dialogUrl: string;
  /** Wait before the single retry after 12007 (a previous dialog still closing). */
  retryDelayMs: number;
  /** Office's own allow/ignore prompt before the dialog opens (Outlook on the web); Office's default when unset. */
  promptBeforeOpen?: boolean;
}

export interface DialogToken {
  accessToken: string;
  expiresAt: number | null;
}

type OpenResult = { dialog: OfficeDialogLike } | { error: OfficeErrorLike };

function openOnce(office: OfficeLike, url: string, options: OfficeDialogOptionsLike): Promise<OpenResult> {
  return new Promise((resolve) => {
    office.context.ui.displayDialogAsync(url, options, (result) => {
      // On failure Office sets `error` (and `status` "failed"); on success `error` is absent.
      if (result.error) resolve({ error: result.error });
      else if (result.status === "failed") resolve({ error: { code: 0, message: "displayDialogAsync failed" } });
      else resolve({ dialog: result.value });
    });
  });
}

async function openDialog(
  settings: DialogTokenSourceOptions,
  url: string,
  signal: AbortSignal,
): Promise<OfficeDialogLike> {
  const options: OfficeDialogOptionsLike = { height: 60, width: 30 };
  if (settings.promptBeforeOpen !== undefined) options.promptBeforeOpen = settings.promptBeforeOpen;
  let opened = await openOnce(settings.office, url, options);
  // 12007: the previous dialog is still closing (dialog.close() is asynchronous); one retry after a pause.
  if ("error" in opened && opened.error.code === DIALOG_ALREADY_OPEN) {
    await sleep(settings.retryDelayMs, signal);
    opened = await openOnce(settings.office, url, options);
  }
  if ("error" in opened) throw toAuthError(opened.error);
  return opened.dialog;
}

function closeQuietly(dialog: OfficeDialogLike): void {
  try {
    dialog.close();
  } catch {
    // Closing a dialog the host already closed throws in some builds; there is nothing left to close.
  }
}

/**
 * Signs in through an Office dialog running a standard MSAL client on our own page (src/dialog), for hosts
 * without nested app authentication or where it fails in a way a top-level window avoids.
 */
export async function acquireTokenWithDialog(
  settings: DialogTokenSourceOptions,
  request: DialogSignInRequest,
  signal: AbortSignal,
): Promise<DialogToken> {
  const dialogOrigin = new URL(settings.dialogUrl).origin;
  const dialog = await openDialog(settings, buildDialogUrl(settings.dialogUrl, request), signal);
  return new Promise<DialogToken>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void, close: boolean): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (close) closeQuietly(dialog);
      outcome();
    };
    const onAbort = (): void => finish(() => reject(abortReason(signal)), true);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });

    dialog.addEventHandler(DIALOG_MESSAGE_RECEIVED, (args: OfficeDialogEventArgs) => {
      if (!("message" in args)) return;
      // DialogOrigin 1.1 hosts say who sent the message; ignore anything not from our own page.
      if (args.origin !== undefined && args.origin !== dialogOrigin) return;
      const message = parseDialogResult(args.message);
      if (!message) return;
      if (message.type === "token") {
        finish(() => resolve({ accessToken: message.accessToken, expiresAt: message.expiresOn }), true);
      } else {
        finish(() => reject(toAuthError(message)), true);
      }
    });
    dialog.addEventHandler(DIALOG_EVENT_RECEIVED, (args: OfficeDialogEventArgs) => {
      if (!("error" in args)) return;
      const error =
        args.error === DIALOG_CLOSED_BY_USER
          ? new AuthError("dialogClosed")
          : new AuthError("unknown", { detail: `dialog event ${args.error}` });
      finish(() => reject(error), args.error !== DIALOG_CLOSED_BY_USER);
    });
  });
}
