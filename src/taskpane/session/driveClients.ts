import { driveScopesFor, type DriveReach, type TokenProvider } from "../../auth";
import type { CloudName } from "../../config/clouds";
import type { DriveClient, DriveEntry } from "../../graph";
import { bindGraphToken } from "../bindGraphToken";

export interface DriveClientOptions {
  tokens: TokenProvider;
  cloud: CloudName;
  graphBaseUrl?: string;
  fetch?: typeof fetch;
}

/**
 * The OneDrive and SharePoint client for what the organizer is doing: their own OneDrive, or the sites they use,
 * each with its own scopes, so the wider one is asked for only when the organizer opens a site.
 */
export type DriveClientFor = (reach: DriveReach) => Promise<DriveClient>;

// Only the cloud link picker and the upload to OneDrive use it: its chunk loads when one of them first does.
const loadDriveClient = () =>
  import(/* webpackChunkName: "drive" */ "../../graph/drive/createDriveClient").then((m) => m.createDriveClient);

/**
 * One client per reach, made on first use. Its first call asks for the Files scopes, which is when Outlook asks the
 * organizer to consent (incremental consent): never at start, never for someone who only attaches files.
 */
export function driveClientsFor(options: DriveClientOptions): DriveClientFor {
  const clients = new Map<DriveReach, Promise<DriveClient>>();
  return (reach) => {
    let client = clients.get(reach);
    if (!client) {
      client = loadDriveClient().then((createDriveClient) =>
        createDriveClient({
          getToken: bindGraphToken(options.tokens, driveScopesFor({ reach, cloud: options.cloud })),
          cloud: options.cloud,
          ...(options.graphBaseUrl ? { baseUrl: options.graphBaseUrl } : {}),
          ...(options.fetch ? { fetch: options.fetch } : {}),
        }),
      );
      client.catch(() => clients.delete(reach));
      clients.set(reach, client);
    }
    return client;
  };
}

/** Items in another drive (a site's library, a file shared from someone else's OneDrive) need the wider reach. */
export function reachForEntry(entry: Pick<DriveEntry, "remote" | "driveType">): DriveReach {
  return entry.remote || entry.driveType === "documentLibrary" ? "sharedDrives" : "ownDrive";
}
