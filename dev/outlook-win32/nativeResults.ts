import type { HostResponse } from "../outlook-web/hostResponses";
import type { NativeResult } from "./nativeMessages";

/**
 * What outlook-win32-16.02.js reads from a native answer (`createDeserializedData`): the first value is JSON, an
 * object (the response, `data` and all) or a bare number (an error code and nothing else); the second is Outlook's
 * error code, 0 for success. The callback's own result code is `InvokeResultCode.noError` unless the call could
 * not be made at all.
 */
const SUCCESS = 0;
const INVOKE_NO_ERROR = 0;
const INVOKE_ERROR_HANDLING_REQUEST = -2;

/** `ooeOperationNotSupported` and `ooeInternalError` in office.js's error codes. */
export const NATIVE_ERROR = { operationNotSupported: 5000, internalError: 5001 } as const;

/** An answer of the same meaning as `response` from Outlook on the web. */
export function nativeResultOf(response: HostResponse): NativeResult {
  if (response.wasSuccessful === false) return nativeNotSupported();
  if (response.error) {
    return {
      values: [JSON.stringify({}), response.errorCode ?? NATIVE_ERROR.internalError],
      resultCode: INVOKE_NO_ERROR,
    };
  }
  return { values: [JSON.stringify({ data: response.data }), SUCCESS], resultCode: INVOKE_NO_ERROR };
}

/** The initial data is the response object itself, not wrapped in `data`. */
export function nativeInitialData(initialData: Record<string, unknown>): NativeResult {
  return { values: [JSON.stringify(initialData), SUCCESS], resultCode: INVOKE_NO_ERROR };
}

/** An Outlook without the method: a bare error code, which office.js reports as "operation not supported". */
export function nativeNotSupported(): NativeResult {
  return { values: [NATIVE_ERROR.operationNotSupported], resultCode: INVOKE_NO_ERROR };
}

/** The host failed while answering. */
export function nativeFailure(): NativeResult {
  return { values: [NATIVE_ERROR.internalError], resultCode: INVOKE_ERROR_HANDLING_REQUEST };
}

/** `RegisterEvent` and `UnregisterEvent` report only a status. */
export function nativeStatus(status = SUCCESS): NativeResult {
  return { values: [status], resultCode: INVOKE_NO_ERROR };
}
