import { HttpResponse } from "msw";
import type { GraphErrorSpec } from "./errors";
import { toInnerErrorDate } from "./formats";

/** What every response of one request shares: its ids and the moment it was received. */
export interface RequestContext {
  requestId: string;
  clientRequestId: string;
  receivedAt: Date;
}

export const GRAPH_JSON_CONTENT_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

function commonHeaders(context: RequestContext): Record<string, string> {
  return {
    "request-id": context.requestId,
    "client-request-id": context.clientRequestId,
    "Cache-Control": "private",
  };
}

/** A Graph JSON answer; the body's key order is kept exactly as given. */
export function graphJson(
  context: RequestContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(body), {
    status,
    headers: {
      ...commonHeaders(context),
      "Content-Type": GRAPH_JSON_CONTENT_TYPE,
      "OData-Version": "4.0",
      ...headers,
    },
  });
}

export function graphEmpty(
  context: RequestContext,
  status: number,
  headers: Record<string, string> = {},
): HttpResponse<null> {
  return new HttpResponse(null, { status, headers: { ...commonHeaders(context), ...headers } });
}

export function graphBytes(context: RequestContext, bytes: Uint8Array, contentType: string): HttpResponse<ArrayBuffer> {
  const copy = new Uint8Array(bytes).buffer;
  return new HttpResponse(copy, { status: 200, headers: { ...commonHeaders(context), "Content-Type": contentType } });
}

/** Graph's error envelope: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`. */
export function graphError(context: RequestContext, spec: GraphErrorSpec): HttpResponse<string> {
  const innerError = spec.innerError ?? {
    date: toInnerErrorDate(context.receivedAt),
    "request-id": context.requestId,
    "client-request-id": context.clientRequestId,
  };
  const body = { error: { code: spec.code, message: spec.message, innerError } };
  return new HttpResponse(JSON.stringify(body), {
    status: spec.status,
    headers: { ...commonHeaders(context), "Content-Type": "application/json", ...spec.headers },
  });
}

/** Thrown inside request handling to answer with a Graph error; caught once at the top. */
export class GraphErrorResponse extends Error {
  constructor(readonly spec: GraphErrorSpec) {
    super(`${spec.status} ${spec.code}`);
    this.name = "GraphErrorResponse";
  }
}

export function fail(spec: GraphErrorSpec): never {
  throw new GraphErrorResponse(spec);
}
