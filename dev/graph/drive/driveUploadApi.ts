import type { Hash } from "node:crypto";
import { runWithFault } from "../faultResponses";
import { graphEmpty, graphJson, type RequestContext } from "../responses";
import type { EmulatorServices } from "../services";
import { commitUpload } from "./driveCommit";
import type { DriveEmulator } from "./driveEmulator";
import { driveErrors, driveFail } from "./driveErrors";
import { driveItemJson, type DriveView } from "./driveJson";
import { answerDriveFault, renderThrown, uploadHostError } from "./driveResponses";
import { parseDriveUploadUrl, type DriveUploadSession } from "./driveUploadSessions";

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

interface Fragment {
  start: number;
  end: number;
  total: number;
}

/** The status body: when the session ends and the bytes still missing, as `{start}-{end}` (OneDrive for Business). */
function status(session: DriveUploadSession): Record<string, unknown> {
  const missing =
    session.complete || (session.total !== null && session.received >= session.total)
      ? []
      : session.total === null
        ? [`${session.received}-`]
        : [`${session.received}-${session.total - 1}`];
  return { expirationDateTime: session.expiresAt.toISOString(), nextExpectedRanges: missing };
}

/**
 * Checks a fragment's Content-Range against the session in the order that tells a client most: its syntax, the
 * file's total, then where it starts (416 overlap or out of order, so a client resumes from a GET), then its size.
 */
function parseFragment(drive: DriveEmulator, header: string | null, session: DriveUploadSession): Fragment {
  const match = CONTENT_RANGE.exec(header?.trim() ?? "");
  if (!match) return driveFail(driveErrors.contentRangeMissing());
  const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const { options, store } = drive;
  if (session.total !== null && total !== session.total) driveFail(driveErrors.totalMismatch(session.total, total));
  if (total > options.maxFileBytes) driveFail(driveErrors.fileTooLarge(options.maxFileBytes));
  if (session.total === null && total > options.quotaBytes - store.usedBytes(session.driveId)) {
    driveFail(driveErrors.quotaExceeded());
  }
  if (end < start || end >= total) driveFail(driveErrors.rangeNotInFile());
  if (start < session.received) driveFail(driveErrors.fragmentOverlap());
  if (start > session.received) driveFail(driveErrors.fragmentOutOfOrder());
  const length = end - start + 1;
  if (length >= options.maxFragmentBytes) driveFail(driveErrors.fragmentTooLarge(options.maxFragmentBytes));
  const multiple = options.fragmentMultipleBytes;
  if (multiple !== null && end !== total - 1 && length % multiple !== 0)
    driveFail(driveErrors.fragmentNotMultiple(multiple));
  return { start, end, total };
}

/** Streams the body into a copy of the session's hash; nothing is kept. Returns the byte count (stops past `limit`). */
async function hashBody(request: Request, hash: Hash, limit: number): Promise<number> {
  const reader = request.body?.getReader();
  if (!reader) return 0;
  let count = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return count;
    count += value.byteLength;
    if (count > limit) {
      await reader.cancel();
      return count;
    }
    hash.update(value);
  }
}

function view(services: EmulatorServices, drive: DriveEmulator, session: DriveUploadSession): DriveView {
  return {
    store: drive.store,
    baseUrl: services.options.baseUrl,
    version: session.version,
    person: (upn) => services.store.findUser(upn) ?? null,
    pathRoot: (target) => `/drives/${target.id}/root:`,
  };
}

function committed(
  services: EmulatorServices,
  drive: DriveEmulator,
  session: DriveUploadSession,
  context: RequestContext,
): Response {
  const { status: code, item } = commitUpload(drive, session, context.receivedAt);
  return graphJson(context, code, driveItemJson(view(services, drive, session), item));
}

async function putFragment(
  services: EmulatorServices,
  drive: DriveEmulator,
  request: Request,
  session: DriveUploadSession,
  context: RequestContext,
): Promise<Response> {
  const fragment = parseFragment(drive, request.headers.get("content-range"), session);
  const length = fragment.end - fragment.start + 1;
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) !== length) driveFail(driveErrors.lengthMismatch());
  // A copy, so that a fragment cut short leaves the session's hash as it was.
  const hash = session.hash.copy();
  if ((await hashBody(request, hash, length)) !== length) driveFail(driveErrors.lengthMismatch());
  // Another PUT may have landed while this body was read.
  if (fragment.start !== session.received) driveFail(driveErrors.fragmentOverlap());
  session.hash = hash;
  session.total = fragment.total;
  session.received += length;
  session.expiresAt = new Date(context.receivedAt.getTime() + drive.options.uploadSessionLifetimeMs);
  if (session.received < fragment.total) return graphJson(context, 202, status(session));
  session.sha256 = session.hash.digest("hex");
  session.complete = true;
  if (session.deferCommit) return graphJson(context, 202, status(session));
  return committed(services, drive, session, context);
}

/** The session an upload URL names, if its tempauth matches and it has not expired (expired ones are cleaned up). */
function findSession(drive: DriveEmulator, url: URL, context: RequestContext): DriveUploadSession {
  const parts = parseDriveUploadUrl(url);
  const session = parts ? drive.sessions.find(parts.sessionId) : undefined;
  if (!parts || !session) return driveFail(driveErrors.uploadSessionNotFound());
  if (parts.tempAuth !== session.tempAuth) return driveFail(driveErrors.unauthenticated());
  if (session.expiresAt.getTime() <= context.receivedAt.getTime()) {
    drive.sessions.delete(session.id);
    return driveFail(driveErrors.uploadSessionNotFound());
  }
  return session;
}

/**
 * Requests to a drive upload URL, answered as SharePoint does: no bearer token (one is refused with 401, as the
 * createUploadSession page warns), PUT a fragment (202, then 201 or 200 with the driveItem), GET the status to
 * resume, DELETE to cancel (204; the URL then answers 404), POST with no body to commit a deferred session.
 */
export async function handleDriveUploadRequest(
  services: EmulatorServices,
  drive: DriveEmulator,
  request: Request,
  url: URL,
  context: RequestContext,
): Promise<Response> {
  const fault = services.faults.pick(request.method, url.pathname);
  const early = answerDriveFault(fault, context, uploadHostError);
  if (early) return early;
  try {
    if (request.headers.get("authorization") !== null) driveFail(driveErrors.unauthenticated());
    const session = findSession(drive, url, context);
    const method = request.method.toUpperCase();
    if (!["PUT", "GET", "DELETE", "POST"].includes(method)) driveFail(driveErrors.methodNotAllowed(method));
    return await runWithFault(
      fault,
      services.options.sleep,
      () => undefined,
      () => {
        switch (method) {
          case "GET":
            return graphJson(context, 200, status(session));
          case "DELETE":
            drive.sessions.delete(session.id);
            return graphEmpty(context, 204);
          case "POST":
            if (!session.complete) driveFail(driveErrors.uploadIncomplete());
            return committed(services, drive, session, context);
          default:
            return putFragment(services, drive, request, session, context);
        }
      },
    );
  } catch (error) {
    return renderThrown(error, context, uploadHostError);
  }
}
