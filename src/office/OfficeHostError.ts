import { ReasonedError } from "../shared/ReasonedError";

/**
 * Why a call to the Outlook host failed. The values are stable: the taskpane maps them to messages.
 *
 * - `timeout`: the host did not answer in time (the call may still complete later).
 * - `cancelled`: the caller aborted.
 * - `notAvailable`: the host lacks the method or requirement set (see `missingRequirement`).
 * - `manifestPermission`: "Elevated permission is required…": the manifest does not grant the method.
 * - `invalidArgument`: the host rejected an argument (Sys.Argument… exceptions).
 * - `notAppointment`: the taskpane is not on an appointment the organizer is editing.
 * - `itemNotSaved` (9046), `saveFailed` (9021), `itemMoved` (9022), `itemChanged` (9030), `itemNotFound` (9049),
 *   `networkError` (9040, 9041), `serverError` (9042), `accessDenied` (9017, 9038),
 *   `notSupportedForSharedFolders` (9055): Outlook's own error codes.
 * - `attachmentTooLarge` (9000, or refused before the call), `tooManyAttachments` (9001),
 *   `attachmentTypeNotSupported` (9043, `FileTypeNotSupported`), `attachmentFailed` (9007): Outlook refused to add an
 *   attachment to the open meeting window.
 * - `formOutcomeUnknown`: Outlook did not confirm an attachment added to the open window in time; it may still
 *   appear there, so the organizer should look before trying again.
 * - `invalidItemId`: the host gave an id that is neither an EWS nor a REST id.
 * - `eventNotSynced`: Graph still does not see the saved meeting after `waitUntilEventVisible`'s limit. Classic
 *   Outlook in cached Exchange mode uploads saved items late: the organizer can switch to online mode, press
 *   Send/Receive (Update Folder), or wait a minute and try again.
 * - `hostError`: any other failure reported by the host.
 */
export const OFFICE_HOST_ERROR_REASONS = [
  "timeout",
  "cancelled",
  "notAvailable",
  "manifestPermission",
  "invalidArgument",
  "notAppointment",
  "itemNotSaved",
  "saveFailed",
  "itemMoved",
  "itemChanged",
  "itemNotFound",
  "networkError",
  "serverError",
  "accessDenied",
  "notSupportedForSharedFolders",
  "attachmentTooLarge",
  "tooManyAttachments",
  "attachmentTypeNotSupported",
  "attachmentFailed",
  "formOutcomeUnknown",
  "invalidItemId",
  "eventNotSynced",
  "hostError",
] as const;

export type OfficeHostErrorReason = (typeof OFFICE_HOST_ERROR_REASONS)[number];

export interface OfficeHostErrorDetails {
  /** The host call that failed, e.g. `item.getItemIdAsync`. */
  operation: string;
  /** Office's numeric error code (`Office.Error.code`), when the host reported one. */
  code?: number;
  /** Office's error name (`Office.Error.name`), e.g. `ItemNotSaved`. */
  officeErrorName?: string;
  /** The requirement set or method the host lacks, e.g. `Mailbox 1.8`. */
  missingRequirement?: string;
  /** For `eventNotSynced`: how many times Graph was asked and for how long. */
  attempts?: number;
  elapsedMs?: number;
  cause?: unknown;
}

export class OfficeHostError extends ReasonedError<OfficeHostErrorReason> {
  override readonly name = "OfficeHostError";
  readonly operation: string;
  readonly code: number | undefined;
  readonly officeErrorName: string | undefined;
  readonly missingRequirement: string | undefined;
  readonly attempts: number | undefined;
  readonly elapsedMs: number | undefined;

  constructor(reason: OfficeHostErrorReason, message: string, details: OfficeHostErrorDetails) {
    super(reason, message, details);
    this.operation = details.operation;
    this.code = details.code;
    this.officeErrorName = details.officeErrorName;
    this.missingRequirement = details.missingRequirement;
    this.attempts = details.attempts;
    this.elapsedMs = details.elapsedMs;
  }
}

export function isOfficeHostError(error: unknown, reason?: OfficeHostErrorReason): error is OfficeHostError {
  return error instanceof OfficeHostError && (reason === undefined || error.reason === reason);
}

const REASON_BY_CODE: Readonly<Record<number, OfficeHostErrorReason>> = {
  9000: "attachmentTooLarge",
  9001: "tooManyAttachments",
  9007: "attachmentFailed",
  9017: "accessDenied",
  9021: "saveFailed",
  9022: "itemMoved",
  9030: "itemChanged",
  9038: "accessDenied",
  9040: "networkError",
  9041: "networkError",
  9042: "serverError",
  9043: "attachmentTypeNotSupported",
  9046: "itemNotSaved",
  9049: "itemNotFound",
  9055: "notSupportedForSharedFolders",
};

// Documented errors that the bundles register without a number.
const REASON_BY_NAME: Readonly<Record<string, OfficeHostErrorReason>> = {
  FileTypeNotSupported: "attachmentTypeNotSupported",
};

/** Turns the `error` of a failed `AsyncResult` into a typed error. */
export function fromOfficeError(operation: string, error: Partial<Office.Error> | undefined): OfficeHostError {
  const code = typeof error?.code === "number" ? error.code : undefined;
  const officeErrorName = typeof error?.name === "string" && error.name ? error.name : undefined;
  const reason =
    (code !== undefined ? REASON_BY_CODE[code] : undefined) ??
    (officeErrorName !== undefined && Object.hasOwn(REASON_BY_NAME, officeErrorName)
      ? REASON_BY_NAME[officeErrorName]
      : undefined) ??
    "hostError";
  const text = typeof error?.message === "string" && error.message ? error.message : "The host reported a failure.";
  return new OfficeHostError(reason, `${operation} failed: ${text}`, { operation, code, officeErrorName });
}

/** Turns something a host method threw synchronously into a typed error. */
export function fromThrown(operation: string, thrown: unknown): OfficeHostError {
  if (thrown instanceof OfficeHostError) return thrown;
  const name = thrown instanceof Error ? thrown.name : "";
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  let reason: OfficeHostErrorReason = "hostError";
  if (/Elevated permission is required/i.test(message)) reason = "manifestPermission";
  else if (name.startsWith("Sys.Argument") || message.startsWith("Sys.Argument")) reason = "invalidArgument";
  // "x is not a function", "Cannot read properties of undefined": the host lacks the member.
  else if (thrown instanceof TypeError) reason = "notAvailable";
  return new OfficeHostError(reason, `${operation} failed: ${message}`, {
    operation,
    officeErrorName: name || undefined,
    cause: thrown,
  });
}
