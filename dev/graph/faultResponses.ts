import { HttpResponse } from "msw";
import { defaultErrorForStatus, errors, type GraphErrorSpec } from "./errors";
import type { Fault } from "./faults";
import { graphError, type RequestContext } from "./responses";

/** The error body an injected status fault answers with: Graph's usual one for the status, unless overridden. */
export function statusFaultSpec(fault: Extract<Fault, { kind: "status" }>): GraphErrorSpec {
  const usual = defaultErrorForStatus(fault.status);
  const headers = { ...usual.headers };
  if (fault.retryAfter === null) delete headers["Retry-After"];
  else if (fault.retryAfter !== undefined) headers["Retry-After"] = fault.retryAfter;
  return {
    status: fault.status,
    code: fault.code ?? usual.code,
    message: fault.message ?? usual.message,
    headers,
  };
}

/** Faults that answer before the server acts: a status, or a connection dropped (a network error for the caller). */
export function answerBeforeActing(fault: Fault | null, context: RequestContext): Response | null {
  if (fault?.kind === "status") return graphError(context, statusFaultSpec(fault));
  if (fault?.kind === "drop") return HttpResponse.error();
  if (fault?.kind === "claimsChallenge") return graphError(context, errors.claimsChallenge(fault.claims));
  return null;
}

/**
 * Runs the operation while holding the mailbox's concurrency slot, after any injected delay; a lostResponse fault
 * lets the operation complete and then drops the connection.
 */
export async function runWithFault(
  fault: Fault | null,
  sleep: (ms: number) => Promise<void>,
  release: () => void,
  operation: () => Promise<Response> | Response,
): Promise<Response> {
  try {
    if (fault?.kind === "delay") await sleep(fault.ms);
    if (fault?.kind !== "lostResponse") return await operation();
    try {
      await operation();
    } catch {
      // The operation failed; the caller sees only the dropped connection, as on the wire.
    }
    return HttpResponse.error();
  } finally {
    release();
  }
}
