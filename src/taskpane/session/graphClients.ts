import { graphScopesFor, type TokenProvider } from "../../auth";
import type { CloudName } from "../../config/clouds";
import type { GraphClient } from "../../graph";
import { bindGraphToken } from "../bindGraphToken";

export interface GraphClientOptions {
  tokens: TokenProvider;
  cloud: CloudName;
  graphBaseUrl?: string;
  fetch?: typeof fetch;
}

/** The Graph client for a calendar: shared calendars need the wider `Calendars.ReadWrite.Shared` scope. */
export type GraphClientFor = (sharedCalendar: boolean) => Promise<GraphClient>;

// The client and ky come in their own chunk: the first screen needs neither, and the list's first load (right after
// the first paint) asks for it.
const loadGraphClient = () =>
  import(/* webpackChunkName: "graph" */ "../../graph/core/createGraphClient").then((m) => m.createGraphClient);

/** One client per scope set, made on first use, so the shared scope is only ever asked for someone else's calendar. */
export function graphClientsFor(options: GraphClientOptions): GraphClientFor {
  const clients = new Map<boolean, Promise<GraphClient>>();
  return (sharedCalendar) => {
    let client = clients.get(sharedCalendar);
    if (!client) {
      client = loadGraphClient().then((createGraphClient) =>
        createGraphClient({
          getToken: bindGraphToken(options.tokens, graphScopesFor({ sharedCalendar, cloud: options.cloud })),
          cloud: options.cloud,
          ...(options.graphBaseUrl ? { baseUrl: options.graphBaseUrl } : {}),
          ...(options.fetch ? { fetch: options.fetch } : {}),
        }),
      );
      // A chunk that failed to load (offline) is asked for again next time, not cached as failed.
      client.catch(() => clients.delete(sharedCalendar));
      clients.set(sharedCalendar, client);
    }
    return client;
  };
}
