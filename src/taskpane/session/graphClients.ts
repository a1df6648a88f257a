import { graphScopesFor, type TokenProvider } from "../../auth";
import type { CloudName } from "../../config/clouds";
import { createGraphClient, type GraphClient } from "../../graph";
import { bindGraphToken } from "../bindGraphToken";

export interface GraphClientOptions {
  tokens: TokenProvider;
  cloud: CloudName;
  graphBaseUrl?: string;
  fetch?: typeof fetch;
}

/** The Graph client for a calendar: shared calendars need the wider `Calendars.ReadWrite.Shared` scope. */
export type GraphClientFor = (sharedCalendar: boolean) => GraphClient;

/** One client per scope set, made on first use, so the shared scope is only ever asked for someone else's calendar. */
export function graphClientsFor(options: GraphClientOptions): GraphClientFor {
  const clients = new Map<boolean, GraphClient>();
  return (sharedCalendar) => {
    let client = clients.get(sharedCalendar);
    if (!client) {
      client = createGraphClient({
        getToken: bindGraphToken(options.tokens, graphScopesFor({ sharedCalendar, cloud: options.cloud })),
        cloud: options.cloud,
        ...(options.graphBaseUrl ? { baseUrl: options.graphBaseUrl } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      clients.set(sharedCalendar, client);
    }
    return client;
  };
}
