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
  /** Port of the emulated Outlook upload host; 0 or omitted picks a free one. */
  uploadPort?: number;
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
  /** Root of the upload URLs the emulator hands out: an origin of its own, as Outlook's upload host is. */
  uploadBaseUrl: string;
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
 * Its upload URLs point at a second port: in Outlook the upload host (outlook.office.com) is another origin than
 * the add-in's, so the browser applies CORS to every chunk, and the demo lets it do the same.
 */
export async function startDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  let emulator: GraphEmulator | null = null;
  let emulatorApp: express.Express | null = null;
  let uploadApp: express.Express | null = null;

  const demoApp = express();
  demoApp.disable("x-powered-by");
  demoApp.use("/graph", (request, response, next) => {
    if (!emulatorApp) return next();
    emulatorApp(request, response, next);
  });
  demoApp.use(staticApp(options.staticDir));

  const httpServer = http.createServer(demoApp);
  const uploadServer = http.createServer((request, response) => {
    if (uploadApp) uploadApp(request, response);
    else response.writeHead(503).end();
  });
  const httpPort = await listen(httpServer, options.httpPort);
  const uploadPort = await listen(uploadServer, options.uploadPort ?? 0);
  const httpOrigin = `http://localhost:${httpPort}`;
  const graphBaseUrl = `${httpOrigin}/graph`;
  const uploadBaseUrl = `http://localhost:${uploadPort}`;
  emulator = createGraphEmulator({ baseUrl: graphBaseUrl, uploadBaseUrl });
  seedDemoMeetings(emulator);
  emulatorApp = createEmulatorApp(emulator);
  uploadApp = createEmulatorApp(emulator, uploadBaseUrl);

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
    uploadBaseUrl,
    emulator,
    certificateSource,
    async close() {
      await Promise.all([close(httpServer), close(uploadServer), httpsServer ? close(httpsServer) : Promise.resolve()]);
    },
  };
}
