import { readJson } from "../core/readJson";
import { GraphRequestError, cancelledError, isGraphRequestError } from "../errors/GraphRequestError";
import { DriveRequestError } from "../errors/DriveRequestError";
import { driveInputError, driveMessageFor, toDriveError } from "./driveErrors";
import type { NamedBlob } from "../payloads/fileAttachment";
import type { UploadProgress } from "../upload/uploadSession";
import { throwIfCancelled } from "../utils/abort";
import { readNextExpectedOffset } from "../utils/nextExpectedRanges";
import { parseJsonOrUndefined, readUploadUrl } from "../utils/uploadUrl";
import type { DriveContext } from "./driveContext";
import { createUploadSessionUrl, folderChildrenUrl, pathUrl } from "./driveEndpoints";
import { parseDriveItem, type DriveEntry } from "./driveItem";
import { MAX_DRIVE_PATH_LENGTH, driveNameProblem, folderSegments } from "./driveNames";

/**
 * Uploads to the user's OneDrive through a drive upload session: the session is created with Graph's token, the
 * bytes go to its upload URL without one, in slices read one at a time with `Blob.slice`. The session answers 202
 * with `nextExpectedRanges` until the last slice, then 200 or 201 with the new driveItem.
 */

/** Every slice but the last must be a multiple of this (320 KiB), or large files fail to commit. */
export const DRIVE_CHUNK_UNIT = 327_680;
/** 10 MiB, the size the documentation recommends for stable connections. */
export const DEFAULT_DRIVE_CHUNK_BYTES = 32 * DRIVE_CHUNK_UNIT;
/** The largest multiple of 320 KiB under the 60 MiB a single request may carry. */
export const MAX_DRIVE_CHUNK_BYTES = 191 * DRIVE_CHUNK_UNIT;
/** OneDrive's and SharePoint's file size limit, 250 GB. */
export const MAX_DRIVE_FILE_BYTES = 250 * 1024 ** 3;
/** The folder Outlook itself puts uploaded attachments in. */
export const DEFAULT_UPLOAD_FOLDER = "Attachments";

/** Slices are given this much time per byte at least (64 KiB/s), on top of the usual per-request timeout. */
const MIN_BYTES_PER_SECOND = 65_536;
/** Failed slices in a row (after the client's own retries) before the run gives up. */
const MAX_RECOVERIES = 3;
/** Answers in a row that do not move the upload forward. */
const MAX_STALLED = 3;
/** Allowance between the server's clock and ours when recognising a file a lost answer created. */
const CLOCK_SKEW_MS = 120_000;

export type DriveUploadState = "uploading" | "paused" | "failed" | "cancelled" | "completed";

export interface DriveUploadOptions {
  /** Folder of the user's OneDrive, `/`-separated; `""` or `"/"` for the root. Default `Attachments`. */
  folder?: string;
  /** The file's name in OneDrive; defaults to the file's own. An existing name gets a number added. */
  name?: string;
  /** Aborting cancels the upload and deletes the session. */
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  onStateChange?: (state: DriveUploadState) => void;
}

/**
 * An upload that can be paused, resumed and cancelled. `resume()` after a pause or a failure continues the same
 * session from where the server says it stands (`nextExpectedRanges`); after `cancel()`, which deletes the session,
 * or once the session has expired, it starts a new one from the first byte.
 */
export interface DriveUpload {
  readonly state: DriveUploadState;
  readonly progress: UploadProgress;
  /** Why the last run failed, while `state` is `failed`. */
  readonly error: unknown;
  /** The run under way, or the last one: resolves with the new item, rejects when the run fails or stops. */
  readonly result: Promise<DriveEntry>;
  /** Continues a paused, failed or cancelled upload; while one runs (or once done), returns that run's result. */
  resume(): Promise<DriveEntry>;
  /** Stops sending and keeps the session, so `resume()` goes on from there. */
  pause(): Promise<void>;
  /** Stops sending and deletes the session (best effort: an unused session also expires by itself). */
  cancel(): Promise<void>;
}

export interface DriveUploadSettings {
  chunkBytes: number;
}

interface Session {
  uploadUrl: string;
  firstOffset: number;
  createdAt: number;
}

interface UploadJob {
  file: Blob;
  name: string;
  folder: string[];
  totalBytes: number;
  session: Session | undefined;
  /** A slice that ends the file was sent on the current session: the file may exist although no answer said so. */
  lastChunkSent: boolean;
  bytesSent: number;
}

const PAUSE = Symbol("pause");
const CANCEL = Symbol("cancel");

/** Checks everything that can be checked before a request; returns the name and folder to use. */
export function checkUpload(
  file: NamedBlob,
  options: Pick<DriveUploadOptions, "folder" | "name">,
): { name: string; folder: string[] } {
  const name = options.name ?? file.name;
  if (driveNameProblem(name) !== undefined) throw driveInputError("nameInvalid", "upload", { ownDrive: true });
  const folder = folderSegments(options.folder ?? DEFAULT_UPLOAD_FOLDER);
  if (!folder) throw driveInputError("folderPathInvalid", "upload", { ownDrive: true });
  if ([...folder, name].join("/").length > MAX_DRIVE_PATH_LENGTH) {
    throw driveInputError("folderPathInvalid", "upload", { ownDrive: true });
  }
  if (file.size === 0) throw driveInputError("fileEmpty", "upload", { ownDrive: true });
  if (file.size > MAX_DRIVE_FILE_BYTES) throw driveInputError("fileTooLarge", "upload", { ownDrive: true });
  return { name, folder };
}

function isTransient(error: unknown): boolean {
  return (
    isGraphRequestError(error) &&
    (error.reason === "network" ||
      error.reason === "timeout" ||
      error.reason === "server" ||
      error.reason === "throttled")
  );
}

/** Cancels a session; never throws. */
async function deleteSession(context: DriveContext, uploadUrl: string): Promise<void> {
  try {
    await context.send({ method: "DELETE", url: uploadUrl, auth: false, repeat: "never", retryLimit: 0 });
  } catch {
    // The session expires on the server by itself.
  }
}

/** Creates each missing folder of `segments`, top down; one that exists already (409) is fine. */
async function ensureFolder(context: DriveContext, segments: string[], signal: AbortSignal | undefined) {
  for (let depth = 0; depth < segments.length; depth += 1) {
    await context.send({
      method: "POST",
      url: folderChildrenUrl(context.root, segments.slice(0, depth)),
      json: { name: segments[depth], folder: {}, "@microsoft.graph.conflictBehavior": "fail" },
      auth: true,
      signal,
      repeat: "retry",
      passStatuses: [409],
    });
  }
}

async function createSession(context: DriveContext, job: UploadJob, signal: AbortSignal | undefined): Promise<Session> {
  const request = () =>
    context.send({
      method: "POST",
      url: createUploadSessionUrl(context.root, job.folder, job.name),
      json: { item: { "@microsoft.graph.conflictBehavior": "rename" } },
      auth: true,
      signal,
      // A session created twice is harmless: the unused one expires with nothing in it.
      repeat: "retry",
    });
  let response: Response;
  try {
    try {
      response = await request();
    } catch (error) {
      // An upload session needs its parent folder to exist: create it, then ask again once.
      if (!isGraphRequestError(error, "notFound") || job.folder.length === 0) throw error;
      await ensureFolder(context, job.folder, signal);
      response = await request();
    }
  } catch (error) {
    throw toDriveError(error, { operation: "upload", ownDrive: true });
  }
  const body = await readJson(response);
  return {
    uploadUrl: readUploadUrl(body, context.allowHttpUploadUrl),
    firstOffset: readNextExpectedOffset(body) ?? 0,
    createdAt: context.deps.now(),
  };
}

type SessionStatus = { kind: "at"; offset: number } | { kind: "gone" };

/** Asks the session where it stands (`GET uploadUrl`): the first missing byte, or gone (404). */
async function querySession(context: DriveContext, job: UploadJob, signal: AbortSignal | undefined) {
  const response = await context.send({
    method: "GET",
    url: (job.session as Session).uploadUrl,
    auth: false,
    signal,
    repeat: "retry",
    passStatuses: [404],
  });
  if (response.status === 404) return { kind: "gone" } satisfies SessionStatus;
  const offset = readNextExpectedOffset(parseJsonOrUndefined(await response.text()));
  if (offset === undefined) {
    throw new GraphRequestError("unexpectedResponse", "The upload session did not say which bytes it still needs.", {
      status: response.status,
    });
  }
  return { kind: "at", offset } satisfies SessionStatus;
}

/**
 * After a last slice whose answer was lost, the session is gone and the file may be in place: it is looked up by
 * its path, and accepted when its size matches and it changed no earlier than the session was created.
 */
async function findUploaded(
  context: DriveContext,
  job: UploadJob,
  signal: AbortSignal | undefined,
): Promise<DriveEntry | undefined> {
  const createdAt = (job.session as Session).createdAt;
  const response = await context.send({
    method: "GET",
    url: pathUrl(context.root, [...job.folder, job.name]),
    auth: true,
    signal,
    repeat: "retry",
    passStatuses: [404],
  });
  if (response.status === 404) return undefined;
  const entry = parseDriveItem(await readJson(response));
  const modified = entry.lastModified === null ? Number.NaN : Date.parse(entry.lastModified);
  if (entry.isFolder || entry.size !== job.totalBytes || !(modified >= createdAt - CLOCK_SKEW_MS)) return undefined;
  return entry;
}

/** The session is gone in the middle of a run: the file when a lost last answer created it, else a clear error. */
async function sessionGone(
  context: DriveContext,
  job: UploadJob,
  signal: AbortSignal | undefined,
  status: number | undefined,
): Promise<DriveEntry> {
  const lastChunkSent = job.lastChunkSent;
  let found: DriveEntry | undefined;
  let lookupFailed = false;
  if (lastChunkSent) {
    try {
      found = await findUploaded(context, job, signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      lookupFailed = true;
    }
  }
  job.session = undefined;
  job.lastChunkSent = false;
  if (found) return found;
  // Without a last slice nothing can have been created: the session expired (or was deleted elsewhere).
  const reason = lastChunkSent && lookupFailed ? "uploadOutcomeUnknown" : "uploadSessionExpired";
  throw new DriveRequestError(reason, driveMessageFor(reason), { operation: "upload", ownDrive: true, status });
}

async function sendSlices(
  context: DriveContext,
  job: UploadJob,
  settings: DriveUploadSettings,
  start: number,
  signal: AbortSignal | undefined,
  progress: (bytesSent: number) => void,
): Promise<DriveEntry> {
  const total = job.totalBytes;
  let offset = start;
  let recoveries = 0;
  let stalled = 0;
  const moveTo = (next: number) => {
    if (next > offset) {
      stalled = 0;
      recoveries = 0;
    } else {
      stalled += 1;
    }
    offset = next;
    progress(offset);
    if (stalled >= MAX_STALLED) {
      throw new GraphRequestError("unexpectedResponse", "The upload session stopped accepting data.");
    }
  };
  for (;;) {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset >= total) {
      throw new GraphRequestError("unexpectedResponse", `The upload session asked for byte ${offset} of ${total}.`);
    }
    const uploadUrl = (job.session as Session).uploadUrl;
    const end = Math.min(offset + settings.chunkBytes, total);
    if (end === total) job.lastChunkSent = true;
    let response: Response;
    try {
      response = await context.send({
        method: "PUT",
        url: uploadUrl,
        body: job.file.slice(offset, end),
        headers: { "Content-Range": `bytes ${offset}-${end - 1}/${total}` },
        // Upload URLs carry their own authorization: a bearer token there may even be refused.
        auth: false,
        signal,
        // Repeating a range is how sessions recover; a range the server already has is answered 416.
        repeat: "retry",
        passStatuses: [404, 416],
        timeoutMs: Math.max(context.deps.policy.timeoutMs, Math.ceil(((end - offset) / MIN_BYTES_PER_SECOND) * 1000)),
      });
    } catch (error) {
      if (signal?.aborted || !isTransient(error) || recoveries >= MAX_RECOVERIES) throw error;
      recoveries += 1;
      // The slice failed even after retries: part of it may have arrived. The session says where to go on.
      const status = await querySession(context, job, signal);
      if (status.kind === "gone") return await sessionGone(context, job, signal, undefined);
      if (status.offset > offset) recoveries = 0;
      offset = status.offset;
      progress(offset);
      continue;
    }
    if (response.status === 200 || response.status === 201) {
      const entry = parseDriveItem(await readJson(response));
      job.session = undefined;
      job.lastChunkSent = false;
      progress(total);
      return entry;
    }
    if (response.status === 404) return await sessionGone(context, job, signal, 404);
    if (response.status === 416) {
      // The server had part of this range already (an answer lost on the way back).
      const status = await querySession(context, job, signal);
      if (status.kind === "gone") return await sessionGone(context, job, signal, 416);
      moveTo(status.offset);
      continue;
    }
    moveTo(readNextExpectedOffset(parseJsonOrUndefined(await response.text())) ?? end);
  }
}

/** One run: a new session, or the current one from where it stands; then the slices. */
async function runUpload(
  context: DriveContext,
  job: UploadJob,
  settings: DriveUploadSettings,
  signal: AbortSignal,
  progress: (bytesSent: number) => void,
): Promise<DriveEntry> {
  throwIfCancelled(signal);
  let start = 0;
  if (job.session) {
    const status = await querySession(context, job, signal);
    if (status.kind === "gone") {
      const found = job.lastChunkSent ? await findUploaded(context, job, signal).catch(() => undefined) : undefined;
      job.session = undefined;
      job.lastChunkSent = false;
      if (found) {
        progress(job.totalBytes);
        return found;
      }
    } else {
      start = status.offset;
    }
  }
  if (!job.session) {
    job.session = await createSession(context, job, signal);
    start = job.session.firstOffset;
  }
  progress(start);
  try {
    return await sendSlices(context, job, settings, start, signal, progress);
  } catch (error) {
    throw toDriveError(error, { operation: "upload", ownDrive: false });
  }
}

/** Starts uploading `file`; the returned handle controls it. Input problems are thrown at once. */
export function startDriveUpload(
  context: DriveContext,
  file: NamedBlob,
  settings: DriveUploadSettings,
  options: DriveUploadOptions = {},
): DriveUpload {
  const { name, folder } = checkUpload(file, options);
  const job: UploadJob = {
    file,
    name,
    folder,
    totalBytes: file.size,
    session: undefined,
    lastChunkSent: false,
    bytesSent: 0,
  };
  let state: DriveUploadState = "uploading";
  let lastError: unknown;
  let controller: AbortController | undefined;
  let current: Promise<DriveEntry>;

  const setState = (next: DriveUploadState) => {
    if (next === state) return;
    state = next;
    options.onStateChange?.(next);
  };
  const progress = (bytesSent: number) => {
    job.bytesSent = bytesSent;
    options.onProgress?.({ bytesSent, totalBytes: job.totalBytes });
  };

  const run = (): Promise<DriveEntry> => {
    const own = new AbortController();
    controller = own;
    lastError = undefined;
    setState("uploading");
    const promise = (async () => {
      try {
        const entry = await runUpload(context, job, settings, own.signal, progress);
        if (entry.driveId) context.ownDriveIds.add(entry.driveId);
        setState("completed");
        return entry;
      } catch (error) {
        if (own.signal.reason === PAUSE) setState("paused");
        else if (own.signal.reason === CANCEL) setState("cancelled");
        else {
          lastError = error;
          setState("failed");
        }
        throw error;
      } finally {
        if (controller === own) controller = undefined;
      }
    })();
    // The caller may look at `state` instead of the promise: a failed run is not an unhandled rejection.
    promise.catch(() => undefined);
    current = promise;
    return promise;
  };

  // A pause or cancel under way: `resume()` waits for it, so a new run never meets a session being deleted.
  let stopping: Promise<void> | undefined;
  const stop = (why: typeof PAUSE | typeof CANCEL): Promise<void> => {
    const previous = stopping ?? Promise.resolve();
    const next = previous.then(async () => {
      if (why === PAUSE && state !== "uploading") return;
      if (why === CANCEL && (state === "completed" || state === "cancelled")) return;
      const running = controller;
      if (running) {
        running.abort(why);
        await current.catch(() => undefined);
      }
      if (why === PAUSE) return;
      if (state === "completed") return;
      const session = job.session;
      job.session = undefined;
      job.lastChunkSent = false;
      if (session) await deleteSession(context, session.uploadUrl);
      setState("cancelled");
    });
    stopping = next;
    void next.finally(() => {
      if (stopping === next) stopping = undefined;
    });
    return next;
  };

  const signal = options.signal;
  if (signal?.aborted) {
    state = "cancelled";
    current = Promise.reject(cancelledError(signal.reason));
    current.catch(() => undefined);
  } else {
    signal?.addEventListener("abort", () => void stop(CANCEL), { once: true });
    void run();
  }

  return {
    get state() {
      return state;
    },
    get progress() {
      return { bytesSent: job.bytesSent, totalBytes: job.totalBytes };
    },
    get error() {
      return state === "failed" ? lastError : undefined;
    },
    get result() {
      return current;
    },
    resume() {
      const go = (): Promise<DriveEntry> => {
        if (state === "uploading" || state === "completed") return current;
        if (signal?.aborted) return Promise.reject(cancelledError(signal.reason));
        return run();
      };
      return stopping ? stopping.then(go) : go();
    },
    pause: () => stop(PAUSE),
    cancel: () => stop(CANCEL),
  };
}

/** Uploads `file` in one go; aborting `options.signal` or a failure deletes the session. */
export async function uploadToDrive(
  context: DriveContext,
  file: NamedBlob,
  settings: DriveUploadSettings,
  options: DriveUploadOptions = {},
): Promise<DriveEntry> {
  const upload = startDriveUpload(context, file, settings, options);
  try {
    return await upload.result;
  } catch (error) {
    await upload.cancel();
    throw error;
  }
}
