import { isTimeoutError } from "ky";
import { GraphRequestError, cancelledError } from "./GraphRequestError";
import type { GraphErrorBody } from "./readGraphErrorBody";
import type { GraphErrorReason } from "./reasons";
import { isNetworkFailure } from "../utils/isNetworkFailure";

/** What the client knew about the call when it failed. */
export interface FailureContext {
  clientRequestId?: string;
  attempts?: number;
  answeredAttempts?: number;
  signal?: AbortSignal;
}

const TOO_LARGE_MESSAGES = ["maximum request length exceeded", "the maximum request length supported is"];

/** Chooses the reason for an HTTP error: Graph's `code` first, then the status. */
export function reasonForStatus(status: number, body: GraphErrorBody): GraphErrorReason {
  const code = body.code ?? "";
  const message = (body.message ?? "").toLowerCase();
  if (code === "ErrorMessageSizeExceeded") return "mailboxFull";
  if (code === "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize") return "belowSessionMinimum";
  if (code === "RequestBroker--ParseUri") return "ewsId";
  if (code === "ErrorInvalidIdMalformed" || code === "ErrorInvalidAttachmentId") return "invalidId";
  if (status === 413 || TOO_LARGE_MESSAGES.some((text) => message.includes(text))) return "tooLarge";
  if (status === 401) return "unauthorized";
  if (status === 403) return "accessDenied";
  if (status === 404) return "notFound";
  if (status === 409 || status === 412) return "conflict";
  if (status === 422) return "unprocessable";
  if (status === 429) return "throttled";
  if (status >= 500) return "server";
  if (status >= 400) return "badRequest";
  return "unexpectedResponse";
}

const MESSAGES: Record<GraphErrorReason, string> = {
  unauthorized: "Microsoft Graph did not accept the sign-in, even after a fresh token.",
  accessDenied: "Access to this calendar was denied.",
  notFound: "The meeting or attachment was not found in the mailbox (yet).",
  invalidId: "Microsoft Graph says the id is malformed.",
  ewsId: "The meeting id looks like an unconverted EWS id.",
  conflict: "The meeting changed at the same time; try again.",
  tooLarge: "The request was too large for Microsoft Graph.",
  belowSessionMinimum: "The file is too small for an upload session.",
  unprocessable: "Microsoft Graph could not process the attachment.",
  badRequest: "Microsoft Graph refused the request.",
  throttled: "Microsoft Graph is throttling requests to this mailbox.",
  server: "Microsoft Graph had a server error.",
  network: "The network connection failed.",
  timeout: "Microsoft Graph did not answer in time.",
  cancelled: "The request was cancelled.",
  mailboxFull: "The meeting would exceed the mailbox's message size limit.",
  uploadSessionSharedMailbox:
    "Microsoft Graph does not allow upload sessions (files over about 3 MB) in another person's calendar with delegated access.",
  uploadHostUnreachable:
    "Outlook's upload host could not be reached from this browser (blocked network or refused cross-origin request); nothing was attached.",
  unexpectedResponse: "Microsoft Graph answered in an unexpected way.",
  outcomeUnknown:
    "The connection failed after the attachment was sent, and the event could not be checked: it may have been added.",
  unknown: "The request failed.",
};

export function messageFor(reason: GraphErrorReason): string {
  return MESSAGES[reason];
}

/** Builds the typed error for an HTTP error response whose body text was already read. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  body: GraphErrorBody,
  context: FailureContext,
): GraphRequestError {
  const reason = reasonForStatus(status, body);
  return new GraphRequestError(reason, messageFor(reason), {
    status,
    code: body.code,
    graphMessage: body.message,
    requestId: headers.get("request-id") ?? body.requestId,
    clientRequestId: headers.get("client-request-id") ?? body.clientRequestId ?? context.clientRequestId,
    attempts: context.attempts,
    answeredAttempts: context.answeredAttempts,
  });
}

/** Builds the typed error for a failure without a usable response: cancel, timeout or network. */
export function errorFromFailure(error: unknown, context: FailureContext): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  if (context.signal?.aborted) return cancelledError(error);
  const details = {
    clientRequestId: context.clientRequestId,
    attempts: context.attempts,
    answeredAttempts: context.answeredAttempts,
    cause: error,
  };
  if (isTimeoutError(error)) return new GraphRequestError("timeout", messageFor("timeout"), details);
  if (isNetworkFailure(error)) return new GraphRequestError("network", messageFor("network"), details);
  return new GraphRequestError("unknown", messageFor("unknown"), details);
}
