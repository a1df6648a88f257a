/** What went over the wire, seen from the client's side of the connection. */
export interface WireCounts {
  /** Every request the client sent, retries included. */
  sent: number;
  /** Sends of a request already sent once (same client-request-id, or same upload range). */
  repeats: number;
  /** Sends that ended in a network error (dropped or lost connections). */
  networkErrors: number;
}

function isForeignTypeError(error: unknown): error is { name: string; message: string } {
  if (typeof error !== "object" || error === null || error instanceof TypeError) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === "TypeError" && typeof message === "string";
}

/**
 * Wraps fetch and counts sends. A logical Graph request keeps its `client-request-id` across retries; upload PUTs
 * carry none, so they are keyed by URL and Content-Range.
 */
export function countingFetch(inner: typeof fetch): { fetch: typeof fetch; counts: WireCounts } {
  const counts: WireCounts = { sent: 0, repeats: 0, networkErrors: 0 };
  const seen = new Set<string>();
  const wrapped: typeof fetch = async (input, init) => {
    // ky hands over a Request; read it without consuming its body.
    const request = input instanceof Request ? input : undefined;
    const headers = new Headers(init?.headers ?? request?.headers);
    const method = init?.method ?? request?.method ?? "GET";
    const url = request?.url ?? (input instanceof URL ? input.href : (input as string));
    const id = headers.get("client-request-id") ?? headers.get("content-range") ?? "";
    const key = `${method} ${url} ${id}`;
    counts.sent += 1;
    if (seen.has(key)) counts.repeats += 1;
    else seen.add(key);
    try {
      return await inner(input, init);
    } catch (error) {
      counts.networkErrors += 1;
      // A browser's fetch fails with the page's own TypeError. Under jest, Node's fetch lives in another realm and
      // its TypeError fails the client's `instanceof TypeError`, so it is rethrown as this realm's.
      if (isForeignTypeError(error)) throw new TypeError(error.message, { cause: error });
      throw error;
    }
  };
  return { fetch: wrapped, counts };
}
