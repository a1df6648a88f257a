import https from "node:https";

export interface LocalResponse {
  status: number;
  body: string;
}

/**
 * A request from the test itself to the dev server's https origins, whose certificate is self-signed on Linux
 * (the browser is told to accept it; Node's fetch cannot be). Only for localhost.
 */
export function requestLocal(url: string, init: { method?: string; json?: unknown } = {}): Promise<LocalResponse> {
  const target = new URL(url);
  if (target.hostname !== "localhost") throw new Error(`Not a local URL: ${url}`);
  const body = init.json === undefined ? undefined : JSON.stringify(init.json);
  return new Promise((resolve, reject) => {
    const request = https.request(
      target,
      {
        method: init.method ?? (body === undefined ? "GET" : "POST"),
        rejectUnauthorized: false,
        headers: body === undefined ? {} : { "content-type": "application/json" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
