import { http, type RequestHandler } from "msw";
import { audienceSet } from "./auth";
import { MailboxConcurrency } from "./concurrency";
import { handleControlRequest } from "./controlApi";
import { preflightResponse, refusedPreflightResponse, withCors } from "./cors";
import {
  createDriveEmulator,
  handleDriveRequest,
  handleDriveUploadRequest,
  isDrivePath,
  isDriveUploadPath,
  type DriveEmulator,
} from "./drive";
import { FaultInjector } from "./faults";
import { newRequestId } from "./formats";
import { handleGraphRequest } from "./graphApi";
import { resolveOptions, type GraphEmulatorOptions, type ResolvedOptions } from "./options";
import { GraphErrorResponse, graphError, type RequestContext } from "./responses";
import { seedDemoData } from "./seed";
import type { EmulatorServices } from "./services";
import { EmulatorStore } from "./store";
import { handleUploadRequest } from "./uploadApi";
import { UploadSessionStore } from "./uploadSessions";

export interface GraphEmulator {
  /** msw request handlers: `setupServer(...emulator.handlers)` in jest, or `createEmulatorApp` for a real server. */
  handlers: RequestHandler[];
  store: EmulatorStore;
  faults: FaultInjector;
  uploadSessions: UploadSessionStore;
  /** OneDrive and SharePoint: drives, items, links, drive upload sessions. */
  drive: DriveEmulator;
  options: Readonly<ResolvedOptions>;
  /** Answers one request exactly as the handlers do. */
  handle(request: Request): Promise<Response>;
  /** Back to the seeded state: events, attachments, grants, sessions and faults. */
  reset(): void;
  /** Switches the 429 for more than `limit` requests in flight per mailbox; null turns it off. */
  setMailboxConcurrencyLimit(limit: number | null): void;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The path of `url` below `root`, or null when `url` is not under it. */
function pathBelow(url: URL, root: string): string | null {
  const rootUrl = new URL(root);
  if (url.origin !== rootUrl.origin) return null;
  const rootPath = rootUrl.pathname.replace(/\/+$/, "");
  if (url.pathname !== rootPath && !url.pathname.startsWith(`${rootPath}/`)) return null;
  return url.pathname.slice(rootPath.length);
}

export function createGraphEmulator(options: GraphEmulatorOptions = {}): GraphEmulator {
  const resolved = resolveOptions(options);
  const store = new EmulatorStore(resolved.now);
  const faults = new FaultInjector();
  const sessions = new UploadSessionStore();
  const concurrency = new MailboxConcurrency(resolved.mailboxConcurrencyLimit);
  const drive = createDriveEmulator(resolved);
  const services: EmulatorServices = {
    options: resolved,
    store,
    faults,
    sessions,
    concurrency,
    audiences: audienceSet([new URL(resolved.baseUrl).origin]),
  };

  const reset = (): void => {
    store.clear();
    sessions.clear();
    faults.clear();
    concurrency.clear();
    if (resolved.seedDemoData) seedDemoData(store, resolved.now());
    drive.reset(resolved.now());
  };
  const setMailboxConcurrencyLimit = (limit: number | null): void => concurrency.setLimit(limit);
  const control = { services, drive, reset, setMailboxConcurrencyLimit };

  async function route(request: Request, url: URL, context: RequestContext): Promise<Response> {
    const uploadPath = pathBelow(url, resolved.uploadBaseUrl);
    if (uploadPath !== null && isDriveUploadPath(uploadPath)) {
      return handleDriveUploadRequest(services, drive, request, url, context);
    }
    if (uploadPath?.startsWith("/api/")) return handleUploadRequest(services, request, url, uploadPath, context);
    const graphPath = pathBelow(url, resolved.baseUrl) ?? "";
    if (graphPath === "/_emulator" || graphPath.startsWith("/_emulator/")) {
      return handleControlRequest(control, request, graphPath.slice("/_emulator".length));
    }
    if (isDrivePath(graphPath)) return handleDriveRequest(services, drive, request, url, graphPath, context);
    return handleGraphRequest(services, request, url, graphPath, context);
  }

  async function handle(request: Request): Promise<Response> {
    const origin = request.headers.get("origin");
    const url = new URL(request.url);
    // CORS is the browser's: its requests carry an Origin. A client outside a browser sends none and is not affected.
    if (request.method.toUpperCase() === "OPTIONS") {
      const asked = request.headers.get("access-control-request-method") ?? "OPTIONS";
      return origin !== null && faults.refusesCors(asked, url.pathname)
        ? refusedPreflightResponse()
        : preflightResponse(origin);
    }
    const refuseCors = origin !== null && faults.refusesCors(request.method, url.pathname);
    const requestId = newRequestId();
    const context: RequestContext = {
      requestId,
      clientRequestId: request.headers.get("client-request-id") ?? requestId,
      receivedAt: resolved.now(),
    };
    let response: Response;
    try {
      response = await route(request, url, context);
    } catch (error) {
      if (!(error instanceof GraphErrorResponse)) throw error;
      response = graphError(context, error.spec);
    }
    return refuseCors ? response : withCors(response, origin);
  }

  const roots = [resolved.baseUrl, resolved.uploadBaseUrl].map((root) => `${escapeRegExp(root)}(?:/.*)?`);
  const handlers: RequestHandler[] = [
    http.all(new RegExp(`^(?:${roots.join("|")})$`), ({ request }) => handle(request)),
  ];

  reset();
  return {
    handlers,
    store,
    faults,
    uploadSessions: sessions,
    drive,
    options: resolved,
    handle,
    reset,
    setMailboxConcurrencyLimit,
  };
}
