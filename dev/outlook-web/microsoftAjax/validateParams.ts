import { ajaxErrors, type AjaxError } from "./ajaxErrors";

/** One entry of the parameter descriptions office.js passes to `Function._validateParams`. */
export interface ParameterDescription {
  name: string;
  type?: unknown;
  mayBeNull?: boolean;
  optional?: boolean;
  integer?: boolean;
  parameterArray?: boolean;
  elementType?: unknown;
  elementMayBeNull?: boolean;
  domElement?: boolean;
}

/** What MicrosoftAjax's type system calls an instance of `type`, for the types office.js names. */
function isInstanceOf(value: unknown, type: unknown): boolean {
  if (type === Object) return true;
  if (type === String) return typeof value === "string" || value instanceof String;
  if (type === Number) return typeof value === "number" || value instanceof Number;
  if (type === Boolean) return typeof value === "boolean" || value instanceof Boolean;
  if (type === Function) return typeof value === "function";
  if (type === Array) return Array.isArray(value);
  if (type === Date) return value instanceof Date;
  if (typeof type === "function") {
    const custom = (type as { isInstanceOfType?: unknown }).isInstanceOfType;
    if (typeof custom === "function") return Boolean((custom as (candidate: unknown) => unknown).call(type, value));
    return value instanceof (type as new (...args: never[]) => unknown);
  }
  return true;
}

function typeOfValue(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  return (value as { constructor?: unknown }).constructor ?? Object;
}

/** `Function._validateParameter(value, description, name)`: null when the value fits, else the error to throw. */
export function validateParameter(value: unknown, description: ParameterDescription, name: string): AjaxError | null {
  if (value === undefined) {
    if (description.optional) return null;
    return description.mayBeNull ? null : ajaxErrors.argumentUndefined(name);
  }
  if (value === null) return description.mayBeNull ? null : ajaxErrors.argumentNull(name);
  if (description.type !== undefined && description.type !== null && !isInstanceOf(value, description.type)) {
    return ajaxErrors.argumentType(name, typeOfValue(value), description.type);
  }
  if (description.integer && (typeof value !== "number" || !Number.isInteger(value))) {
    return ajaxErrors.argumentOutOfRange(name, value, "Value must be an integer.");
  }
  if (description.type === Array && description.elementType !== undefined) {
    const elements = value as unknown[];
    for (let index = 0; index < elements.length; index++) {
      const element = elements[index];
      const elementName = `${name}[${index}]`;
      if (element === null || element === undefined) {
        if (!description.elementMayBeNull) return ajaxErrors.argumentNull(elementName);
      } else if (!isInstanceOf(element, description.elementType)) {
        return ajaxErrors.argumentType(elementName, typeOfValue(element), description.elementType);
      }
    }
  }
  return null;
}

/**
 * `Function._validateParams(args, descriptions)`: checks the count (more arguments than described is an error
 * unless the last description is a parameter array; fewer is an error unless the rest are optional), then each
 * argument. Returns the first error, or null.
 */
export function validateParams(
  args: ArrayLike<unknown>,
  descriptions: readonly ParameterDescription[],
): AjaxError | null {
  const count = typeof args.length === "number" ? args.length : 0;
  const last = descriptions[descriptions.length - 1];
  if (count > descriptions.length && !last?.parameterArray) return ajaxErrors.parameterCount();
  for (let index = count; index < descriptions.length; index++) {
    const description = descriptions[index];
    if (description && !description.optional && !description.parameterArray) return ajaxErrors.parameterCount();
  }
  for (let index = 0; index < count; index++) {
    const description = descriptions[Math.min(index, descriptions.length - 1)];
    if (!description) break;
    const name = description.parameterArray
      ? `${description.name}[${index - descriptions.length + 1}]`
      : description.name;
    const error = validateParameter(args[index], description, name);
    if (error) return error;
  }
  return null;
}
