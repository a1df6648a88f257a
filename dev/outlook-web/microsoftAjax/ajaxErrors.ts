/**
 * The error factories MicrosoftAjax.js adds to `Error` (`Error.argument`, `Error.argumentNull`, …), as office.js
 * and its Outlook host scripts use them. Each error's `name` is the Sys exception type, its `message` starts with
 * that type and ends with the parameter name on its own line, as MicrosoftAjax formats them.
 */
export interface AjaxError extends Error {
  paramName?: string;
  actualValue?: unknown;
  /** MicrosoftAjax trims its own frame off the stack; nothing here depends on the stack. */
  popStackFrame(): void;
}

function create(name: string, detail: string, paramName?: string, extra: Record<string, unknown> = {}): AjaxError {
  const text = `${name}: ${detail}${paramName ? `\nParameter name: ${paramName}` : ""}`;
  const error = new Error(text) as AjaxError;
  error.name = name;
  if (paramName !== undefined) error.paramName = paramName;
  Object.assign(error, extra);
  error.popStackFrame = () => undefined;
  return error;
}

export const ajaxErrors = {
  argument: (paramName?: string, message?: string) =>
    create("Sys.ArgumentException", message ?? "Value does not fall within the expected range.", paramName),
  argumentNull: (paramName?: string, message?: string) =>
    create("Sys.ArgumentNullException", message ?? "Value cannot be null.", paramName),
  argumentUndefined: (paramName?: string, message?: string) =>
    create("Sys.ArgumentUndefinedException", message ?? "Value cannot be undefined.", paramName),
  argumentOutOfRange: (paramName?: string, actualValue?: unknown, message?: string) =>
    create(
      "Sys.ArgumentOutOfRangeException",
      message ?? "Specified argument was out of the range of valid values.",
      paramName,
      actualValue === undefined ? {} : { actualValue },
    ),
  argumentType: (paramName?: string, actualType?: unknown, expectedType?: unknown, message?: string) =>
    create(
      "Sys.ArgumentTypeException",
      message ?? `Object of type '${typeName(actualType)}' cannot be converted to type '${typeName(expectedType)}'.`,
      paramName,
    ),
  parameterCount: (message?: string) => create("Sys.ParameterCountException", message ?? "Parameter count mismatch."),
  invalidOperation: (message?: string) =>
    create(
      "Sys.InvalidOperationException",
      message ?? "Operation is not valid due to the current state of the object.",
    ),
  notImplemented: (message?: string) =>
    create("Sys.NotImplementedException", message ?? "The method or operation is not implemented."),
  create: (message: string, errorInfo?: Record<string, unknown>): AjaxError => {
    const error = new Error(message) as AjaxError;
    Object.assign(error, errorInfo ?? {});
    error.popStackFrame = () => undefined;
    return error;
  },
};

/** The name MicrosoftAjax gives a type: its registered name, else the constructor's own name. */
export function typeName(type: unknown): string {
  if (typeof type === "function") {
    const registered = (type as { __typeName?: unknown }).__typeName;
    return typeof registered === "string" ? registered : type.name;
  }
  return type === undefined || type === null ? String(type) : typeof type;
}
