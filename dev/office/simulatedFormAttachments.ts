import { deliver, failed, succeeded, type Callback } from "./asyncCalls";
import { argumentError, OFFICE_ERRORS, parameterCountError } from "./officeErrors";

/** What the open meeting window holds because something was attached to it (Office.js or the organizer). */
export interface SimulatedFormAttachment {
  /** The id Outlook returned for this session of the window. */
  id: string;
  kind: "file" | "item";
  name: string;
  isInline: boolean;
  /** Files: the Base64 text as given. */
  base64?: string;
  /** Files: decoded length in bytes. */
  byteLength?: number;
  /** Items: the EWS id as given. */
  itemId?: string;
}

/**
 * The window's own limits. Outlook on the web and new Outlook: 499 attachments and 25 MB in all; classic Outlook
 * and Outlook on Mac: no count limit and the Exchange message size limit (35 MB by default in Exchange Online).
 */
export interface FormAttachmentLimits {
  maxCount: number | null;
  maxTotalBytes: number;
}

// office.js refuses these before asking Outlook (outlook-web-16.01 / win32-16.02 / mac-16.00, office-js 1.1.110).
const MAX_BASE64_LENGTH = 27_892_122;
const MAX_ATTACHMENT_NAME_LENGTH = 255;
const MAX_ITEM_ID_LENGTH = 200;
// A single character class, not groups of four: a 27 MB text must not exhaust the regular expression engine.
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/;

function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64_CHARACTERS.test(text);
}

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

function decodedLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

export interface SimulatedFormAttachments {
  addFileAttachmentFromBase64Async: (base64File: unknown, attachmentName: unknown, ...rest: unknown[]) => void;
  addItemAttachmentAsync: (itemId: unknown, attachmentName: unknown, ...rest: unknown[]) => void;
  list: () => readonly SimulatedFormAttachment[];
  setLimits: (limits: Partial<FormAttachmentLimits>) => void;
  /** The window was sent and opened again: it now holds what the stored meeting holds, nothing pending. */
  clear: () => void;
}

/**
 * The attachments added to the open window, with the argument checks office.js runs (thrown synchronously, with
 * its exact names and texts) and the limits Outlook applies (reported through the callback as 9000 and 9001).
 * Base64 text that does not decode is reported as 9002 `InternalFormatError`, a choice: what Outlook does then is
 * not documented.
 */
export function createSimulatedFormAttachments(
  initialLimits: FormAttachmentLimits,
  latencyMs: number,
  onChange: () => void,
): SimulatedFormAttachments {
  const held: SimulatedFormAttachment[] = [];
  let limits = { ...initialLimits };
  let nextId = 1;

  function refusal(byteLength: number): (typeof OFFICE_ERRORS)[keyof typeof OFFICE_ERRORS] | null {
    if (limits.maxCount !== null && held.length >= limits.maxCount) return OFFICE_ERRORS.numberOfAttachmentsExceeded;
    const total = held.reduce((sum, attachment) => sum + (attachment.byteLength ?? 0), 0);
    if (total + byteLength > limits.maxTotalBytes) return OFFICE_ERRORS.attachmentSizeExceeded;
    return null;
  }

  function add(entry: Omit<SimulatedFormAttachment, "id">, callback: Callback<string> | undefined, context: unknown) {
    const refused = refusal(entry.byteLength ?? 0);
    if (refused) {
      deliver(callback, failed<string>(refused, context), latencyMs);
      return;
    }
    const attachment = { ...entry, id: String(nextId++) };
    held.push(attachment);
    onChange();
    deliver(callback, succeeded(attachment.id, context), latencyMs);
  }

  return {
    addFileAttachmentFromBase64Async(base64File, attachmentName, ...rest) {
      const { options, callback } = parseTrailingArgs(rest);
      const base64 = requireString("base64Encoded", base64File);
      requireLength("base64File", base64, MAX_BASE64_LENGTH);
      if (typeof attachmentName !== "string" || attachmentName === "") {
        throw argumentError("Sys.ArgumentException", "attachmentName");
      }
      requireLength("attachmentName", attachmentName, MAX_ATTACHMENT_NAME_LENGTH);
      const context = options?.asyncContext;
      if (!isBase64(base64)) {
        deliver(callback, failed<string>(OFFICE_ERRORS.internalFormatError, context), latencyMs);
        return;
      }
      const entry = {
        kind: "file" as const,
        name: attachmentName,
        isInline: Boolean(options?.isInline),
        base64,
        byteLength: decodedLength(base64),
      };
      add(entry, callback, context);
    },

    addItemAttachmentAsync(itemId, attachmentName, ...rest) {
      const { options, callback } = parseTrailingArgs(rest);
      const id = requireString("itemId", itemId);
      const name = requireString("attachmentName", attachmentName);
      requireLength("itemId", id, MAX_ITEM_ID_LENGTH);
      requireLength("attachmentName", name, MAX_ATTACHMENT_NAME_LENGTH);
      // office.js hands Outlook the EWS form of the id whatever it was given.
      const ewsId = id.replace(/-/g, "/").replace(/_/g, "+");
      add({ kind: "item", name, isInline: false, itemId: ewsId }, callback, options?.asyncContext);
    },

    list: () => held.map((attachment) => ({ ...attachment })),
    setLimits(change) {
      limits = { ...limits, ...change };
    },
    clear() {
      held.splice(0, held.length);
      onChange();
    },
  };
}
