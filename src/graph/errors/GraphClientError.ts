/** Base of every error `src/graph` throws on purpose: each carries a stable `reason` the UI can translate. */
export abstract class GraphClientError extends Error {
  abstract readonly reason: string;

  protected constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
