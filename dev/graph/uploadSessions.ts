import { encodeContextId, randomToken } from "./formats";
import type { GraphVersion } from "./routing";

export interface UploadSession {
  id: string;
  /** The opaque `authtoken` query parameter that makes the URL pre-authenticated. */
  authToken: string;
  version: GraphVersion;
  eventId: string;
  ownerUpn: string;
  ownerOid: string;
  name: string;
  /** Declared at creation; every Content-Range total must equal it. */
  size: number;
  contentType: string | null;
  isInline: boolean;
  contentId: string | null;
  expiresAt: Date;
  chunks: Uint8Array[];
  /** Bytes received so far, which is also the next expected offset. */
  received: number;
}

export type NewUploadSession = Omit<UploadSession, "id" | "authToken" | "chunks" | "received">;

export interface UploadUrlParts {
  sessionId: string;
  authToken: string | null;
}

export class UploadSessionStore {
  private readonly sessions = new Map<string, UploadSession>();

  create(draft: NewUploadSession): UploadSession {
    const session: UploadSession = {
      ...draft,
      id: `AAMkAGVtdWxhdG9yU2Vzc2lvbg${randomToken(18)}=`,
      authToken: randomToken(32),
      chunks: [],
      received: 0,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  find(id: string): UploadSession | undefined {
    return this.sessions.get(id);
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  all(): UploadSession[] {
    return [...this.sessions.values()];
  }

  clear(): void {
    this.sessions.clear();
  }
}

/** `{uploadBase}/api/gv1.0/users('{oid}@{tid}')/events('{id}')/AttachmentSessions('{sid}')?authtoken=…` */
export function uploadUrl(uploadBaseUrl: string, tenantId: string, session: UploadSession): string {
  const segment = session.version === "beta" ? "gbeta" : "gv1.0";
  return `${uploadBaseUrl}/api/${segment}/users('${session.ownerOid}@${tenantId}')/events('${session.eventId}')/AttachmentSessions('${session.id}')?authtoken=${session.authToken}`;
}

/** Outlook's own REST (v2.0) names for the session and the finished attachment. */
export function uploadSessionContext(uploadBaseUrl: string, tenantId: string, session: UploadSession): string {
  return `${uploadBaseUrl}/api/v2.0/$metadata#Users('${session.ownerOid}%40${tenantId}')/Events('${encodeContextId(session.eventId)}')/AttachmentSessions/$entity`;
}

export function attachmentLocation(
  uploadBaseUrl: string,
  tenantId: string,
  session: UploadSession,
  attachmentId: string,
): string {
  return `${uploadBaseUrl}/api/v2.0/Users('${session.ownerOid}@${tenantId}')/Events('${session.eventId}')/Attachments('${attachmentId}')`;
}

const UPLOAD_PATH =
  /^\/api\/(?:gv1\.0|gbeta|v2\.0)\/users\('[^']*'\)\/events\('[^']*'\)\/AttachmentSessions\('([^']+)'\)$/i;

/** Reads the session id and authtoken of an upload URL, given its path below the upload root. */
export function parseUploadUrl(path: string, url: URL): UploadUrlParts | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const match = UPLOAD_PATH.exec(decoded);
  if (!match?.[1]) return null;
  return { sessionId: match[1], authToken: url.searchParams.get("authtoken") };
}
