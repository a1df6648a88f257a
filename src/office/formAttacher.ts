import pLimit from "p-limit";
import { selectBase64Encoder, type Base64Encoder } from "../graph/utils/base64";
import { currentAppointment } from "./appointment";
import { FORM_ATTACH_TIMEOUT_MS, fitsForm, MAX_FORM_FILE_BYTES } from "./formAttachmentLimits";
import { callHost, cancelledError } from "./callHost";
import { toEwsId } from "./itemId";
import { isOfficeHostError, OfficeHostError } from "./OfficeHostError";
import type { AppointmentComposeLike, AsyncCallback, OfficeLike } from "./officeHost";

/** What the open window now holds. `id` is Outlook's attachment id, valid for this session of the window only. */
export interface FormAttachment {
  id: string;
  name: string;
  kind: "file" | "item";
}

export interface FormAttachOptions {
  /** Aborts while the call is queued or the file is being read; once Outlook has it, it cannot be called back. */
  signal?: AbortSignal;
  /** Called when the attachment is handed to Outlook. */
  onCommitted?: () => void;
}

export interface FormAttacher {
  /** Attaches a file to the open meeting window with `item.addFileAttachmentFromBase64Async` (Mailbox 1.8). */
  attachFile(file: Blob, name: string, options?: FormAttachOptions): Promise<FormAttachment>;
  /**
   * Attaches an existing calendar item (a Graph or EWS id) to the open window with `item.addItemAttachmentAsync`.
   * Classic Outlook on Windows attaches the whole series when given one occurrence.
   */
  attachItem(itemId: string, name: string, options?: FormAttachOptions): Promise<FormAttachment>;
}

export interface FormAttacherOptions {
  encode?: Base64Encoder;
  /**
   * Calls in flight at once. Outlook on the web, new Outlook and mobile run at most three asynchronous calls at a
   * time, reads included; one at a time leaves room for the pane's own reads and holds only one file's Base64 text
   * in memory.
   */
  concurrency?: number;
  timeoutMs?: number;
}

type AttachMethod = "addFileAttachmentFromBase64Async" | "addItemAttachmentAsync";

function methodOf<M extends AttachMethod>(
  item: AppointmentComposeLike,
  method: M,
): NonNullable<AppointmentComposeLike[M]> {
  const found = item[method];
  if (typeof found !== "function") {
    throw new OfficeHostError("notAvailable", `This Outlook cannot add attachments to the open window (${method}).`, {
      operation: `item.${method}`,
      missingRequirement: method === "addFileAttachmentFromBase64Async" ? "Mailbox 1.8" : "Mailbox 1.1",
    });
  }
  return found;
}

/** One queue per window, so every attachment the pane adds to it goes through the same limit. */
export function createFormAttacher(host: OfficeLike, options: FormAttacherOptions = {}): FormAttacher {
  const limit = pLimit(options.concurrency ?? 1);
  const timeoutMs = options.timeoutMs ?? FORM_ATTACH_TIMEOUT_MS;
  let encoder = options.encode;

  function queued<T>(operation: string, signal: AbortSignal | undefined, run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(cancelledError(operation, signal));
        return;
      }
      let started = false;
      const onAbort = (): void => {
        if (!started) reject(cancelledError(operation, signal as AbortSignal));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      limit(() => {
        started = true;
        signal?.removeEventListener("abort", onAbort);
        if (signal?.aborted) throw cancelledError(operation, signal);
        return run();
      }).then(resolve, reject);
    });
  }

  /** Hands the call to Outlook; a silence as long as office.js's own deadline leaves the outcome open. */
  async function commit(
    operation: string,
    options: FormAttachOptions,
    start: (callback: AsyncCallback<string>) => void,
  ): Promise<string> {
    options.onCommitted?.();
    try {
      const id = await callHost<string>(host, operation, start, { timeoutMs });
      return String(id);
    } catch (error) {
      if (!isOfficeHostError(error, "timeout")) throw error;
      throw new OfficeHostError(
        "formOutcomeUnknown",
        `${operation} did not answer within ${timeoutMs} ms; the attachment may still appear in the window.`,
        { operation, cause: error },
      );
    }
  }

  return {
    attachFile(file, name, attachOptions = {}) {
      const operation = "item.addFileAttachmentFromBase64Async";
      return queued(operation, attachOptions.signal, async () => {
        const item = currentAppointment(host);
        const add = methodOf(item, "addFileAttachmentFromBase64Async");
        if (file.size === 0) {
          throw new OfficeHostError("invalidArgument", "An empty file cannot be attached.", { operation });
        }
        if (!fitsForm(file.size)) {
          throw new OfficeHostError(
            "attachmentTooLarge",
            `Files over ${MAX_FORM_FILE_BYTES} bytes cannot be attached to the open window.`,
            { operation },
          );
        }
        encoder ??= selectBase64Encoder();
        const base64 = await encoder(file);
        if (attachOptions.signal?.aborted) throw cancelledError(operation, attachOptions.signal);
        const id = await commit(operation, attachOptions, (callback) => add.call(item, base64, name, callback));
        return { id, name, kind: "file" as const };
      });
    },

    attachItem(itemId, name, attachOptions = {}) {
      const operation = "item.addItemAttachmentAsync";
      return queued(operation, attachOptions.signal, async () => {
        const item = currentAppointment(host);
        const add = methodOf(item, "addItemAttachmentAsync");
        const ewsId = toEwsId(host, itemId);
        const id = await commit(operation, attachOptions, (callback) => add.call(item, ewsId, name, callback));
        return { id, name, kind: "item" as const };
      });
    },
  };
}
