import { OUTLOOK_WEB_HOST } from "../server/outlookWebHost";

/**
 * CORS for the demo and end-to-end tests, where the taskpane page is served from another localhost port and the
 * tests open the simulated Outlook under an Office host name (dev/server/outlookWebHost.ts) that reaches the
 * emulator too. Only those origins are echoed; anything else gets no CORS headers and the browser blocks it.
 */
const LOCAL_ORIGIN = new RegExp(
  `^https?://(localhost|127\\.0\\.0\\.1|\\[::1\\]|${OUTLOOK_WEB_HOST.replaceAll(".", "\\.")})(:\\d+)?$`,
  "i",
);

const ALLOWED_HEADERS =
  "Authorization, Content-Type, Content-Range, client-request-id, Prefer, return-client-request-id";
const EXPOSED_HEADERS = "request-id, client-request-id, Retry-After, Location, WWW-Authenticate, Content-Range";
const ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

export function corsHeaders(origin: string | null): Record<string, string> {
  if (origin === null || !LOCAL_ORIGIN.test(origin)) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Expose-Headers": EXPOSED_HEADERS,
    Vary: "Origin",
  };
}

export function preflightResponse(origin: string | null): Response {
  const headers = corsHeaders(origin);
  if (headers["Access-Control-Allow-Origin"]) {
    headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS;
    headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS;
    headers["Access-Control-Max-Age"] = "600";
  }
  return new Response(null, { status: 204, headers });
}

/** A preflight answered as by a host that does not allow the page's origin: no CORS headers at all. */
export function refusedPreflightResponse(): Response {
  return new Response(null, { status: 204 });
}

/** Adds the CORS headers to an answer; network-error responses have none to add. */
export function withCors(response: Response, origin: string | null): Response {
  if (response.type === "error") return response;
  for (const [name, value] of Object.entries(corsHeaders(origin))) response.headers.set(name, value);
  return response;
}
