/**
 * A hand-written stand-in for `fetch`: records every request (method, URL, headers, body) and answers with what the
 * test's handler returns. `DROP` makes the call fail like a broken connection; a handler may also hang until the
 * request is aborted.
 */
export const DROP = Symbol("drop");

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  bodyText: string;
  bodyBytes: Uint8Array;
}

export type Handler = (
  request: RecordedRequest,
  index: number,
) => Response | typeof DROP | Promise<Response | typeof DROP>;

export interface FakeFetch {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** Requests whose answer has not been given yet. */
  inFlight(): number;
}

export function createFakeFetch(handler: Handler): FakeFetch {
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  const fetchFake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const bodyBytes = new Uint8Array(await request.arrayBuffer());
    const recorded: RecordedRequest = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      bodyText: new TextDecoder().decode(bodyBytes),
      bodyBytes,
    };
    requests.push(recorded);
    inFlight += 1;
    try {
      const signal = request.signal;
      const answer = await new Promise<Response | typeof DROP>((resolve, reject) => {
        if (signal.aborted) {
          reject(signal.reason as Error);
          return;
        }
        signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
        Promise.resolve(handler(recorded, requests.length - 1)).then(resolve, reject);
      });
      if (answer === DROP) throw new TypeError("fetch failed");
      return answer;
    } finally {
      inFlight -= 1;
    }
  };
  return { fetch: fetchFake, requests, inFlight: () => inFlight };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return json(
    status,
    {
      error: {
        code,
        message,
        innerError: { date: "2024-05-01T10:00:00", "request-id": "req-123", "client-request-id": "crid-1" },
      },
    },
    headers,
  );
}

/** A promise that never settles, for a request that hangs until it is aborted. */
export function hang(): Promise<Response> {
  return new Promise<Response>(() => undefined);
}

export const ME_EVENT = { mailbox: { kind: "me" as const }, eventId: "AAMkAGI1AAAt9AHjAAA=" };

export function namedBlob(content: BlobPart[] | Uint8Array, name: string, type = ""): Blob & { name: string } {
  const parts: BlobPart[] = content instanceof Uint8Array ? [content as Uint8Array<ArrayBuffer>] : content;
  return Object.assign(new Blob(parts, { type }), { name });
}

export const staticToken = (): Promise<string> => Promise.resolve("token-1");
