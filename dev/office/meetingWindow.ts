import { OFFICE_ERRORS, type SimulatedOfficeError } from "./officeErrors";

/** What the open meeting window holds because something was attached to it through Office.js. */
export interface WindowAttachment {
  /** The id Outlook returned, valid for this session of the window. */
  id: string;
  kind: "file" | "item";
  name: string;
  isInline: boolean;
  /** Files: the Base64 text as given. */
  base64?: string;
  /** Files: decoded length in bytes. */
  byteLength?: number;
  /** Items: the EWS id Outlook was given. */
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

export type WindowAddOutcome = { ok: true; id: string } | { ok: false; error: SimulatedOfficeError };

/** The attachments the organizer's open window holds, whichever host answers office.js for it. */
export interface MeetingWindow {
  /** A file, already checked by office.js's argument rules: Outlook applies its own limits (9000, 9001). */
  addFile(base64: string, name: string, isInline: boolean): WindowAddOutcome;
  /** An existing item by its EWS id (office.js converts a REST id before it reaches Outlook). */
  addItem(ewsId: string, name: string): WindowAddOutcome;
  list(): readonly WindowAttachment[];
  setLimits(limits: Partial<FormAttachmentLimits>): void;
  /** Calls `listener` whenever what the window holds changes; returns a function that stops it. */
  onChange(listener: () => void): () => void;
  /** When the window was opened (or last sent): it never saw what Graph added after this. */
  openedAt(): Date;
  /** The window was sent and opened again: it now holds what the stored meeting holds, nothing pending. */
  reopen(): void;
}

// A single character class, not groups of four: a 27 MB text must not exhaust the regular expression engine.
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/;

function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64_CHARACTERS.test(text);
}

function decodedLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/**
 * Base64 text that does not decode is answered 9002 `InternalFormatError`: a choice, since what Outlook does then is
 * not documented.
 */
export function createMeetingWindow(initialLimits: FormAttachmentLimits, now: () => number): MeetingWindow {
  const held: WindowAttachment[] = [];
  const listeners = new Set<() => void>();
  let limits = { ...initialLimits };
  let nextId = 1;
  let openedAt = new Date(now());

  const changed = (): void => {
    for (const listener of listeners) listener();
  };

  function refusal(byteLength: number): SimulatedOfficeError | null {
    if (limits.maxCount !== null && held.length >= limits.maxCount) return OFFICE_ERRORS.numberOfAttachmentsExceeded;
    const total = held.reduce((sum, attachment) => sum + (attachment.byteLength ?? 0), 0);
    if (total + byteLength > limits.maxTotalBytes) return OFFICE_ERRORS.attachmentSizeExceeded;
    return null;
  }

  function add(entry: Omit<WindowAttachment, "id">): WindowAddOutcome {
    const refused = refusal(entry.byteLength ?? 0);
    if (refused) return { ok: false, error: refused };
    const attachment = { ...entry, id: String(nextId++) };
    held.push(attachment);
    changed();
    return { ok: true, id: attachment.id };
  }

  return {
    addFile(base64, name, isInline) {
      if (!isBase64(base64)) return { ok: false, error: OFFICE_ERRORS.internalFormatError };
      return add({ kind: "file", name, isInline, base64, byteLength: decodedLength(base64) });
    },
    addItem(ewsId, name) {
      return add({ kind: "item", name, isInline: false, itemId: ewsId });
    },
    list: () => held.map((attachment) => ({ ...attachment })),
    setLimits(change) {
      limits = { ...limits, ...change };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openedAt: () => openedAt,
    reopen() {
      held.splice(0, held.length);
      openedAt = new Date(now());
      changed();
    },
  };
}
