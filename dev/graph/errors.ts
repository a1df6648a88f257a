/**
 * Every error the emulator answers with, in one place. Codes and messages are Graph's own where Microsoft's
 * documentation or observed answers give them; the few marked "chosen" are ours where Microsoft documents nothing,
 * so clients must branch on status and code, never on these messages.
 */
export interface GraphErrorSpec {
  status: number;
  code: string;
  message: string;
  /** Extra headers, e.g. Retry-After or WWW-Authenticate. */
  headers?: Record<string, string>;
  /** Replaces the usual innerError (upload URLs answer with Exchange's own shape). */
  innerError?: Record<string, string>;
}

const ACCESS_DENIED = "Access is denied. Check credentials and try again.";
const NOT_IN_STORE = "The specified object was not found in the store.";

/** Graph's 401 challenge header. */
export const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

function unauthorized(message: string): GraphErrorSpec {
  return {
    status: 401,
    code: "InvalidAuthenticationToken",
    message,
    headers: { "WWW-Authenticate": WWW_AUTHENTICATE },
  };
}

export const errors = {
  claimsChallenge: (claims: string): GraphErrorSpec => ({
    status: 401,
    code: "InvalidAuthenticationToken",
    message: "Continuous access evaluation resulted in claims challenge with result: InteractionRequired",
    headers: {
      "WWW-Authenticate": `${WWW_AUTHENTICATE}, error="insufficient_claims", claims="${btoa(claims)}"`,
    },
  }),
  tokenEmpty: (): GraphErrorSpec => unauthorized("Access token is empty."),
  tokenNotJwt: (): GraphErrorSpec =>
    unauthorized(
      "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact Serialization Format. (JWS): 'EncodedHeader.EncodedPayload.EncodedSignature'. (JWE): 'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector.EncodedCiphertext.EncodedAuthenticationTag'.",
    ),
  tokenUnreadable: (): GraphErrorSpec => unauthorized("Access token validation failure."),
  tokenWrongAudience: (): GraphErrorSpec => unauthorized("Access token validation failure. Invalid audience."),
  tokenExpired: (): GraphErrorSpec => unauthorized("Lifetime validation failed, the token is expired."),

  accessDenied: (): GraphErrorSpec => ({ status: 403, code: "ErrorAccessDenied", message: ACCESS_DENIED }),
  itemNotFound: (): GraphErrorSpec => ({ status: 404, code: "ErrorItemNotFound", message: NOT_IN_STORE }),
  /** Chosen: Exchange's answer for an unknown mailbox; the behaviour reference has no entry for it. */
  invalidUser: (user: string): GraphErrorSpec => ({
    status: 404,
    code: "ErrorInvalidUser",
    message: `The requested user '${user}' is invalid.`,
  }),
  segmentNotFound: (segment: string): GraphErrorSpec => ({
    status: 400,
    code: "RequestBroker--ParseUri",
    message: `Resource not found for the segment '${segment}'.`,
  }),
  propertyNotFound: (property: string, type: string): GraphErrorSpec => ({
    status: 400,
    code: "RequestBroker--ParseUri",
    message: `Could not find a property named '${property}' on type '${type}'.`,
  }),
  /** Chosen: the emulator serves only the versions Graph has. */
  unknownVersion: (version: string): GraphErrorSpec => ({
    status: 400,
    code: "BadRequest",
    message: `Invalid version: ${version}`,
  }),
  /** Chosen wording; Graph answers 405 for a method a resource does not support. */
  methodNotAllowed: (method: string): GraphErrorSpec => ({
    status: 405,
    code: "BadRequest",
    message: `The HTTP method '${method}' is not supported for this resource.`,
  }),
  malformedId: (): GraphErrorSpec => ({ status: 400, code: "ErrorInvalidIdMalformed", message: "Id is malformed." }),
  invalidAttachmentId: (): GraphErrorSpec => ({
    status: 400,
    code: "ErrorInvalidAttachmentId",
    message: "The specified attachment Id is invalid.",
  }),

  emptyPayload: (): GraphErrorSpec => ({
    status: 400,
    code: "BadRequest",
    message: "Empty Payload. JSON content expected.",
  }),
  notDeserializable: (): GraphErrorSpec => ({
    status: 400,
    code: "UnableToDeserializePostBody",
    message: "were unable to deserialize ",
  }),
  abstractType: (type = "microsoft.graph.attachment"): GraphErrorSpec => ({
    status: 422,
    code: "UnprocessableType",
    message: `Cannot process input of abstract type '${type}'`,
  }),
  requiredPropertyMissing: (): GraphErrorSpec => ({
    status: 400,
    code: "ErrorRequiredPropertyMissing",
    message: "Required property is missing.",
  }),
  sourceUrlRequired: (): GraphErrorSpec => ({
    status: 400,
    code: "ErrorInvalidProperty",
    message: "The property 'SourceUrl' is required when creating the entity.",
  }),
  /**
   * Reports disagree on 413, 400 and 500 (empty body) for an oversize request; 413 with the older, most
   * reported body is what a client is most likely to meet and is the most useful to branch on.
   */
  requestTooLarge: (): GraphErrorSpec => ({
    status: 413,
    code: "BadRequest",
    message: "Maximum request length exceeded.",
  }),
  /** Status chosen: Microsoft shows only code and message. 400, not 413, so it is never mistaken for "use a session". */
  messageSizeExceeded: (): GraphErrorSpec => ({
    status: 400,
    code: "ErrorMessageSizeExceeded",
    message: "The message exceeds the maximum supported size.",
  }),

  sessionOnlyForFiles: (): GraphErrorSpec => ({
    status: 405,
    code: "ErrorAttachmentSessionIsSupportedOnlyForFileAttachments",
    message: "Unsupported Attachment type specified. Only File attachments can be uploaded using an Upload Session.",
  }),
  /** Status and message chosen (Microsoft documents only the code). */
  sessionTooSmall: (minimum: number): GraphErrorSpec => ({
    status: 400,
    code: "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize",
    message: `Attachment size should not be less than the minimum size of ${minimum} bytes for an upload session.`,
  }),
  /**
   * A Graph token sent to an upload URL. Status chosen (reports show only the body); the innerError is the
   * shape Exchange's own token check uses.
   */
  invalidAudienceForResource: (
    audience: string,
    requestUrl: string,
    requestId: string,
    date: string,
  ): GraphErrorSpec => ({
    status: 401,
    code: "InvalidAudienceForResource",
    message: `The audience claim value is invalid for current resource. Audience claim is '${audience}', request url is '${requestUrl}' and resource type is 'Exchange'.`,
    innerError: {
      oAuthEventOperationId: crypto.randomUUID(),
      oAuthEventcV: "emulator.1.1",
      errorUrl: "https://aka.ms/autherrors#error-InvalidResource",
      requestId,
      date,
    },
  }),
  /** Chosen: an upload URL whose authtoken is missing or does not belong to the session. */
  uploadTokenInvalid: (): GraphErrorSpec => ({
    status: 401,
    code: "InvalidAuthenticationToken",
    message: "The authtoken of this upload URL is missing or invalid.",
  }),
  /** Chosen code and wording: Outlook's answer to a wrong Content-Range is undocumented. */
  invalidContentRange: (detail: string): GraphErrorSpec => ({
    status: 400,
    code: "ErrorInvalidContentRange",
    message: detail,
  }),
  /** Chosen code and wording: Microsoft says chunks are "up to 4 MB" and documents no error. */
  chunkTooLarge: (maximum: number): GraphErrorSpec => ({
    status: 400,
    code: "ErrorUploadChunkTooLarge",
    message: `An upload request may carry at most ${maximum} bytes.`,
  }),
  /** Chosen: the same message-size error a mailbox gives, for files larger than any session accepts. */
  sessionTooLarge: (): GraphErrorSpec => ({
    status: 400,
    code: "ErrorMessageSizeExceeded",
    message: "The message exceeds the maximum supported size.",
  }),
  /** Chosen: Graph's 405 wording for $value on a reference attachment. */
  valueNotSupported: (): GraphErrorSpec => ({
    status: 405,
    code: "ErrorInvalidRequest",
    message:
      "'$value' segment is not supported for the given attachment. '$value' segment is only supported for File Attachments and Item Attachments",
  }),
  /** Chosen: the time window query parameters calendarView requires (Exchange's wording). */
  calendarViewWindowMissing: (): GraphErrorSpec => ({
    status: 400,
    code: "ErrorInvalidParameter",
    message:
      "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
  }),
  invalidParameter: (message: string): GraphErrorSpec => ({ status: 400, code: "ErrorInvalidParameter", message }),
  invalidFilter: (): GraphErrorSpec => ({
    status: 400,
    code: "ErrorInvalidUrlQueryFilter",
    message: "The query filter contains one or more invalid nodes.",
  }),

  throttled: (retryAfter: string | null = "1"): GraphErrorSpec => ({
    status: 429,
    code: "ApplicationThrottled",
    message: "Application is over its MailboxConcurrency limit.",
    ...(retryAfter === null ? {} : { headers: { "Retry-After": retryAfter } }),
  }),
  unavailable: (): GraphErrorSpec => ({
    status: 503,
    code: "MailboxInfoStale",
    message:
      "Target resource '00000000-0000-0000-0000-000000000000' hosted on database '00000000-0000-0000-0000-000000000000' is currently on backend 'Unknown'",
  }),
  internalServerError: (): GraphErrorSpec => ({
    status: 500,
    code: "ErrorInternalServerError",
    message: "An internal server error occurred. The operation failed.",
  }),
  gatewayTimeout: (): GraphErrorSpec => ({ status: 504, code: "UnknownError", message: "" }),
  irresolvableConflict: (): GraphErrorSpec => ({
    status: 412,
    code: "ErrorIrresolvableConflict",
    message:
      "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.",
  }),
};

/** The body Graph sends for a status when a fault injects only the status. */
export function defaultErrorForStatus(status: number): GraphErrorSpec {
  switch (status) {
    case 429:
      return errors.throttled();
    case 503:
      return errors.unavailable();
    case 504:
      return errors.gatewayTimeout();
    case 500:
      return errors.internalServerError();
    case 412:
      return errors.irresolvableConflict();
    case 404:
      return errors.itemNotFound();
    case 403:
      return errors.accessDenied();
    case 401:
      return errors.tokenExpired();
    default:
      return { status, code: "UnknownError", message: "" };
  }
}
