/**
 * The response shapes the Outlook host script reads from Outlook on the web (`standardInvokeHostMethod`): a value
 * in `data`, or `error: true` with an Outlook error code, which office.js turns into `Office.AsyncResult.error`
 * with its own name and message for that code.
 */
export interface HostResponse {
  data?: unknown;
  error?: true;
  errorCode?: number;
  /** false: the host lacks the API; office.js reports "operation not supported". */
  wasSuccessful?: false;
}

export function hostValue(data: unknown): HostResponse {
  return { data };
}

export function hostError(errorCode: number): HostResponse {
  return { error: true, errorCode };
}

/** What an Outlook whose version lacks an API answers for it. */
export function hostNotSupported(): HostResponse {
  return { wasSuccessful: false };
}
