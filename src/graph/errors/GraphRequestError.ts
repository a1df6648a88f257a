import { GraphClientError } from "./GraphClientError";
import type { GraphErrorReason } from "./reasons";

export interface GraphRequestErrorDetails {
  status?: number;
  /** Graph's `error.code`, e.g. `ErrorItemNotFound`. Branch on this, never on the message. */
  code?: string;
  /** Graph's `error.message`, kept for support; never shown as the only explanation. */
  graphMessage?: string;
  requestId?: string;
  clientRequestId?: string;
  /** How many HTTP attempts were made, retries included. */
  attempts?: number;
  /** How many of those attempts got an HTTP answer, whatever its status (0: the server was never reached). */
  answeredAttempts?: number;
  cause?: unknown;
}

/** A request to Graph (or to an upload session) failed; `reason` says why in terms the UI can explain. */
export class GraphRequestError extends GraphClientError<GraphErrorReason> {
  override readonly name = "GraphRequestError";
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly graphMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly attempts: number | undefined;
  readonly answeredAttempts: number | undefined;

  constructor(reason: GraphErrorReason, message: string, details: GraphRequestErrorDetails = {}) {
    super(reason, message, details);
    this.status = details.status;
    this.code = details.code;
    this.graphMessage = details.graphMessage;
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
    this.attempts = details.attempts;
    this.answeredAttempts = details.answeredAttempts;
  }
}

export function isGraphRequestError(error: unknown, reason?: GraphErrorReason): error is GraphRequestError {
  return error instanceof GraphRequestError && (reason === undefined || error.reason === reason);
}

export function cancelledError(cause?: unknown): GraphRequestError {
  return new GraphRequestError("cancelled", "The request was cancelled.", cause === undefined ? {} : { cause });
}
