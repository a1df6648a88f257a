/**
 * The errors the simulated host reports, with the codes, names and en-US messages of the real Outlook bundles.
 */
export interface SimulatedOfficeError {
  code: number;
  name: string;
  message: string;
}

export const OFFICE_ERRORS = {
  itemNotSaved: { code: 9046, name: "ItemNotSaved", message: "The id can't be retrieved until the item is saved." },
  saveError: {
    code: 9021,
    name: "SaveError",
    message: "Connection error occurred while trying to save the item on the server.",
  },
  dialogAlreadyOpen: {
    code: 12007,
    name: "Display Dialog Error",
    message: "The operation failed because this add-in already has an active dialog.",
  },
  dialogBlocked: {
    code: 12011,
    name: "Display Dialog Error",
    message:
      "Browser restrictions prevented us from creating the dialog box. The domain of dialog box and the domain of " +
      "the add-in host are not in the same security zone.",
  },
  attachmentSizeExceeded: {
    code: 9000,
    name: "AttachmentSizeExceeded",
    message: "The attachment cannot be added because it is too big.",
  },
  numberOfAttachmentsExceeded: {
    code: 9001,
    name: "NumberOfAttachmentsExceeded",
    message: "Attachments cannot be added because the message already has the maximum number of attachments",
  },
  internalFormatError: { code: 9002, name: "InternalFormatError", message: "There was an internal format error." },
  identityApiNotSupported: {
    code: 13000,
    name: "API Not Supported",
    message: "The identity API is not supported for this add-in.",
  },
} as const satisfies Record<string, SimulatedOfficeError>;

/** Dialog closed by the user (the **X**), delivered as a `DialogEventReceived` event. */
export const DIALOG_CLOSED_BY_USER = 12006;

type ArgumentErrorKind =
  | "Sys.ArgumentNullException"
  | "Sys.ArgumentException"
  | "Sys.ArgumentTypeException"
  | "Sys.ArgumentOutOfRangeException";

const ARGUMENT_ERROR_TEXT: Readonly<Record<ArgumentErrorKind, string>> = {
  "Sys.ArgumentNullException": "Value cannot be null.",
  "Sys.ArgumentException": "Value does not fall within the expected range.",
  "Sys.ArgumentTypeException": "Object cannot be converted to the required type.",
  "Sys.ArgumentOutOfRangeException": "Specified argument was out of the range of valid values.",
};

/**
 * What Office throws synchronously for a bad argument, e.g. a missing required callback: `name` is the kind, the
 * message is the kind, its text (or `detail`) and, when there is one, the parameter's name, as office.js builds it.
 */
export function argumentError(kind: ArgumentErrorKind, parameter?: string, detail?: string): Error {
  const text = `${kind}: ${detail ?? ARGUMENT_ERROR_TEXT[kind]}`;
  const error = new Error(parameter ? `${text}\nParameter name: ${parameter}` : text);
  error.name = kind;
  return error;
}

/** office.js's answer to a wrong number of trailing arguments (`parseCommonArgs`). */
export function parameterCountError(): Error {
  const error = new Error("Sys.ParameterCountException: The given parameters do not match the expected format.");
  error.name = "Sys.ParameterCountException";
  return error;
}

export const AUTH_CONTEXT_NOT_SUPPORTED: SimulatedOfficeError = {
  code: 13012,
  name: "API Not Supported",
  message: "API is not supported in this platform.",
};
