import type { CloudName } from "../../config/clouds";
import { AttachmentInputError } from "../errors/AttachmentInputError";
import { isGraphRequestError } from "../errors/GraphRequestError";
import type { EventRef, Mailbox } from "../../shared/eventRef";
import type { GetGraphToken } from "../../shared/graphToken";
import { fileContentType, validateFile, type NamedBlob } from "../payloads/fileAttachment";
import type { EventAttachmentInput, LinkAttachmentInput } from "../payloads/types";
import { chooseFileRoute, fitsHardPostLimit } from "../upload/fileRoute";
import type * as UploadSessionNamespace from "../upload/uploadSession";
import type { UploadProgress } from "../upload/uploadSession";
import { throwIfCancelled } from "../utils/abort";
import type { Base64Encoder } from "../utils/base64";
import { parseAttachment, type AttachmentInfo } from "./attachmentInfo";
import { collectPages } from "./collectPages";
import {
  attachmentUrl,
  attachmentsUrl,
  createUploadSessionUrl,
  eventUrl,
  graphRoot,
  mailboxKey,
  mailboxUrl,
  type GraphVersion,
} from "./endpoints";
import { EVENT_DETAIL_SELECT, EVENT_SUMMARY_SELECT, parseEventSummary, type EventSummary } from "./eventSummary";
import { findCreatedAttachment, type ExpectedAttachment } from "./findCreatedAttachment";
import { DEFAULT_CHUNK_BYTES, MAX_CHUNK_BYTES, MAX_CONCURRENT_PER_MAILBOX } from "./limits";
import { createMailboxLimiter } from "./mailboxLimiter";
import { readJson } from "./readJson";
import { reconciledResponse } from "./reconciledResponse";
import { createRecentCreates } from "./recentCreates";
import { findResentTwins } from "./resentTwins";
import { settleAmbiguousFailure } from "./settleAmbiguousFailure";
import type { RetryPolicy } from "./retryPolicy";
import { resolveSendDependencies, sendRequest, type GraphRequest, type SendDependencies } from "./sendRequest";

// A type-only import: the module itself is loaded with `import()` when a large file needs it.
type UploadSessionModule = typeof UploadSessionNamespace;

export interface GraphClientOptions {
  getToken: GetGraphToken;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Defaults to `global`. */
  cloud?: CloudName;
  /** Replaces the cloud's Graph root, e.g. `http://localhost:3001` for the emulator. */
  baseUrl?: string;
  retry?: Partial<RetryPolicy>;
  /** Clock for retry budgets and lost-response matching (ms). */
  now?: () => number;
  /** Random source for backoff jitter, in [0, 1). */
  random?: () => number;
  newRequestId?: () => string;
  maxConcurrentPerMailbox?: number;
  /** Upload-session slice size, at most 4 MiB. */
  chunkBytes?: number;
  /** Allowance between the server's and the client's clocks when matching a lost response (default 2 min). */
  clockSkewMs?: number;
  base64?: Base64Encoder;
  /** Loads the upload-session code; injectable so tests can count or replace the load. */
  loadUploadSession?: () => Promise<UploadSessionModule>;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface AttachFileOptions extends CallOptions {
  onProgress?: (progress: UploadProgress) => void;
}

export interface CalendarViewOptions extends CallOptions {
  start: Date | string;
  end: Date | string;
  /** Case-insensitive part of the subject; filtered on the client, as calendarView does not search. */
  search?: string;
  /** Stops after this many events (default 250). */
  maxEvents?: number;
}

export interface GraphClient {
  attachFile(ref: EventRef, file: NamedBlob, options?: AttachFileOptions): Promise<AttachmentInfo>;
  attachEvent(ref: EventRef, input: EventAttachmentInput, options?: CallOptions): Promise<AttachmentInfo>;
  attachLink(ref: EventRef, input: LinkAttachmentInput, options?: CallOptions): Promise<AttachmentInfo>;
  listAttachments(ref: EventRef, options?: CallOptions): Promise<AttachmentInfo[]>;
  deleteAttachment(ref: EventRef, attachmentId: string, options?: CallOptions): Promise<void>;
  listCalendarView(mailbox: Mailbox, options: CalendarViewOptions): Promise<EventSummary[]>;
  getEvent(ref: EventRef, options?: CallOptions): Promise<EventSummary>;
}

/** Clouds whose Graph documents `createUploadSession` (not US Government L4 or L5). */
const SESSION_CLOUDS: readonly CloudName[] = ["global", "china"];
const LIST_SELECT = "$select=id,name,contentType,size,isInline,lastModifiedDateTime";
const DEFAULT_CLOCK_SKEW_MS = 120_000;

function toIsoTime(value: Date | string, field: "start" | "end"): number {
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (!Number.isFinite(time)) {
    throw new AttachmentInputError("dateInvalid", `The ${field} of the range is not a valid date.`, { field: field });
  }
  return time;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const cloud = options.cloud ?? "global";
  const root = graphRoot(cloud, options.baseUrl);
  const origin = new URL(root).origin;
  const sessionsAvailable = options.baseUrl !== undefined || SESSION_CLOUDS.includes(cloud);
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (!Number.isSafeInteger(chunkBytes) || chunkBytes < 1 || chunkBytes > MAX_CHUNK_BYTES) {
    throw new RangeError(`chunkBytes must be between 1 and ${MAX_CHUNK_BYTES}.`);
  }
  const deps: SendDependencies = resolveSendDependencies(options);
  const clockSkewMs = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
  const limiter = createMailboxLimiter(options.maxConcurrentPerMailbox ?? MAX_CONCURRENT_PER_MAILBOX);
  // Loaded with the first attachment (see attachCode.ts).
  const loadAttachCode = () => import(/* webpackChunkName: "attach" */ "./attachCode");
  let encodeBase64: Base64Encoder | undefined = options.base64;
  const loadUploadSession = options.loadUploadSession ?? (() => import("../upload/uploadSession"));
  // Ids this client has handed out: a lost-response match must never return another call's attachment.
  const claimedIds = new Set<string>();
  const recentCreates = createRecentCreates();

  const send = (mailbox: Mailbox, request: GraphRequest): Promise<Response> =>
    limiter.run(mailboxKey(root, mailbox), request.signal, () => sendRequest(deps, request));

  const claim = (attachment: AttachmentInfo): AttachmentInfo => {
    claimedIds.add(attachment.id);
    return attachment;
  };

  /** Lists every attachment; `limited: false` when called from inside a request that already holds a slot. */
  const listAll = async (
    ref: EventRef,
    signal: AbortSignal | undefined,
    limited: boolean,
  ): Promise<AttachmentInfo[]> => {
    const first = `${attachmentsUrl(root, "v1.0", ref)}?${LIST_SELECT}`;
    const fetchPage = (url: string): Promise<Response> => {
      const request: GraphRequest = { method: "GET", url, auth: true, signal, repeat: "retry" };
      return limited ? send(ref.mailbox, request) : sendRequest(deps, request);
    };
    return (await collectPages(first, origin, fetchPage)).map(parseAttachment);
  };

  /** POSTs an attachment; a lost answer is reconciled against the event's list before any second POST. */
  const createAttachment = async (
    ref: EventRef,
    version: GraphVersion,
    payload: object,
    expected: ExpectedAttachment,
    signal: AbortSignal | undefined,
  ): Promise<AttachmentInfo> => {
    const startedAt = deps.now();
    const eventKey = attachmentsUrl(root, "v1.0", ref);
    const findOurs = async (limited: boolean): Promise<AttachmentInfo | undefined> =>
      findCreatedAttachment(await listAll(ref, signal, limited), expected, { startedAt, clockSkewMs, claimedIds });
    const settled = (created: AttachmentInfo): AttachmentInfo => {
      const now = deps.now();
      recentCreates.remember({ eventKey, created, durationMs: now - startedAt, settledAt: now });
      return claim(created);
    };
    const end = recentCreates.begin(eventKey, expected.name);
    // Set once an attempt failed in a way that may have stored the attachment (the client then checks the list).
    let ambiguous = false;
    try {
      const response = await send(ref.mailbox, {
        method: "POST",
        url: attachmentsUrl(root, version, ref),
        json: payload,
        auth: true,
        signal,
        repeat: "reconcile",
        reconcile: async () => {
          ambiguous = true;
          const found = await findOurs(false);
          return found ? reconciledResponse(found) : undefined;
        },
      });
      return settled(parseAttachment(await readJson(response)));
    } catch (error) {
      return settled(await settleAmbiguousFailure(error, signal, () => findOurs(true), ambiguous));
    } finally {
      end();
    }
  };

  /**
   * Removes the copies a browser's own resend of this client's recent creates left in the event (see
   * `findResentTwins`), and returns the list without them. A create is checked once the list shows its attachment
   * and no create of the same name is under way; a copy that cannot be removed now is tried again on the next list.
   */
  const withoutResentTwins = async (
    ref: EventRef,
    attachments: AttachmentInfo[],
    signal: AbortSignal | undefined,
  ): Promise<AttachmentInfo[]> => {
    const eventKey = attachmentsUrl(root, "v1.0", ref);
    const removed = new Set<string>();
    for (const recent of recentCreates.watched(eventKey, deps.now())) {
      if (recentCreates.isUnderWay(eventKey, recent.created.name)) continue;
      if (!attachments.some((attachment) => attachment.id === recent.created.id)) continue;
      let done = true;
      for (const twin of findResentTwins(attachments, recent, claimedIds)) {
        try {
          const url = attachmentUrl(root, "v1.0", ref, twin.id);
          await send(ref.mailbox, { method: "DELETE", url, auth: true, signal, repeat: "retry" });
          removed.add(twin.id);
        } catch (error) {
          if (signal?.aborted) throw error;
          done = false;
        }
      }
      if (done) recentCreates.forget(recent);
    }
    return removed.size === 0 ? attachments : attachments.filter((attachment) => !removed.has(attachment.id));
  };

  const postFile = async (
    ref: EventRef,
    file: NamedBlob,
    name: string,
    contentType: string | undefined,
    options: AttachFileOptions,
  ): Promise<AttachmentInfo> => {
    const totalBytes = file.size;
    options.onProgress?.({ bytesSent: 0, totalBytes });
    const { buildFileAttachment, selectBase64Encoder } = await loadAttachCode();
    encodeBase64 ??= selectBase64Encoder();
    const contentBytes = await encodeBase64(file);
    throwIfCancelled(options.signal);
    const created = await createAttachment(
      ref,
      "v1.0",
      buildFileAttachment(name, contentBytes, contentType),
      { name, kind: "file", fileBytes: totalBytes },
      options.signal,
    );
    options.onProgress?.({ bytesSent: totalBytes, totalBytes });
    return created;
  };

  const uploadInSession = async (
    ref: EventRef,
    file: NamedBlob,
    name: string,
    contentType: string | undefined,
    options: AttachFileOptions,
  ): Promise<AttachmentInfo> => {
    const module = await loadUploadSession();
    const created = await module.uploadFileInSession(
      {
        send: (request) => send(ref.mailbox, request),
        listAttachments: (signal, limited) => listAll(ref, signal, limited),
        createSessionUrl: createUploadSessionUrl(root, "v1.0", ref),
        allowHttpUploadUrl: origin.startsWith("http:"),
        sharedMailbox: ref.mailbox.kind === "user",
        chunkBytes,
        now: deps.now,
        clockSkewMs,
        claimedIds,
      },
      {
        file,
        name,
        ...(contentType === undefined ? {} : { contentType }),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      },
    );
    return claim(created);
  };

  return {
    async attachFile(ref, file, callOptions = {}) {
      const name = validateFile(file);
      const contentType = fileContentType(file);
      attachmentsUrl(root, "v1.0", ref); // refuses a bad event reference before any work
      throwIfCancelled(callOptions.signal);
      if (chooseFileRoute(name, file.size, contentType) === "post") {
        return postFile(ref, file, name, contentType, callOptions);
      }
      if (!sessionsAvailable) {
        throw new AttachmentInputError(
          "fileTooLargeForCloud",
          "This cloud's Microsoft Graph has no upload sessions, so files over about 3 MB cannot be attached.",
          { field: "file" },
        );
      }
      try {
        return await uploadInSession(ref, file, name, contentType, callOptions);
      } catch (error) {
        // Documentation and reports disagree on the session minimum: a refused file that fits a POST goes that way.
        if (isGraphRequestError(error, "belowSessionMinimum") && fitsHardPostLimit(name, file.size, contentType)) {
          return postFile(ref, file, name, contentType, callOptions);
        }
        throw error;
      }
    },

    async attachEvent(ref, input, callOptions = {}) {
      const { buildEventAttachment } = await loadAttachCode();
      const payload = buildEventAttachment(input);
      return createAttachment(ref, "v1.0", payload, { name: payload.name, kind: "item" }, callOptions.signal);
    },

    async attachLink(ref, input, callOptions = {}) {
      const { buildReferenceAttachment } = await loadAttachCode();
      const payload = buildReferenceAttachment(input);
      // Reference attachments with a `sourceUrl` exist only in Graph beta.
      return createAttachment(ref, "beta", payload, { name: payload.name, kind: "reference" }, callOptions.signal);
    },

    async listAttachments(ref, callOptions = {}) {
      return withoutResentTwins(ref, await listAll(ref, callOptions.signal, true), callOptions.signal);
    },

    async deleteAttachment(ref, attachmentId, callOptions = {}) {
      const url = attachmentUrl(root, "v1.0", ref, attachmentId);
      await send(ref.mailbox, { method: "DELETE", url, auth: true, signal: callOptions.signal, repeat: "retry" });
      claimedIds.delete(attachmentId);
    },

    async listCalendarView(mailbox, viewOptions) {
      const start = toIsoTime(viewOptions.start, "start");
      const end = toIsoTime(viewOptions.end, "end");
      if (end <= start)
        throw new AttachmentInputError("rangeInvalid", "The range ends before it starts.", { field: "end" });
      const query =
        `startDateTime=${encodeURIComponent(new Date(start).toISOString())}` +
        `&endDateTime=${encodeURIComponent(new Date(end).toISOString())}` +
        `&$select=${EVENT_SUMMARY_SELECT}&$orderby=start/dateTime&$top=50`;
      const first = `${mailboxUrl(root, "v1.0", mailbox)}/calendarView?${query}`;
      const signal = viewOptions.signal;
      const fetchPage = (url: string): Promise<Response> =>
        send(mailbox, { method: "GET", url, auth: true, signal, repeat: "retry" });
      const events = (await collectPages(first, origin, fetchPage, viewOptions.maxEvents ?? 250)).map(
        parseEventSummary,
      );
      const search = viewOptions.search?.trim().toLocaleLowerCase();
      return search ? events.filter((event) => event.subject.toLocaleLowerCase().includes(search)) : events;
    },

    async getEvent(ref, callOptions = {}) {
      const url = `${eventUrl(root, "v1.0", ref)}?$select=${EVENT_DETAIL_SELECT}`;
      const response = await send(ref.mailbox, {
        method: "GET",
        url,
        auth: true,
        signal: callOptions.signal,
        repeat: "retry",
      });
      return parseEventSummary(await readJson(response));
    },
  };
}
