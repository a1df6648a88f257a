import { isRecord } from "../../shared/isRecord";

/**
 * Large files through an Outlook upload session: create the session, PUT the file in slices (read one at a time
 * with `Blob.slice`), follow `nextExpectedRanges`, resolve the attachment the last PUT created. Loaded with a
 * dynamic `import()` by the client, so the taskpane's first bundle does not carry it.
 */
import { parseAttachment, type AttachmentInfo } from "../core/attachmentInfo";
import { settleAmbiguousFailure } from "../core/settleAmbiguousFailure";
import { findCreatedAttachment } from "../core/findCreatedAttachment";
import { readJson } from "../core/readJson";
import { reconciledResponse } from "../core/reconciledResponse";
import type { GraphRequest } from "../core/sendRequest";
import { GraphRequestError, isGraphRequestError } from "../errors/GraphRequestError";
import { UploadHostUnreachableError } from "../errors/UploadHostUnreachableError";
import { errorFromResponse } from "../errors/mapGraphError";
import { parseGraphErrorBody } from "../errors/readGraphErrorBody";
import type { NamedBlob } from "../payloads/fileAttachment";
import { buildUploadSessionRequest } from "../payloads/uploadSessionRequest";
import { readAttachmentIdFromLocation } from "../utils/locationId";
import { readNextExpectedOffset } from "../utils/nextExpectedRanges";
import { parseJsonOrUndefined, readUploadUrl } from "../utils/uploadUrl";

export interface UploadProgress {
  bytesSent: number;
  totalBytes: number;
}

export interface UploadSessionContext {
  /** Sends one request, within the mailbox's concurrency limit. */
  send: (request: GraphRequest) => Promise<Response>;
  /** Lists the event's attachments. `limited: false` when the caller already holds a slot. */
  listAttachments: (signal: AbortSignal | undefined, limited: boolean) => Promise<AttachmentInfo[]>;
  createSessionUrl: string;
  /** Only an emulator on plain http may hand out an http upload URL. */
  allowHttpUploadUrl: boolean;
  /** The event is in another person's mailbox (delegate access). */
  sharedMailbox: boolean;
  chunkBytes: number;
  now: () => number;
  clockSkewMs: number;
  claimedIds: ReadonlySet<string>;
}

export interface UploadFileRequest {
  file: NamedBlob;
  name: string;
  contentType?: string;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
}

/** Statuses a chunk PUT hands back to the loop instead of throwing: they may say where to resume. */
const RANGE_STATUSES = [400, 409, 416];
/** A server that keeps asking for the same range is not making progress. */
const MAX_STALLED_CHUNKS = 3;

async function createSession(context: UploadSessionContext, request: UploadFileRequest): Promise<Response> {
  try {
    return await context.send({
      method: "POST",
      url: context.createSessionUrl,
      json: buildUploadSessionRequest(request.name, request.file.size, request.contentType),
      auth: true,
      signal: request.signal,
      // A session created twice is harmless: the unused one expires without adding anything.
      repeat: "retry",
    });
  } catch (error) {
    if (context.sharedMailbox && isGraphRequestError(error, "accessDenied")) {
      throw new GraphRequestError(
        "uploadSessionSharedMailbox",
        "Microsoft Graph does not allow upload sessions in another person's calendar with delegated access; " +
          "files over about 3 MB cannot be attached there. Attach a cloud link instead.",
        {
          status: error.status,
          code: error.code,
          graphMessage: error.graphMessage,
          requestId: error.requestId,
          clientRequestId: error.clientRequestId,
          cause: error,
        },
      );
    }
    throw error;
  }
}

/** Where the session wants the next chunk to start, from a GET on its URL; undefined when it cannot tell. */
async function askNextOffset(
  context: UploadSessionContext,
  uploadUrl: string,
  signal: AbortSignal | undefined,
): Promise<number | undefined> {
  try {
    const status = await context.send({ method: "GET", url: uploadUrl, auth: false, signal, repeat: "retry" });
    return readNextExpectedOffset(parseJsonOrUndefined(await status.text()));
  } catch {
    return undefined;
  }
}

/**
 * Cancels the session so the server drops what it holds; true when the server confirmed. Best effort: an unfinished
 * session expires anyway.
 */
async function deleteSession(context: UploadSessionContext, uploadUrl: string): Promise<boolean> {
  try {
    await context.send({ method: "DELETE", url: uploadUrl, auth: false, repeat: "never", retryLimit: 0 });
    return true;
  } catch {
    // Nothing to tell the organizer: the session can no longer be used and expires on the server.
    return false;
  }
}

/**
 * The upload URL never answered: every attempt at the first chunk failed at the network level, after the client's
 * retries. Graph itself answered moments before (it created the session), so the browser cannot reach the upload
 * host (a network that blocks it, or a host that refuses this origin's CORS request: both are `Failed to fetch`).
 */
function isUploadHostUnreachable(error: unknown, uploadHostAnswered: boolean): error is GraphRequestError {
  return !uploadHostAnswered && isGraphRequestError(error, "network") && !error.answeredAttempts;
}

/** Uploads `request.file` through a new upload session and returns the attachment it created. */
export async function uploadFileInSession(
  context: UploadSessionContext,
  request: UploadFileRequest,
): Promise<AttachmentInfo> {
  const { file, signal } = request;
  const totalBytes = file.size;
  const startedAt = context.now();
  const expected = { name: request.name, kind: "file" as const, fileBytes: totalBytes };

  const findOurs = async (limited: boolean): Promise<AttachmentInfo | undefined> =>
    findCreatedAttachment(await context.listAttachments(signal, limited), expected, {
      startedAt,
      clockSkewMs: context.clockSkewMs,
      claimedIds: context.claimedIds,
    });

  // Set once the last chunk failed in a way that may have completed the upload.
  let ambiguous = false;

  const resolveCreated = async (response: Response): Promise<AttachmentInfo> => {
    const body = await readJson(response);
    if (isRecord(body) && typeof body.id === "string") return parseAttachment(body);
    const id = readAttachmentIdFromLocation(response.headers.get("location"));
    const minimal = (attachmentId: string): AttachmentInfo => ({
      id: attachmentId,
      kind: "file",
      name: request.name,
      contentType: request.contentType ?? null,
      size: null,
      isInline: false,
      lastModifiedDateTime: null,
    });
    let attachments: AttachmentInfo[];
    try {
      attachments = await context.listAttachments(signal, true);
    } catch (error) {
      // The upload is complete (201): a list that cannot be read must not turn it into a failure.
      if (id !== undefined && !signal?.aborted) return minimal(id);
      ambiguous = true;
      throw error;
    }
    const byId = id === undefined ? undefined : attachments.find((attachment) => attachment.id === id);
    const found =
      byId ??
      findCreatedAttachment(attachments, expected, {
        startedAt,
        clockSkewMs: context.clockSkewMs,
        claimedIds: context.claimedIds,
      });
    if (found) return found;
    if (id !== undefined) return minimal(id);
    throw new GraphRequestError("unexpectedResponse", "The upload finished but the new attachment was not found.");
  };

  const reconcileLastChunk = async (): Promise<Response | undefined> => {
    ambiguous = true;
    const found = await findOurs(false);
    return found ? reconciledResponse(found) : undefined;
  };

  request.onProgress?.({ bytesSent: 0, totalBytes });
  const sessionResponse = await createSession(context, request);
  const session = await readJson(sessionResponse);
  const uploadUrl = readUploadUrl(session, context.allowHttpUploadUrl);
  let offset = readNextExpectedOffset(session) ?? 0;
  let stalled = 0;
  // Set once any chunk got an answer from the upload host, and once a chunk that ends the file was sent.
  let uploadHostAnswered = false;
  let lastChunkSent = false;

  /** Cancels the session and says the host is unreachable, unless the attachment turns out to exist after all. */
  const giveUpUnreachable = async (error: GraphRequestError): Promise<AttachmentInfo> => {
    // A chunk that ends the file may have created the attachment with its answer lost: check the event, as for any
    // lost answer. A first chunk of several cannot have: a session's attachment exists once its last chunk is in.
    if (lastChunkSent) {
      let found: AttachmentInfo | undefined;
      try {
        found = await settleAmbiguousFailure(error, signal, () => findOurs(true), true);
      } catch (final) {
        // The same error back means the event was checked and holds no such attachment.
        if (final !== error) {
          await deleteSession(context, uploadUrl);
          throw final;
        }
      }
      if (found) {
        request.onProgress?.({ bytesSent: totalBytes, totalBytes });
        return found;
      }
    }
    const sessionCancelled = await deleteSession(context, uploadUrl);
    throw new UploadHostUnreachableError({
      uploadHost: new URL(uploadUrl).origin,
      attempts: error.attempts,
      sessionCancelled,
      requestId: sessionResponse.headers.get("request-id") ?? undefined,
      clientRequestId: sessionResponse.headers.get("client-request-id") ?? undefined,
      cause: error,
    });
  };

  try {
    for (;;) {
      if (offset < 0 || offset >= totalBytes) {
        throw new GraphRequestError(
          "unexpectedResponse",
          `The upload session asked for byte ${offset} of ${totalBytes}.`,
        );
      }
      const end = Math.min(offset + context.chunkBytes, totalBytes);
      const isLast = end === totalBytes;
      lastChunkSent ||= isLast;
      const response = await context.send({
        method: "PUT",
        url: uploadUrl,
        body: file.slice(offset, end),
        headers: {
          "Content-Range": `bytes ${offset}-${end - 1}/${totalBytes}`,
          "Content-Type": "application/octet-stream",
        },
        auth: false,
        signal,
        // Repeating a range is how sessions resume. Only the last one can have created the attachment already.
        repeat: isLast ? "reconcile" : "retry",
        ...(isLast ? { reconcile: reconcileLastChunk } : {}),
        passStatuses: isLast ? [...RANGE_STATUSES, 404] : RANGE_STATUSES,
      });
      uploadHostAnswered = true;
      if (response.status === 201) {
        const created = await resolveCreated(response);
        request.onProgress?.({ bytesSent: totalBytes, totalBytes });
        return created;
      }
      const text = await response.text();
      const next = readNextExpectedOffset(parseJsonOrUndefined(text));
      if (response.ok && next !== undefined) {
        stalled = next > offset ? 0 : stalled + 1;
        offset = next;
        request.onProgress?.({ bytesSent: offset, totalBytes });
      } else if (response.status === 404 && isLast) {
        // The session is gone after a repeated last chunk: the lost first try may have completed it.
        ambiguous = true;
        const found = await findOurs(true);
        if (found) {
          request.onProgress?.({ bytesSent: totalBytes, totalBytes });
          return found;
        }
        throw errorFromResponse(404, response.headers, parseGraphErrorBody(text), {});
      } else if (!response.ok && next !== undefined && next !== offset) {
        // The server already had part of this range (an earlier answer was lost): resume where it says.
        stalled = next > offset ? 0 : stalled + 1;
        offset = next;
      } else {
        // A range refused without saying where to go on (a repeated chunk whose first answer was lost): ask the
        // session where it stands before giving up.
        const resumeAt = RANGE_STATUSES.includes(response.status)
          ? await askNextOffset(context, uploadUrl, signal)
          : undefined;
        if (resumeAt === undefined || resumeAt === offset) {
          throw errorFromResponse(response.status, response.headers, parseGraphErrorBody(text), {});
        }
        stalled = resumeAt > offset ? 0 : stalled + 1;
        offset = resumeAt;
      }
      if (stalled >= MAX_STALLED_CHUNKS) {
        throw new GraphRequestError("unexpectedResponse", "The upload session stopped accepting data.");
      }
    }
  } catch (error) {
    if (isUploadHostUnreachable(error, uploadHostAnswered)) return await giveUpUnreachable(error);
    try {
      // The last chunk may have completed the upload although its answer never came back.
      const created = await settleAmbiguousFailure(error, signal, () => findOurs(true), ambiguous);
      request.onProgress?.({ bytesSent: totalBytes, totalBytes });
      return created;
    } catch (final) {
      await deleteSession(context, uploadUrl);
      throw final;
    }
  }
}
