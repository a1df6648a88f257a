import { deliver, failed, succeeded, type Callback } from "./asyncCalls";
import type { MeetingWindow, WindowAddOutcome } from "./meetingWindow";
import { argumentError, parameterCountError } from "./officeErrors";

// office.js refuses these before asking Outlook (outlook-web-16.01 / win32-16.02 / mac-16.00, office-js 1.1.110).
const MAX_BASE64_LENGTH = 27_892_122;
const MAX_ATTACHMENT_NAME_LENGTH = 255;
const MAX_ITEM_ID_LENGTH = 200;

interface ParsedArgs {
  options: { asyncContext?: unknown; isInline?: unknown } | null | undefined;
  callback: Callback<string> | undefined;
}

/**
 * office.js's `parseCommonArgs(args, false, false)`, which these two methods use: no legacy `(callback, context)`
 * form; one argument is a callback or an options object; two must be an object then a function.
 */
function parseTrailingArgs(args: readonly unknown[]): ParsedArgs {
  const [first, second] = args;
  if (args.length === 0) return { options: undefined, callback: undefined };
  if (args.length === 1) {
    if (typeof first === "function") return { options: undefined, callback: first as Callback<string> };
    if (typeof first === "object") return { options: first, callback: undefined };
    throw argumentError("Sys.ArgumentTypeException");
  }
  if (args.length === 2) {
    if (typeof first !== "object") throw argumentError("Sys.ArgumentException", "options");
    if (typeof second !== "function") throw argumentError("Sys.ArgumentException", "callback");
    return { options: first, callback: second as Callback<string> };
  }
  throw parameterCountError();
}

/** office.js's `validateStringParam`: null, undefined or "" is a null argument; anything else not a string, a type error. */
function requireString(parameter: string, value: unknown): string {
  if (value === null || value === undefined || value === "")
    throw argumentError("Sys.ArgumentNullException", parameter);
  if (typeof value !== "string") {
    throw argumentError(
      "Sys.ArgumentTypeException",
      parameter,
      `Object of type '${typeof value}' cannot be converted to type 'string'.`,
    );
  }
  return value;
}

function requireLength(parameter: string, value: string, max: number): void {
  if (value.length > max) throw argumentError("Sys.ArgumentOutOfRangeException", parameter);
}

export interface SimulatedFormAttachments {
  addFileAttachmentFromBase64Async: (base64File: unknown, attachmentName: unknown, ...rest: unknown[]) => void;
  addItemAttachmentAsync: (itemId: unknown, attachmentName: unknown, ...rest: unknown[]) => void;
}

/**
 * `item.addFileAttachmentFromBase64Async` and `item.addItemAttachmentAsync` in the in-process simulated Office:
 * the argument checks office.js runs (thrown synchronously, with its exact names and texts), then the window's
 * own answer (9000, 9001) through the callback.
 */
export function createSimulatedFormAttachments(window: MeetingWindow, latencyMs: number): SimulatedFormAttachments {
  const answer = (outcome: WindowAddOutcome, callback: Callback<string> | undefined, context: unknown): void => {
    const result = outcome.ok ? succeeded(outcome.id, context) : failed<string>(outcome.error, context);
    deliver(callback, result, latencyMs);
  };

  return {
    addFileAttachmentFromBase64Async(base64File, attachmentName, ...rest) {
      const { options, callback } = parseTrailingArgs(rest);
      const base64 = requireString("base64Encoded", base64File);
      requireLength("base64File", base64, MAX_BASE64_LENGTH);
      if (typeof attachmentName !== "string" || attachmentName === "") {
        throw argumentError("Sys.ArgumentException", "attachmentName");
      }
      requireLength("attachmentName", attachmentName, MAX_ATTACHMENT_NAME_LENGTH);
      answer(window.addFile(base64, attachmentName, Boolean(options?.isInline)), callback, options?.asyncContext);
    },

    addItemAttachmentAsync(itemId, attachmentName, ...rest) {
      const { options, callback } = parseTrailingArgs(rest);
      const id = requireString("itemId", itemId);
      const name = requireString("attachmentName", attachmentName);
      requireLength("itemId", id, MAX_ITEM_ID_LENGTH);
      requireLength("attachmentName", name, MAX_ATTACHMENT_NAME_LENGTH);
      // office.js hands Outlook the EWS form of the id whatever it was given.
      const ewsId = id.replace(/-/g, "/").replace(/_/g, "+");
      answer(window.addItem(ewsId, name), callback, options?.asyncContext);
    },
  };
}
