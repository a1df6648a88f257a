import type { AttachmentInfo, EventRef, GraphClient } from "../../../../src/graph";

/** A deferred answer the test releases when it wants, to look at what shows meanwhile. */
export interface HeldCall {
  release: () => void;
}

function gate(): { held: HeldCall; opened: Promise<void> } {
  let release: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held: { release: () => release() }, opened };
}

interface CallRecord {
  ref: EventRef;
  signal: AbortSignal | undefined;
}

/**
 * A hand-written Graph client holding one event's attachments in memory. List and delete behave as the real
 * client's do (abortable, `deleteAttachment` removes the row); a test can make the next call fail or wait.
 */
export class FakeGraph {
  attachments: AttachmentInfo[];
  readonly listCalls: CallRecord[] = [];
  readonly deleteCalls: { ref: EventRef; attachmentId: string }[] = [];
  private listPlan: (() => Promise<void>)[] = [];
  private deletePlan: (() => Promise<void>)[] = [];

  constructor(attachments: AttachmentInfo[] = []) {
    this.attachments = [...attachments];
  }

  /** The next list call fails with this error. */
  failNextList(error: Error): void {
    this.listPlan.push(() => Promise.reject(error));
  }

  /** The next list call waits until released (or aborted, as a real request would be). */
  holdNextList(): HeldCall {
    const { held, opened } = gate();
    this.listPlan.push(() => opened);
    return held;
  }

  failNextDelete(error: Error): void {
    this.deletePlan.push(() => Promise.reject(error));
  }

  /** The next delete waits until released. */
  holdNextDelete(): HeldCall {
    const { held, opened } = gate();
    this.deletePlan.push(() => opened);
    return held;
  }

  readonly client: GraphClient = {
    listAttachments: async (ref, options = {}) => {
      const call = { ref, signal: options.signal };
      this.listCalls.push(call);
      const planned = this.listPlan.shift();
      if (planned) await abortable(planned(), options.signal);
      options.signal?.throwIfAborted();
      return this.attachments.map((attachment) => ({ ...attachment }));
    },
    deleteAttachment: async (ref, attachmentId) => {
      this.deleteCalls.push({ ref, attachmentId });
      const planned = this.deletePlan.shift();
      if (planned) await planned();
      this.attachments = this.attachments.filter((attachment) => attachment.id !== attachmentId);
    },
    attachFile: () => Promise.reject(new Error("attachFile is not part of the list")),
    attachEvent: () => Promise.reject(new Error("attachEvent is not part of the list")),
    attachLink: () => Promise.reject(new Error("attachLink is not part of the list")),
    listCalendarView: () => Promise.reject(new Error("listCalendarView is not part of the list")),
    getEvent: () => Promise.reject(new Error("getEvent is not part of the list")),
  };
}

function abortable(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(new DOMException("The operation was aborted.", "AbortError"));
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject);
  });
}

let nextId = 0;

/** An attachment as the client returns it, with defaults a test can override. */
export function attachment(overrides: Partial<AttachmentInfo> & Pick<AttachmentInfo, "name">): AttachmentInfo {
  nextId += 1;
  return {
    id: `AAMkAttachment${nextId}=`,
    kind: "file",
    contentType: "application/octet-stream",
    size: 1024,
    isInline: false,
    lastModifiedDateTime: "2025-03-04T09:00:00Z",
    ...overrides,
  };
}
