import type { GraphErrorSpec } from "../errors";
import { GraphErrorResponse } from "../responses";

/**
 * The errors OneDrive and SharePoint answer with, in one place. Codes are the lower-camel ones SharePoint uses
 * (not Exchange's `Error…`); a more specific code, when there is one, goes into the innerError. Messages are
 * the ones observed on the wire where a report shows them; those marked "chosen" are ours, so clients must branch on
 * status and code, never on these messages.
 */
export interface DriveErrorSpec extends GraphErrorSpec {
  /** The innerError's `code`, e.g. `fragmentOverlap` under `invalidRange`. */
  innerCode?: string;
}

/** Thrown inside drive handling; answered in the drive's own error shape. */
export class DriveErrorResponse extends GraphErrorResponse {
  readonly innerCode: string | undefined;
  constructor(spec: DriveErrorSpec) {
    super(spec);
    this.innerCode = spec.innerCode;
    this.name = "DriveErrorResponse";
  }
}

export function driveFail(spec: DriveErrorSpec): never {
  throw new DriveErrorResponse(spec);
}

const invalidRequest = (message: string, innerCode?: string): DriveErrorSpec => ({
  status: 400,
  code: "invalidRequest",
  message,
  ...(innerCode === undefined ? {} : { innerCode }),
});

/** The header SharePoint adds to a refused createLink (OneDrive/onedrive-api-docs#413). */
export const SHARING_LINK_ERROR_HEADER = "SharePoint-CreateSharingLink-Error";

export const driveErrors = {
  /** microsoftgraph/microsoft-graph-docs-contrib#4705 and OneDrive/onedrive-api-docs#1628 show this code for an unknown id. */
  itemNotFound: (): DriveErrorSpec => ({
    status: 404,
    code: "itemNotFound",
    message: "The resource could not be found.",
  }),
  /** As the Graph and SharePoint tooling that handles a missing site meets it. */
  siteNotFound: (): DriveErrorSpec => ({
    status: 404,
    code: "itemNotFound",
    message: "Requested site could not be found",
  }),
  malformedDriveId: (): DriveErrorSpec =>
    invalidRequest("The provided drive id appears to be malformed, or does not represent a valid drive."),
  /** Missing scope or no right to the item (microsoftgraph/msgraph-sdk-dotnet#922 shows the body). */
  accessDenied: (): DriveErrorSpec => ({ status: 403, code: "accessDenied", message: "Access denied" }),
  /** A body or parameter the service cannot use (OneDrive/onedrive-api-docs#1435 shows the body). */
  invalidRequest: (): DriveErrorSpec => invalidRequest("Invalid request"),
  /** Chosen wording, for a parameter the emulator can name. */
  badParameter: (message: string): DriveErrorSpec => invalidRequest(message),
  /** Chosen wording: OData's answer to an unbalanced quote in `search(q='…')`. */
  searchSyntax: (text: string, position: number): DriveErrorSpec => ({
    status: 400,
    code: "BadRequest",
    message: `Syntax error: character ''' is not valid at position ${position} in '${text}'.`,
  }),
  /** Chosen wording: the OneDrive code for a name that is taken, at session creation. */
  nameAlreadyExists: (name: string): DriveErrorSpec => ({
    status: 409,
    code: "nameAlreadyExists",
    message: `The specified item name already exists. Name: ${name}`,
  }),
  /** The createUploadSession page shows this answer to the last fragment when the name was taken meanwhile. */
  uploadNameConflict: (): DriveErrorSpec => ({
    status: 409,
    code: "nameAlreadyExists",
    message:
      "Another file exists with the same name as the uploaded session. You can redirect the upload session to use a new filename by calling PUT with the new metadata and @microsoft.graph.sourceUrl attribute.",
  }),
  /** Chosen wording: a path that runs through a file. */
  parentIsFile: (name: string): DriveErrorSpec => ({
    status: 409,
    code: "nameAlreadyExists",
    message: `A file named '${name}' is in the way of the folder path.`,
  }),
  /** Chosen wording; OneDrive's inner code for names with `" * : < > ? / \ |` or outer spaces. */
  invalidName: (name: string): DriveErrorSpec =>
    invalidRequest(`The name '${name}' is not a valid file name.`, "invalidPath"),
  /** Chosen wording: the createUploadSession page asks that the path end with the body's name. */
  nameMismatch: (): DriveErrorSpec =>
    invalidRequest("The name in the request body differs from the last segment of the item path."),
  /** Chosen wording; the page says a fileSize above the free quota gets 507. */
  quotaExceeded: (): DriveErrorSpec => ({
    status: 507,
    code: "quotaLimitReached",
    message: "Insufficient Space Available",
  }),
  /**
   * Tenant or site policy against a link kind. 403 with SharePoint's header (OneDrive/onedrive-api-docs#413, anonymous
   * links off); the body's code and message are the ones OneDrive/onedrive-sdk-ios#80 and O365/python-o365#648 show.
   */
  sharingDisabled: (): DriveErrorSpec => ({
    status: 403,
    code: "notAllowed",
    message: "The feature has been disabled. Please contact your admin to get it enabled.",
    headers: { [SHARING_LINK_ERROR_HEADER]: "Sharing by link is not enabled on the web, site, or tenant." },
  }),
  /** Chosen wording: the folder a session's item goes to is a file. */
  notAFolder: (): DriveErrorSpec => invalidRequest("The parent item is not a folder."),

  // Upload URLs (answered by SharePoint itself, without Graph's innerError).
  /** A bearer token on an upload URL (dtinit/data-transfer-project#1416 shows the body). */
  unauthenticated: (): DriveErrorSpec => ({ status: 401, code: "unauthenticated", message: "Unauthenticated" }),
  /** Chosen wording: cancelled, committed, expired or never made. */
  uploadSessionNotFound: (): DriveErrorSpec => ({
    status: 404,
    code: "itemNotFound",
    message: "The upload session was not found.",
    innerCode: "uploadSessionNotFound",
  }),
  /** OneDrive's error reference uses this very body as its example (and OneDrive/onedrive-api-docs#79 shows it). */
  fragmentOverlap: (): DriveErrorSpec => ({
    status: 416,
    code: "invalidRange",
    message: "Uploaded fragment overlaps with existing data.",
    innerCode: "fragmentOverlap",
  }),
  /** OneDrive/onedrive-api-docs#79 shows the message. */
  fragmentOutOfOrder: (): DriveErrorSpec => ({
    status: 416,
    code: "invalidRange",
    message: "Uploaded fragment is out of order.",
    innerCode: "fragmentOutOfOrder",
  }),
  /** Chosen wording: a range that is empty or ends past the total. */
  rangeNotInFile: (): DriveErrorSpec => ({
    status: 416,
    code: "invalidRange",
    message: "The specified byte range is invalid or unavailable.",
  }),
  /** Chosen wording. */
  contentRangeMissing: (): DriveErrorSpec =>
    invalidRequest("The Content-Range header is missing or malformed; expected 'bytes {start}-{end}/{total}'."),
  /** OneDrive/onedrive-api-docs#1332 shows the message. */
  totalMismatch: (session: number, fragment: number): DriveErrorSpec =>
    invalidRequest(
      `The current upload session is for ${session} total bytes, but the current fragment declares a total of ${fragment}.`,
      "fragmentLengthMismatch",
    ),
  /** microsoftgraph/microsoft-graph-docs#1638 shows the message. */
  lengthMismatch: (): DriveErrorSpec =>
    invalidRequest("The Content-Range header length does not match the provided number of bytes."),
  /**
   * Chosen: the page says fragments not a multiple of 320 KiB make some commits fail, without naming an error; the
   * emulator refuses them at once, with 400 rather than 416, so that a client does not loop on "resume".
   */
  fragmentNotMultiple: (multiple: number): DriveErrorSpec =>
    invalidRequest(`Every fragment but the last must be a multiple of ${multiple} bytes.`),
  /** Chosen status and wording; OneDrive's inner code for it. */
  fragmentTooLarge: (maximum: number): DriveErrorSpec => ({
    status: 413,
    code: "invalidRequest",
    message: `A fragment must be smaller than ${maximum} bytes.`,
    innerCode: "maxFragmentLengthExceeded",
  }),
  /** Chosen wording; OneDrive's inner code for it. */
  fileTooLarge: (maximum: number): DriveErrorSpec =>
    invalidRequest(`The file is larger than the ${maximum} bytes a drive accepts.`, "maxFileSizeExceeded"),
  /** Chosen wording; OneDrive's inner code for a commit before the last byte. */
  uploadIncomplete: (): DriveErrorSpec =>
    invalidRequest("The upload session has not received every byte yet.", "uploadSessionIncomplete"),
  /** Chosen wording, as the Graph routes' 405, for a method an upload URL does not take. */
  methodNotAllowed: (method: string): DriveErrorSpec => ({
    status: 405,
    code: "invalidRequest",
    message: `The HTTP method '${method}' is not supported for this resource.`,
  }),

  // What an injected status fault answers on drive routes, unless it names its own code and message.
  /** OneDrive/onedrive-api-docs#1307 and #744 show the body; the Retry-After is the fault's. */
  throttled: (): DriveErrorSpec => ({
    status: 429,
    code: "activityLimitReached",
    message: "The request has been throttled",
    innerCode: "throttledRequest",
    headers: { "Retry-After": "1" },
  }),
  /** Chosen wording; OneDrive's code for it. */
  unavailable: (): DriveErrorSpec => ({
    status: 503,
    code: "serviceNotAvailable",
    message: "The service is not available. Try the request again after a delay.",
  }),
  /** rclone/rclone#3131 shows the body. */
  generalException: (): DriveErrorSpec => ({
    status: 500,
    code: "generalException",
    message: "General Exception While Processing",
  }),
};
