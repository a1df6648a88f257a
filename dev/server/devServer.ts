import express from "express";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createEmulatorApp, createGraphEmulator, type GraphEmulator } from "../graph";
import { loadHttpsCredentials } from "./certificates";
import { seedDemoMeetings } from "./seedDemoMeetings";

export interface DevServerOptions {
  /** Folder with the built pages (webpack output). */
  staticDir: string;
  /** Port of the plain-http demo origin; 0 picks a free one. */
  httpPort: number;
  /** Port of the https origin Outlook loads the taskpane from; null serves no https. */
  httpsPort: number | null;
  /** Where self-signed certificates are cached. */
  certDir?: string;
}

export interface RunningDevServer {
  /** e.g. http://localhost:3001 */
  httpOrigin: string;
  httpsOrigin: string | null;
  /** Root of the local Graph emulator on the http origin. */
  graphBaseUrl: string;
  emulator: GraphEmulator;
  certificateSource: string | null;
  close(): Promise<void>;
}

function listen(server: http.Server | https.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: http.Server | https.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function staticApp(staticDir: string): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/", (_request, response) => response.redirect("/demo.html"));
  app.use(express.static(path.resolve(staticDir), { index: false }));
  return app;
}

/**
 * Serves the built pages on a plain-http origin (the demo, with the Graph emulator under /graph) and, for Outlook,
 * on an https origin. The emulator is only reachable on the http origin: the https taskpane talks to real Graph.
 */
export async function startDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  let emulator: GraphEmulator | null = null;
  let emulatorApp: express.Express | null = null;

  const demoApp = express();
  demoApp.disable("x-powered-by");
  demoApp.use("/graph", (request, response, next) => {
    if (!emulatorApp) return next();
    emulatorApp(request, response, next);
  });
  demoApp.use(staticApp(options.staticDir));

  const httpServer = http.createServer(demoApp);
  const httpPort = await listen(httpServer, options.httpPort);
  const httpOrigin = `http://localhost:${httpPort}`;
  const graphBaseUrl = `${httpOrigin}/graph`;
  emulator = createGraphEmulator({ baseUrl: graphBaseUrl, uploadBaseUrl: `${graphBaseUrl}/outlook` });
  seedDemoMeetings(emulator);
  emulatorApp = createEmulatorApp(emulator);

  let httpsServer: https.Server | null = null;
  let httpsOrigin: string | null = null;
  let certificateSource: string | null = null;
  if (options.httpsPort !== null) {
    const credentials = await loadHttpsCredentials(options.certDir ?? path.resolve(".certs"));
    certificateSource = credentials.source;
    httpsServer = https.createServer(
      { key: credentials.key, cert: credentials.cert, ...(credentials.ca ? { ca: credentials.ca } : {}) },
      staticApp(options.staticDir),
    );
    httpsOrigin = `https://localhost:${await listen(httpsServer, options.httpsPort)}`;
  }

  return {
    httpOrigin,
    httpsOrigin,
    graphBaseUrl,
    emulator,
    certificateSource,
    async close() {
      await Promise.all([close(httpServer), httpsServer ? close(httpsServer) : Promise.resolve()]);
    },
  };
}
