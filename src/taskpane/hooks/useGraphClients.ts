import { useMemo } from "react";
import { graphScopesFor } from "../../auth";
import { createGraphClient, type GraphClient } from "../../graph";
import { bindGraphToken } from "../bindGraphToken";
import type { TaskpaneServices } from "../services";

export interface GraphClients {
  /** The client for the event's calendar: shared calendars need the wider `Calendars.ReadWrite.Shared` scope. */
  forCalendar: (sharedCalendar: boolean) => GraphClient;
}

/** One Graph client per scope set, so the shared scope is only ever requested for someone else's calendar. */
export function useGraphClients(services: TaskpaneServices): GraphClients {
  return useMemo(() => {
    const clients = new Map<boolean, GraphClient>();
    return {
      forCalendar(sharedCalendar) {
        let client = clients.get(sharedCalendar);
        if (!client) {
          const scopes = graphScopesFor({ sharedCalendar, cloud: services.cloud });
          client = createGraphClient({
            getToken: bindGraphToken(services.tokens, scopes),
            cloud: services.cloud,
            ...(services.graphBaseUrl ? { baseUrl: services.graphBaseUrl } : {}),
            ...(services.fetch ? { fetch: services.fetch } : {}),
          });
          clients.set(sharedCalendar, client);
        }
        return client;
      },
    };
  }, [services]);
}
