/**
 * The fields MSAL errors (`errorCode`, `errorMessage`, `subError`), Office errors (`code`) and the dialog
 * page's error message carry, read from any thrown value without trusting its shape.
 */
export interface ErrorFields {
  name: string;
  errorCode: string;
  errorMessage: string;
  subError: string;
  message: string;
  /** Office's numeric error code (13xxx identity, 12xxx dialog), when there is one. */
  officeCode?: number;
}

function stringField(source: object, key: string): string {
  const value: unknown = (source as Record<string, unknown>)[key];
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return "";
}

export function readErrorFields(error: unknown): ErrorFields {
  if (typeof error !== "object" || error === null) {
    const text = typeof error === "string" ? error : "";
    return { name: "", errorCode: "", errorMessage: "", subError: "", message: text };
  }
  const code: unknown = (error as Record<string, unknown>).code;
  const fields: ErrorFields = {
    name: stringField(error, "name"),
    errorCode: stringField(error, "errorCode"),
    errorMessage: stringField(error, "errorMessage"),
    subError: stringField(error, "subError"),
    message: stringField(error, "message"),
  };
  if (typeof code === "number") fields.officeCode = code;
  return fields;
}

export function isAbortError(error: unknown): boolean {
  return readErrorFields(error).name === "AbortError";
}
