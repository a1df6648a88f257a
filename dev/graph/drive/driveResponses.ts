import { HttpResponse } from "msw";
import { defaultErrorForStatus } from "../errors";
import { answerBeforeActing } from "../faultResponses";
import type { Fault } from "../faults";
import { toInnerErrorDate } from "../formats";
import type { RequestContext } from "../responses";
import { driveErrors, DriveErrorResponse, type DriveErrorSpec } from "./driveErrors";

export type DriveErrorRenderer = (context: RequestContext, spec: DriveErrorSpec) => Response;

function errorResponse(context: RequestContext, spec: DriveErrorSpec, error: Record<string, unknown>): Response {
  return new HttpResponse(JSON.stringify({ error }), {
    status: spec.status,
    headers: {
      "request-id": context.requestId,
      "client-request-id": context.clientRequestId,
      "Cache-Control": "private",
      "Content-Type": "application/json",
      ...spec.headers,
    },
  });
}

/**
 * A drive error through Graph: SharePoint's code, and Graph's innerError led by the specific code when there is one
 * (`{"code":"notSupported",…,"innerError":{"code":"objectNotSupported","date":…,"request-id":…}}`).
 */
export const driveGraphError: DriveErrorRenderer = (context, spec) =>
  errorResponse(context, spec, {
    code: spec.code,
    message: spec.message,
    innerError: {
      ...(spec.innerCode === undefined ? {} : { code: spec.innerCode }),
      date: toInnerErrorDate(context.receivedAt),
      "request-id": context.requestId,
      "client-request-id": context.clientRequestId,
    },
  });

/** An error from an upload URL, which SharePoint answers itself: `innererror`, lower-case, with only a code. */
export const uploadHostError: DriveErrorRenderer = (context, spec) =>
  errorResponse(context, spec, {
    code: spec.code,
    message: spec.message,
    ...(spec.innerCode === undefined ? {} : { innererror: { code: spec.innerCode } }),
  });

/**
 * A drive error in the drive's shape. Anything else is rethrown: token and URL errors come from Graph's gateway,
 * before SharePoint, and the emulator answers them in Graph's own shape.
 */
export function renderThrown(error: unknown, context: RequestContext, render: DriveErrorRenderer): Response {
  if (error instanceof DriveErrorResponse) return render(context, { ...error.spec, innerCode: error.innerCode });
  throw error;
}

function usualDriveError(status: number): DriveErrorSpec {
  switch (status) {
    case 429:
      return driveErrors.throttled();
    case 503:
      return driveErrors.unavailable();
    case 500:
      return driveErrors.generalException();
    case 404:
      return driveErrors.itemNotFound();
    case 403:
      return driveErrors.accessDenied();
    default:
      return defaultErrorForStatus(status);
  }
}

/** An injected status fault on a drive route: SharePoint's usual body for the status, unless the rule names its own. */
export function driveStatusFaultSpec(fault: Extract<Fault, { kind: "status" }>): DriveErrorSpec {
  const usual = usualDriveError(fault.status);
  const headers = { ...usual.headers };
  if (fault.retryAfter === null) delete headers["Retry-After"];
  else if (fault.retryAfter !== undefined) headers["Retry-After"] = fault.retryAfter;
  const overridden = fault.code !== undefined;
  return {
    status: fault.status,
    code: fault.code ?? usual.code,
    message: fault.message ?? usual.message,
    headers,
    ...(overridden || usual.innerCode === undefined ? {} : { innerCode: usual.innerCode }),
  };
}

/** Faults that answer before anything is done: a status in the drive's shape, or what the other routes answer. */
export function answerDriveFault(
  fault: Fault | null,
  context: RequestContext,
  render: DriveErrorRenderer,
): Response | null {
  if (fault?.kind === "status") return render(context, driveStatusFaultSpec(fault));
  return answerBeforeActing(fault, context);
}
