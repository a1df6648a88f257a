import { readDemoToken } from "../shared/demoIdentity";
import { fileAttachmentSize } from "./attachmentSize";
import { bearerToken } from "./auth";
import { contentTypeForName } from "./contentType";
import { errors } from "./errors";
import { answerBeforeActing, runWithFault } from "./faultResponses";
import { checkMailboxSize } from "./graphOperations";
import { newAttachmentId, toInnerErrorDate, toSecondsIso, toSevenDigitIso } from "./formats";
import { readBody } from "./requestBody";
import { fail, graphEmpty, graphJson, type RequestContext } from "./responses";
import type { EmulatorServices } from "./services";
import { attachmentLocation, parseUploadUrl, uploadSessionContext, type UploadSession } from "./uploadSessions";

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

interface ChunkRange {
  start: number;
  end: number;
}

/**
 * Outlook documents none of its answers to a bad Content-Range, so the emulator is strict and explicit: 400
 * ErrorInvalidContentRange when the header is missing or malformed, when the total differs from the size declared
 * at creation, when the start is not the next expected byte (no overlap, no gap), or when the body length differs
 * from the range. A chunk over the limit gets 400 ErrorUploadChunkTooLarge.
 */
function parseChunkRange(services: EmulatorServices, header: string | null, session: UploadSession): ChunkRange {
  const match = CONTENT_RANGE.exec(header?.trim() ?? "");
  if (!match) {
    return fail(
      errors.invalidContentRange(
        "The Content-Range header is missing or malformed; expected 'bytes {start}-{end}/{total}'.",
      ),
    );
  }
  const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (total !== session.size) {
    fail(
      errors.invalidContentRange(
        `The total ${total} differs from the size ${session.size} given when the session was created.`,
      ),
    );
  }
  if (end < start || end >= total)
    fail(errors.invalidContentRange(`The range ${start}-${end} is not inside 0-${total - 1}.`));
  if (start !== session.received) {
    fail(errors.invalidContentRange(`The next expected byte is ${session.received}, not ${start}.`));
  }
  if (end - start + 1 > services.options.maxUploadChunkBytes)
    fail(errors.chunkTooLarge(services.options.maxUploadChunkBytes));
  return { start, end };
}

function sessionStatus(
  services: EmulatorServices,
  session: UploadSession,
  status: number,
  context: RequestContext,
): Response {
  const { uploadBaseUrl, tenantId } = services.options;
  return graphJson(context, status, {
    "@odata.context": uploadSessionContext(uploadBaseUrl, tenantId, session),
    ExpirationDateTime: toSevenDigitIso(session.expiresAt),
    nextExpectedRanges: [session.received === 0 ? "0-" : String(session.received)],
  });
}

function eventStillThere(services: EmulatorServices, session: UploadSession): void {
  const event = services.store.getEvent(session.eventId);
  if (!event || event.owner.toLowerCase() !== session.ownerUpn.toLowerCase()) fail(errors.itemNotFound());
}

function commit(services: EmulatorServices, session: UploadSession, context: RequestContext): Response {
  const bytes = new Uint8Array(session.size);
  let offset = 0;
  for (const chunk of session.chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const id = newAttachmentId(session.eventId);
  services.store.addAttachment({
    id,
    eventId: session.eventId,
    kind: "file",
    name: session.name,
    contentType: session.contentType ?? contentTypeForName(session.name),
    size: fileAttachmentSize(bytes.byteLength),
    isInline: session.isInline,
    contentId: session.contentId,
    lastModifiedDateTime: toSecondsIso(context.receivedAt),
    bytes,
  });
  services.sessions.delete(session.id);
  const location = attachmentLocation(services.options.uploadBaseUrl, services.options.tenantId, session, id);
  return graphEmpty(context, 201, { Location: location, "Content-Length": "0" });
}

async function putChunk(
  services: EmulatorServices,
  request: Request,
  session: UploadSession,
  context: RequestContext,
): Promise<Response> {
  const range = parseChunkRange(services, request.headers.get("content-range"), session);
  const length = range.end - range.start + 1;
  const body = await readBody(request, services.options.maxUploadChunkBytes);
  if (body.byteLength !== length) {
    fail(errors.invalidContentRange(`The body has ${body.byteLength} bytes but the range announces ${length}.`));
  }
  // Another PUT may have landed while this body was read: the range must still be the next one.
  if (range.start !== session.received) {
    fail(errors.invalidContentRange(`The next expected byte is ${session.received}, not ${range.start}.`));
  }
  eventStillThere(services, session);
  try {
    checkMailboxSize(services, session.eventId, fileAttachmentSize(session.received + length));
  } catch (error) {
    services.sessions.delete(session.id);
    throw error;
  }
  session.chunks.push(body);
  session.received += length;
  return session.received === session.size
    ? commit(services, session, context)
    : sessionStatus(services, session, 200, context);
}

/** The session an upload URL names, if it exists, its authtoken matches and it has not expired. */
function findSession(services: EmulatorServices, path: string, url: URL, context: RequestContext): UploadSession {
  const parts = parseUploadUrl(path, url);
  const session = parts ? services.sessions.find(parts.sessionId) : undefined;
  if (!parts || !session) return fail(errors.itemNotFound());
  if (parts.authToken !== session.authToken) return fail(errors.uploadTokenInvalid());
  // Chosen: Outlook's answer after expiry is undocumented; the session is simply gone.
  if (session.expiresAt.getTime() <= context.receivedAt.getTime()) {
    services.sessions.delete(session.id);
    return fail(errors.itemNotFound());
  }
  return session;
}

/**
 * Requests to an upload URL. They are pre-authenticated by the URL's authtoken; a Graph bearer token sent along
 * is refused as Exchange does (InvalidAudienceForResource). GET answers the session's status so a client can
 * resume; that is an assumption, Outlook documents no GET.
 */
export async function handleUploadRequest(
  services: EmulatorServices,
  request: Request,
  url: URL,
  relativePath: string,
  context: RequestContext,
): Promise<Response> {
  const fault = services.faults.pick(request.method, url.pathname);
  const early = answerBeforeActing(fault, context);
  if (early) return early;

  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const audience = readDemoToken(bearerToken(authorization))?.aud ?? "https://graph.microsoft.com";
    fail(
      errors.invalidAudienceForResource(
        audience.endsWith("/") ? audience : `${audience}/`,
        new URL(services.options.uploadBaseUrl).origin,
        context.requestId,
        toInnerErrorDate(context.receivedAt),
      ),
    );
  }

  const session = findSession(services, relativePath, url, context);
  const method = request.method.toUpperCase();
  if (method !== "PUT" && method !== "GET" && method !== "DELETE") fail(errors.methodNotAllowed(method));
  const release = services.concurrency.tryAcquire(session.ownerUpn);
  if (!release) {
    services.faults.recordConcurrencyThrottle();
    return fail(errors.throttled("1"));
  }
  return runWithFault(fault, services.options.sleep, release, () => {
    if (method === "GET") return sessionStatus(services, session, 200, context);
    if (method === "DELETE") {
      services.sessions.delete(session.id);
      return graphEmpty(context, 204);
    }
    return putChunk(services, request, session, context);
  });
}
