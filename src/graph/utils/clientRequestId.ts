/** A fresh GUID for the `client-request-id` header, which Graph echoes and support uses to trace a call. */
export function newClientRequestId(): string {
  return globalThis.crypto.randomUUID();
}
