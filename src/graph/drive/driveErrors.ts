import { DriveRequestError, type DriveLinkKind } from "../errors/DriveRequestError";
import { GraphRequestError } from "../errors/GraphRequestError";
import type { DriveErrorReason, DriveOperation } from "../errors/reasons";

const MESSAGES: Record<DriveErrorReason, string> = {
  consentRequired: "The sign-in does not include the permission this OneDrive or SharePoint call needs.",
  accessDenied: "Access to this OneDrive or SharePoint item was denied.",
  itemNotFound: "The file or folder was not found; it may have been moved or deleted.",
  notAFolder: "The item is a file, not a folder.",
  oneDriveUnavailable: "The signed-in user has no OneDrive (not licensed or not set up yet).",
  linkKindRefused: "The organization's sharing settings do not allow this kind of link.",
  sharingNotSupported: "This item cannot be shared with a link.",
  quotaExceeded: "The OneDrive is full.",
  nameConflict: "An item with the same name already exists.",
  nameInvalid: "OneDrive does not accept this file name.",
  folderPathInvalid: "The upload folder is not a valid OneDrive path.",
  fileEmpty: "The file is empty.",
  fileTooLarge: "The file is larger than OneDrive accepts.",
  searchTextEmpty: "Nothing to search for.",
  uploadSessionExpired: "The upload session expired; the upload has to start again.",
  uploadOutcomeUnknown:
    "The connection failed as the last part of the file was sent, and OneDrive could not be checked: it may be there.",
};

export function driveMessageFor(reason: DriveErrorReason): string {
  return MESSAGES[reason];
}

/** What the failed call was, for telling the failures apart. */
export interface DriveFailureContext {
  operation: DriveOperation;
  ownDrive: boolean;
  /** createLink only: the kind that was asked for. */
  link?: DriveLinkKind;
}

/** Messages Graph and SharePoint use when the token lacks a scope. */
const SCOPE_MESSAGE = /scp or roles claim|insufficient privileges|scope|consent/i;
/** Messages seen when a tenant or site policy refuses a kind of sharing link. */
const POLICY_MESSAGE =
  /disabled|not allowed|isn't allowed|not permitted|policy|administrator|admin\b|anonymous|anyone|external|guest/i;
/** A user without a provisioned or licensed OneDrive. */
const NO_ONEDRIVE_MESSAGE = /mysite not found|does not have a spo license|not provisioned|user's (?:my)?site/i;

function lower(value: string | undefined): string {
  return (value ?? "").toLowerCase();
}

function reasonFor(error: GraphRequestError, context: DriveFailureContext): DriveErrorReason | undefined {
  const status = error.status;
  const code = lower(error.code);
  const message = error.graphMessage ?? "";
  if (status === undefined) return undefined;
  if (code === "notsupported" && context.link) return "sharingNotSupported";
  if (context.link && (status === 403 || status === 400)) {
    if (code === "notallowed" || POLICY_MESSAGE.test(message)) return "linkKindRefused";
  }
  if (status === 401 && SCOPE_MESSAGE.test(message)) return "consentRequired";
  if (status === 403) {
    if (code === "authorization_requestdenied" || SCOPE_MESSAGE.test(message)) return "consentRequired";
    // A user can always read and write their own OneDrive: a refusal there comes from the token.
    return context.ownDrive ? "consentRequired" : "accessDenied";
  }
  if ((status === 404 || status === 400) && NO_ONEDRIVE_MESSAGE.test(message)) return "oneDriveUnavailable";
  if (status === 404) return "itemNotFound";
  if (status === 409 && code === "namealreadyexists") return "nameConflict";
  if (status === 507 || code === "quotalimitreached" || code === "insufficientstorage") return "quotaExceeded";
  if (status === 413) return "fileTooLarge";
  return undefined;
}

/**
 * Turns a Graph failure of a drive call into a `DriveRequestError` when the drive gives it a meaning of its own
 * (consent, access, policy, quota, names); transport failures (throttling, network, cancel…) are returned unchanged.
 */
export function toDriveError(error: unknown, context: DriveFailureContext): unknown {
  if (!(error instanceof GraphRequestError)) return error;
  const reason = reasonFor(error, context);
  if (!reason) return error;
  return new DriveRequestError(reason, driveMessageFor(reason), {
    operation: context.operation,
    ownDrive: context.ownDrive,
    ...(reason === "linkKindRefused" && context.link ? { refused: { ...context.link } } : {}),
    status: error.status,
    code: error.code,
    graphMessage: error.graphMessage,
    requestId: error.requestId,
    clientRequestId: error.clientRequestId,
    attempts: error.attempts,
    cause: error,
  });
}

/** A refusal before any request: bad input, or something the drive is known to refuse. */
export function driveInputError(
  reason: DriveErrorReason,
  operation: DriveOperation,
  extra: { ownDrive?: boolean; refused?: DriveLinkKind } = {},
): DriveRequestError {
  return new DriveRequestError(reason, driveMessageFor(reason), { operation, ...extra });
}
