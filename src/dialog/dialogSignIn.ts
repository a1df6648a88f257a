import { type DialogResultMessage, readDialogRequest } from "../auth/dialogProtocol";
import { readErrorFields } from "../auth/errorFields";
import type { MsalResultLike, RedirectMsalClientLike } from "../auth/msalLike";
import { redactTokens } from "../auth/redactTokens";

export interface DialogOfficeLike {
  context: { ui: { messageParent(message: string): void } };
}

export interface DialogLocationLike {
  search: string;
}

export interface DialogStorageLike {
  clear(): void;
}

export type DialogSignInOutcome = "sent" | "redirecting";

function tokenMessage(result: MsalResultLike): DialogResultMessage {
  const account = result.account
    ? { username: result.account.username, ...(result.account.name ? { name: result.account.name } : {}) }
    : null;
  return {
    type: "token",
    accessToken: result.accessToken,
    expiresOn: result.expiresOn ? result.expiresOn.getTime() : null,
    account,
  };
}

function errorMessage(error: unknown): DialogResultMessage {
  const fields = readErrorFields(error);
  return {
    type: "error",
    name: fields.name,
    errorCode: fields.errorCode,
    errorMessage: redactTokens(fields.errorMessage || fields.message),
    subError: fields.subError,
  };
}

/**
 * The sign-in dialog's whole job. On first load it sends the organizer to Entra ID (redirect flow, allowed
 * here because the dialog is a top-level window); when Entra ID redirects back, it hands the token to the
 * task pane with `messageParent` and clears the MSAL cache this page kept in sessionStorage.
 */
export async function runDialogSignIn(
  msal: RedirectMsalClientLike,
  office: DialogOfficeLike,
  location: DialogLocationLike,
  storage?: DialogStorageLike,
): Promise<DialogSignInOutcome> {
  const send = (message: DialogResultMessage): DialogSignInOutcome => {
    office.context.ui.messageParent(JSON.stringify(message));
    storage?.clear();
    return "sent";
  };
  try {
    await msal.initialize();
    const result = await msal.handleRedirectPromise();
    if (result) return send(tokenMessage(result));
    const request = readDialogRequest(location.search);
    if (!request) {
      return send({
        type: "error",
        name: "DialogRequestError",
        errorCode: "invalid_request",
        errorMessage: "The sign-in dialog was opened without scopes.",
        subError: "",
      });
    }
    await msal.loginRedirect(request);
    return "redirecting";
  } catch (error) {
    return send(errorMessage(error));
  }
}

/**
 * True in a pop-up MSAL opened from the task pane (MSAL names them `msal.…`): there the opener reads the
 * response from the address bar, and this page must not consume it.
 */
export function isMsalPopupWindow(win: { opener: unknown; name: string }): boolean {
  return Boolean(win.opener) && win.name.startsWith("msal.");
}
