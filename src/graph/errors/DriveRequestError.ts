import { GraphClientError } from "./GraphClientError";
import type { DriveErrorReason, DriveOperation } from "./reasons";

export type DriveLinkType = "view" | "edit";
export type DriveLinkScope = "organization" | "anonymous";

/** A sharing link kind: what recipients may do, and who may use the link. */
export interface DriveLinkKind {
  type: DriveLinkType;
  scope: DriveLinkScope;
}

export interface DriveRequestErrorDetails {
  operation: DriveOperation;
  /** The call addressed the signed-in user's own OneDrive (where a refusal can only come from the token). */
  ownDrive?: boolean;
  /** `linkKindRefused`: the kind that was refused, so the UI can offer the others. */
  refused?: DriveLinkKind;
  status?: number;
  /** Graph's `error.code`, e.g. `accessDenied`, `nameAlreadyExists`. */
  code?: string;
  graphMessage?: string;
  requestId?: string;
  clientRequestId?: string;
  attempts?: number;
  cause?: unknown;
}

/** A OneDrive or SharePoint call failed (or was refused before sending) for a reason the UI can explain. */
export class DriveRequestError extends GraphClientError<DriveErrorReason> {
  override readonly name = "DriveRequestError";
  readonly operation: DriveOperation;
  readonly ownDrive: boolean;
  readonly refused: DriveLinkKind | undefined;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly graphMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly attempts: number | undefined;

  constructor(reason: DriveErrorReason, message: string, details: DriveRequestErrorDetails) {
    super(reason, message, details);
    this.operation = details.operation;
    this.ownDrive = details.ownDrive ?? false;
    this.refused = details.refused;
    this.status = details.status;
    this.code = details.code;
    this.graphMessage = details.graphMessage;
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
    this.attempts = details.attempts;
  }
}

export function isDriveRequestError(error: unknown, reason?: DriveErrorReason): error is DriveRequestError {
  return error instanceof DriveRequestError && (reason === undefined || error.reason === reason);
}
