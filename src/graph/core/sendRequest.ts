import ky, { isForceRetryError, isHTTPError, isTimeoutError } from "ky";
import { GraphRequestError, cancelledError } from "../errors/GraphRequestError";
import { errorFromFailure, errorFromResponse, messageFor } from "../errors/mapGraphError";
import { parseGraphErrorBody } from "../errors/readGraphErrorBody";
import type { GetGraphToken } from "../../shared/graphToken";
import { throwIfCancelled } from "../utils/abort";
import { isNetworkFailure } from "../utils/isNetworkFailure";
import { readClaimsChallenge } from "../utils/claimsChallenge";
import { newClientRequestId } from "../utils/clientRequestId";
import { kyRetryOptions, resolveRetryPolicy, type RetryPolicy } from "./retryPolicy";

/** What every request needs, given once to the client. */
export interface SendDependencies {
  fetch: typeof fetch;
  getToken: GetGraphToken;
  policy: RetryPolicy;
  now: () => number;
  random: () => number;
  newRequestId: () => string;
}

/**
 * How to treat a failure after which the request may have taken effect (network error, timeout, 504):
 * `retry` when repeating is harmless, `reconcile` to look for the effect first (see `reconcile`), `never` to give up.
 */
export type RepeatSafety = "retry" | "reconcile" | "never";

export interface GraphRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  json?: unknown;
  body?: Blob;
  headers?: Record<string, string>;
  /** Graph calls carry the bearer token and a `client-request-id`; upload-session URLs carry neither. */
  auth: boolean;
  signal?: AbortSignal;
  repeat: RepeatSafety;
  /** Before repeating after an ambiguous failure: a Response to use instead, or undefined to send again. */
  reconcile?: () => Promise<Response | undefined>;
  /** Statuses returned to the caller instead of thrown, for answers that carry state (upload ranges). */
  passStatuses?: readonly number[];
  /** Overrides the policy's retry limit (0 for best-effort clean-up calls). */
  retryLimit?: number;
  /** Overrides the policy's per-attempt timeout, for bodies that take long to send (large upload chunks). */
  timeoutMs?: number;
}

/** What a client's options say about sending, with the defaults every Graph client shares. */
export interface SendOptions {
  getToken: GetGraphToken;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  now?: () => number;
  random?: () => number;
  newRequestId?: () => string;
}

export function resolveSendDependencies(options: SendOptions): SendDependencies {
  return {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    getToken: options.getToken,
    policy: resolveRetryPolicy(options.retry),
    now: options.now ?? (() => Date.now()),
    random: options.random ?? Math.random,
    newRequestId: options.newRequestId ?? newClientRequestId,
  };
}

function isTransportFailure(error: unknown): boolean {
  return isTimeoutError(error) || isNetworkFailure(error);
}

/** Throttling (429) is refused before Graph does anything; every other failure may have had an effect. */
function mayHaveTakenEffect(error: unknown): boolean {
  return isHTTPError(error) ? error.response.status !== 429 : isTransportFailure(error);
}

/**
 * Sends one logical request with ky: bearer token (fetched once, refreshed once on 401 with any claims challenge),
 * a `client-request-id` kept across its retries, ky's retry timing, and Graph errors turned into
 * `GraphRequestError`. Errors from `getToken` reach the caller unchanged: sign-in explains them better.
 */
export async function sendRequest(deps: SendDependencies, request: GraphRequest): Promise<Response> {
  const signal = request.signal;
  const policy = request.retryLimit === undefined ? deps.policy : { ...deps.policy, limit: request.retryLimit };
  throwIfCancelled(signal);
  const clientRequestId = request.auth ? deps.newRequestId() : undefined;
  const startedAt = deps.now();
  const headers = new Headers(request.headers);
  if (clientRequestId) headers.set("client-request-id", clientRequestId);
  const passStatuses = request.passStatuses ?? [];
  let token: string | undefined;
  let refreshed = false;
  let attempts = 0;
  // Attempts that got any HTTP answer: a network failure after one means the server is reachable.
  let answeredAttempts = 0;
  let tokenFailure: { error: unknown } | undefined;

  const acquireToken = async (forceRefresh: boolean, claims?: string): Promise<string> => {
    try {
      return await deps.getToken({ forceRefresh, ...(claims ? { claims } : {}), ...(signal ? { signal } : {}) });
    } catch (error) {
      tokenFailure = { error };
      throw error;
    }
  };

  try {
    return await ky(request.url, {
      method: request.method,
      headers,
      ...(request.json !== undefined ? { json: request.json } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
      ...(signal ? { signal } : {}),
      fetch: deps.fetch,
      timeout: request.timeoutMs ?? policy.timeoutMs,
      throwHttpErrors: (status) => !passStatuses.includes(status),
      retry: kyRetryOptions(policy, deps.random, ({ error }) => {
        if (signal?.aborted || tokenFailure) return false;
        if (deps.now() - startedAt >= policy.totalBudgetMs) return false;
        if (!isHTTPError(error) && !isTransportFailure(error)) return false;
        if (request.repeat === "never" && mayHaveTakenEffect(error)) return false;
        // Undefined lets ky apply its status list and Retry-After handling.
        return undefined;
      }),
      hooks: {
        beforeRequest: [
          async (kyRequest) => {
            attempts += 1;
            if (!request.auth) return;
            token ??= await acquireToken(false);
            kyRequest.headers.set("Authorization", `Bearer ${token}`);
          },
        ],
        afterResponse: [
          async (_kyRequest, _options, response, state) => {
            answeredAttempts += 1;
            if (response.status === 401 && request.auth && !refreshed) {
              refreshed = true;
              token = await acquireToken(true, readClaimsChallenge(response.headers.get("www-authenticate")));
              return ky.retry({ delay: 0, code: "TOKEN_REFRESHED" });
            }
            // A repeated DELETE that finds nothing: the first attempt, whose answer was lost, did the work.
            if (request.method === "DELETE" && response.status === 404 && state.retryCount > 0) {
              return new Response(null, { status: 204 });
            }
            return undefined;
          },
        ],
        beforeRetry: [
          async ({ error }) => {
            if (isForceRetryError(error) || request.repeat !== "reconcile" || !request.reconcile) return undefined;
            if (!mayHaveTakenEffect(error)) return undefined;
            return await request.reconcile();
          },
        ],
      },
    });
  } catch (error) {
    if (signal?.aborted) throw cancelledError(signal.reason);
    if (tokenFailure) throw tokenFailure.error;
    if (isHTTPError(error)) {
      const text = await error.response.text().catch(() => "");
      throw errorFromResponse(error.response.status, error.response.headers, parseGraphErrorBody(text), {
        clientRequestId,
        attempts,
        answeredAttempts,
      });
    }
    if (isForceRetryError(error)) {
      // The retry limit was spent before the refreshed token could be tried.
      throw new GraphRequestError("unauthorized", messageFor("unauthorized"), {
        status: 401,
        clientRequestId,
        attempts,
        answeredAttempts,
      });
    }
    throw errorFromFailure(error, { clientRequestId, attempts, answeredAttempts, signal });
  }
}
