import type { TaskpaneServices } from "../services";
import { lazyFormAttacher } from "../lazyFormAttacher";
import { AttachSession } from "./attachSession";
import { driveClientsFor } from "./driveClients";
import { graphClientsFor } from "./graphClients";

/** The session for the services the entry point chose (Outlook and Graph, or the stand-ins). */
export function createSession(services: TaskpaneServices): AttachSession {
  const { office, tokens } = services;
  const graph = {
    tokens,
    cloud: services.cloud,
    ...(services.graphBaseUrl ? { graphBaseUrl: services.graphBaseUrl } : {}),
    ...(services.fetch ? { fetch: services.fetch } : {}),
  };
  return new AttachSession({
    office,
    graphFor: graphClientsFor(graph),
    driveFor: driveClientsFor(graph),
    // Only classic Outlook and Outlook on Mac ever use it: loaded on first use.
    formAttacher: lazyFormAttacher(() =>
      import(/* webpackChunkName: "form-attacher" */ "../../office/formAttacher").then((loaded) =>
        loaded.createFormAttacher(office),
      ),
    ),
    signInPath: () => tokens.lastPath,
  });
}
