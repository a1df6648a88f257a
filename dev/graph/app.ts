import express from "express";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createGraphEmulator, type GraphEmulator } from "./emulator";
import type { GraphEmulatorOptions } from "./options";

/** Bodies above this are cut off before reaching the handlers (a 150 MB session is uploaded in chunks). */
const MAX_FORWARDED_BODY = 64 * 1024 * 1024;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length"]);

function readRequestBody(request: ExpressRequest): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on("data", (chunk: Buffer) => {
      length += chunk.byteLength;
      if (length <= MAX_FORWARDED_BODY) chunks.push(chunk);
    });
    request.on("end", () => resolve(length > MAX_FORWARDED_BODY ? null : Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function toFetchRequest(request: ExpressRequest, origin: string, body: Buffer | null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = request.method.toUpperCase();
  const hasBody = method !== "GET" && method !== "HEAD" && body !== null && body.byteLength > 0;
  // originalUrl keeps any mount prefix (app.use("/graph", emulatorApp)), so it lines up with the emulator's baseUrl.
  return new Request(new URL(request.originalUrl, origin), {
    method,
    headers,
    ...(hasBody ? { body: new Uint8Array(body) } : {}),
  });
}

async function forward(
  emulator: GraphEmulator,
  origin: string,
  request: ExpressRequest,
  response: ExpressResponse,
): Promise<void> {
  const body = await readRequestBody(request);
  if (body === null) {
    response.status(413).json({ error: { code: "BadRequest", message: "Maximum request length exceeded." } });
    return;
  }
  const answer = await emulator.handle(toFetchRequest(request, origin, body));
  if (answer.type === "error") {
    // A dropped connection (drop and lostResponse faults): the client sees a network error.
    request.socket.destroy();
    return;
  }
  response.status(answer.status);
  answer.headers.forEach((value, name) => response.append(name, value));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * The emulator as an Express app for the demo, end-to-end tests and benchmarks. Mount it at the path of the
 * emulator's baseUrl: with baseUrl "http://localhost:3001/graph", `parent.use("/graph", createEmulatorApp(e))`
 * (or `parent.use(createEmulatorApp(e))`: only URLs below baseUrl and uploadBaseUrl are answered). URLs are rebuilt
 * from `origin` (baseUrl's by default), so localhost and 127.0.0.1 both work; a server that plays the upload host
 * on an origin of its own passes uploadBaseUrl's origin.
 *
 * It runs the handlers itself (msw's getResponse path, via emulator.handle) instead of through
 * @mswjs/http-middleware, because that middleware cannot send a dropped connection: it would write status 0.
 */
export function createEmulatorApp(
  emulator: GraphEmulator,
  origin = new URL(emulator.options.baseUrl).origin,
): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.use((request: ExpressRequest, response: ExpressResponse, next: NextFunction) => {
    forward(emulator, origin, request, response).catch(next);
  });
  return app;
}

export interface RunningEmulatorServer {
  emulator: GraphEmulator;
  /** e.g. http://127.0.0.1:4000 (the emulator's baseUrl). */
  url: string;
  close(): Promise<void>;
}

/** Starts the emulator alone on a loopback port (0 picks a free one). Upload URLs live under `${url}/outlook`. */
export function startEmulatorServer(
  port = 0,
  host = "127.0.0.1",
  options: Omit<GraphEmulatorOptions, "baseUrl" | "uploadBaseUrl"> = {},
): Promise<RunningEmulatorServer> {
  return new Promise((resolve, reject) => {
    let app: express.Express | null = null;
    const server = http.createServer((request, response) => {
      if (app) app(request, response);
      else response.writeHead(503).end();
    });
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const hostName = host.includes(":") ? `[${host}]` : host;
      const url = `http://${hostName}:${address.port}`;
      const emulator = createGraphEmulator({ ...options, baseUrl: url, uploadBaseUrl: `${url}/outlook` });
      app = createEmulatorApp(emulator);
      resolve({
        emulator,
        url,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
