import express from "express";
import { readFile } from "node:fs/promises";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { contentSecurityPolicy } from "../../src/taskpane/csp";
import { createEmulatorApp, createGraphEmulator, type GraphEmulator } from "../graph";
import { loadHttpsCredentials, type HttpsCredentials } from "./certificates";
import { namesOutlookWin32 } from "../outlook-win32/frameUrl";
import { withOutlookWin32External } from "./paneStandIns";
import { seedDemoMeetings } from "./seedDemoMeetings";

export interface DevServerOptions {
  /** Folder with the built pages (webpack output). */
  staticDir: string;
  /** Port of the add-in's origin (what manifest.xml points Outlook at); 0 picks a free one. */
  addinPort: number;
  /** Port of the simulated Outlook on the web and the Graph emulator; 0 picks a free one. */
  demoPort: number;
  /** Port of the emulated Outlook upload host; 0 or omitted picks a free one. */
  uploadPort?: number;
  /** Where self-signed certificates are cached. */
  certDir?: string;
}

export interface RunningDevServer {
  /** The add-in's origin, e.g. https://localhost:3000: taskpane.html, dialog.html, the demo's task pane page. */
  addinOrigin: string;
  /** The simulated Outlook on the web, e.g. https://localhost:3001 (demo.html). */
  demoOrigin: string;
  /** Root of the local Graph emulator, on the demo origin. */
  graphBaseUrl: string;
  /** Root of the upload URLs the emulator hands out: an origin of its own, as Outlook's upload host is. */
  uploadBaseUrl: string;
  emulator: GraphEmulator;
  certificateSource: HttpsCredentials["source"];
  close(): Promise<void>;
}

/** office.js and its host scripts, as Microsoft's CDN would serve them, for pages that cannot reach the CDN. */
const OFFICE_JS_DIST = path.resolve("node_modules/@microsoft/office-js/dist");
/** The demo's task pane page: its Content-Security-Policy is sent as a header, since the emulator's port varies. */
const DEMO_TASKPANE_PAGE = "/demo-taskpane.html";

function listen(server: https.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: https.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function staticFiles(staticDir: string): express.RequestHandler {
  return express.static(path.resolve(staticDir), { index: false });
}

/**
 * Two https origins, as in Outlook on the web, where the add-in's frame and Outlook's page are different origins
 * (the tests and the benchmark open Outlook's page under an Office host name, so that they are different sites
 * too, as there: dev/server/outlookWebHost.ts). The add-in's origin serves the built pages (and office.js from
 * @microsoft/office-js under /office-js/), the demo origin serves the simulated Outlook on the web page and the
 * Graph emulator under /graph. Both use one certificate (Office's development CA where it installs, else a
 * self-signed pair for localhost). The emulator's
 * upload URLs point at a third origin: in Outlook the upload host (outlook.office.com) is another origin than the
 * add-in's and Graph's, so the browser applies CORS to every chunk, and the demo lets it do the same.
 */
export async function startDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const credentials = await loadHttpsCredentials(options.certDir ?? path.resolve(".certs"));
  const tls = { key: credentials.key, cert: credentials.cert, ...(credentials.ca ? { ca: credentials.ca } : {}) };
  let graphBaseUrl = "";
  let uploadBaseUrl = "";
  let emulatorApp: express.Express | null = null;
  let uploadApp: express.Express | null = null;
  let addinOrigin = "";

  const addinApp = express();
  addinApp.disable("x-powered-by");
  addinApp.get(DEMO_TASKPANE_PAGE, (request, response, next) => {
    response.setHeader(
      "Content-Security-Policy",
      contentSecurityPolicy({ cloud: "global", graphBaseUrl, uploadBaseUrl }),
    );
    // Classic Outlook on Windows (its _host_Info) loads the page with its window.external in place.
    if (!namesOutlookWin32(request.originalUrl.slice(request.path.length))) return next();
    readFile(path.join(path.resolve(options.staticDir), DEMO_TASKPANE_PAGE), "utf8")
      .then((html) => response.type("html").send(withOutlookWin32External(html)))
      .catch(next);
  });
  addinApp.use("/office-js", express.static(OFFICE_JS_DIST, { index: false }));
  addinApp.use(staticFiles(options.staticDir));

  const demoApp = express();
  demoApp.disable("x-powered-by");
  demoApp.get("/", (_request, response) => response.redirect("/demo.html"));
  demoApp.get("/demo-config.json", (_request, response) => {
    response.json({ addinOrigin, graphBaseUrl });
  });
  demoApp.use("/graph", (request, response, next) => {
    if (!emulatorApp) return next();
    emulatorApp(request, response, next);
  });
  demoApp.use(staticFiles(options.staticDir));

  const addinServer = https.createServer(tls, addinApp);
  const demoServer = https.createServer(tls, demoApp);
  const uploadServer = https.createServer(tls, (request, response) => {
    if (uploadApp) uploadApp(request, response);
    else response.writeHead(503).end();
  });
  addinOrigin = `https://localhost:${await listen(addinServer, options.addinPort)}`;
  const demoOrigin = `https://localhost:${await listen(demoServer, options.demoPort)}`;
  uploadBaseUrl = `https://localhost:${await listen(uploadServer, options.uploadPort ?? 0)}`;
  graphBaseUrl = `${demoOrigin}/graph`;
  const emulator = createGraphEmulator({ baseUrl: graphBaseUrl, uploadBaseUrl });
  seedDemoMeetings(emulator);
  emulatorApp = createEmulatorApp(emulator);
  uploadApp = createEmulatorApp(emulator, uploadBaseUrl);

  return {
    addinOrigin,
    demoOrigin,
    graphBaseUrl,
    uploadBaseUrl,
    emulator,
    certificateSource: credentials.source,
    async close() {
      await Promise.all([close(addinServer), close(demoServer), close(uploadServer)]);
    },
  };
}
