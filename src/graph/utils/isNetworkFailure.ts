/**
 * fetch rejects with a TypeError when the connection fails, whatever the runtime. The error can come from another
 * realm (an iframe, Node's fetch under a test runner), where `instanceof TypeError` is false, so the name counts too.
 */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && error.name === "TypeError");
}
