import { GraphRequestError } from "./GraphRequestError";

export interface UploadHostUnreachableDetails {
  /** The upload URL's origin, e.g. `https://outlook.office.com`: never its path or its `authtoken` query. */
  uploadHost: string;
  /** PUT attempts at the first chunk, retries included; none of them got an answer. */
  attempts: number | undefined;
  /** Whether the DELETE that cancels the session got through. When not, the session expires unused on its own. */
  sessionCancelled: boolean;
  /** `request-id` and `client-request-id` of the createUploadSession call, which Graph did answer. */
  requestId: string | undefined;
  clientRequestId: string | undefined;
  cause: unknown;
}

/**
 * Graph created the upload session, but the browser could not send a single chunk to its upload URL: every attempt
 * at the first chunk failed without any answer. In a browser a network that blocks the upload host and a host that
 * refuses the page's origin (no CORS headers) look the same (`TypeError: Failed to fetch`); either way nothing
 * was attached, since a session's attachment exists only once its last chunk is accepted.
 */
export class UploadHostUnreachableError extends GraphRequestError {
  readonly uploadHost: string;
  readonly sessionCancelled: boolean;

  constructor(details: UploadHostUnreachableDetails) {
    const tries = details.attempts === undefined ? "" : ` (${details.attempts} attempts, none answered)`;
    super(
      "uploadHostUnreachable",
      `The upload host ${details.uploadHost} could not be reached from this browser${tries}: the network blocks ` +
        "it, or it refused the cross-origin request. Nothing was attached; the upload session was " +
        (details.sessionCancelled ? "cancelled." : "left to expire."),
      {
        attempts: details.attempts,
        answeredAttempts: 0,
        requestId: details.requestId,
        clientRequestId: details.clientRequestId,
        cause: details.cause,
      },
    );
    this.uploadHost = details.uploadHost;
    this.sessionCancelled = details.sessionCancelled;
  }
}
