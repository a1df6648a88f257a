import { ajaxErrors } from "./ajaxErrors";
import { validateParameter, validateParams, type ParameterDescription } from "./validateParams";

/**
 * A stand-in for the part of MicrosoftAjax.js (ASP.NET AJAX 3.5, `https://ajax.aspnetcdn.com/ajax/3.5/
 * MicrosoftAjax.js`) that office.js 1.1.110 and its Outlook host scripts use: the type-system helpers their
 * `isMsAjaxLoaded` checks for, the `Error` factories and `Function._validateParams` behind office.js's own argument
 * checks, `Sys.Debug.trace`, `Sys.Browser` and `Sys.StringBuilder`. Only for the demo and the tests, which cannot
 * reach Microsoft's CDN; never part of the production build, where Outlook's host scripts load the real file.
 */
interface AjaxWindow {
  Sys?: Record<string, unknown>;
  Type?: unknown;
}

type Namespace = Record<string, unknown>;

class StringBuilder {
  private readonly parts: string[] = [];
  constructor(initial?: string) {
    if (initial) this.parts.push(initial);
  }
  append(text: string | number | boolean): void {
    this.parts.push(String(text));
  }
  appendLine(text?: string | number | boolean): void {
    this.parts.push(`${text === undefined ? "" : String(text)}\r\n`);
  }
  clear(): void {
    this.parts.length = 0;
  }
  isEmpty(): boolean {
    return this.parts.every((part) => part === "");
  }
  toString(separator?: string): string {
    return this.parts.join(separator ?? "");
  }
}

const DATE_PATTERN = /^\/Date\((-?\d+)\)\/$/;

/** JSON with MicrosoftAjax's date form (`"\/Date(ms)\/"`); office.js only uses it where `JSON` is missing. */
const javaScriptSerializer = {
  serialize(value: unknown): string {
    return JSON.stringify(value, function replace(this: Record<string, unknown>, key: string, current: unknown) {
      const original = this[key];
      return original instanceof Date ? `/Date(${original.getTime()})/` : current;
    });
  },
  deserialize(text: string): unknown {
    return JSON.parse(text, (_key, current: unknown) => {
      const match = typeof current === "string" ? DATE_PATTERN.exec(current) : null;
      return match ? new Date(Number(match[1])) : current;
    });
  },
};

function registerNamespace(win: object, name: string): Namespace {
  let scope = win as Namespace;
  for (const part of name.split(".")) {
    const next = scope[part];
    if (typeof next === "object" && next !== null) scope = next as Namespace;
    else {
      const created: Namespace = { __namespace: true, __typeName: name };
      scope[part] = created;
      scope = created;
    }
  }
  return scope;
}

/** Installs the stand-in in this realm (the add-in frame), on `win`, unless a MicrosoftAjax is already there. */
export function installMicrosoftAjax(win: Window & AjaxWindow): void {
  if (win.Sys && typeof win.Sys.StringBuilder === "function") return;
  const functionType = Function as FunctionConstructor & Record<string, unknown>;
  const functionPrototype = functionType.prototype as unknown as object;
  const errorType = Error as unknown as Record<string, unknown>;

  functionType._validateParams = (args: ArrayLike<unknown>, descriptions: readonly ParameterDescription[]) =>
    validateParams(args, descriptions);
  functionType._validateParameter = (value: unknown, description: ParameterDescription, name: string) =>
    validateParameter(value, description, name);
  Object.assign(errorType, ajaxErrors);

  // MicrosoftAjax's type system: Type is Function, and every function can register itself as a class.
  functionType.registerNamespace = (name: string) => registerNamespace(win, name);
  // Not enumerable, so that nothing iterating over a function's properties meets them.
  const addToFunctions = (name: string, value: unknown): void => {
    Object.defineProperty(functionPrototype, name, { value, writable: true, configurable: true });
  };
  addToFunctions("registerClass", function registerClass(this: Record<string, unknown>, name: string) {
    this.__typeName = name;
    this.__class = true;
    return this;
  });
  addToFunctions("getName", function getName(this: { __typeName?: string; name: string }) {
    return this.__typeName ?? this.name;
  });
  addToFunctions("isInstanceOfType", function isInstanceOfType(this: new () => unknown, value: unknown) {
    return value instanceof this;
  });
  win.Type = functionType;

  const browsers = { InternetExplorer: {}, Firefox: {}, Safari: {}, Opera: {} };
  win.Sys = {
    __namespace: true,
    StringBuilder,
    Browser: { ...browsers, agent: null, name: win.navigator.appName, version: 0 },
    Debug: {
      trace: () => undefined,
      assert: () => undefined,
      fail: (message: string) => {
        throw ajaxErrors.create(message);
      },
    },
    Serialization: { JavaScriptSerializer: javaScriptSerializer },
  };
}
