import { authenticateRequest } from "../graphApi";
import { errors } from "../errors";
import { runWithFault } from "../faultResponses";
import { fail, type RequestContext } from "../responses";
import type { EmulatorServices } from "../services";
import type { DriveRequest } from "./driveContext";
import type { DriveEmulator } from "./driveEmulator";
import {
  getDrive,
  getItem,
  getRecent,
  getSite,
  listChildren,
  listFollowedSites,
  listSiteDrives,
  search,
} from "./driveOperations";
import { requireSomeFileScope } from "./drivePermissions";
import { answerDriveFault, driveGraphError, renderThrown } from "./driveResponses";
import { parseDrivePath, type DriveRoute } from "./driveRouting";
import { createDriveUploadSession } from "./driveUploads";
import { createLink } from "./sharingLinks";

type Handler = (input: DriveRequest) => Promise<Response> | Response;

/** Which operation a method on a drive route is; anything else is 405. */
function dispatch(route: DriveRoute, method: string): Handler {
  const get = method === "GET";
  const post = method === "POST";
  switch (route.kind) {
    case "drive":
      if (get) return (input) => getDrive(input, route);
      break;
    case "recent":
      if (get) return (input) => getRecent(input, route);
      break;
    case "search":
      if (get) return (input) => search(input, route);
      break;
    case "followedSites":
      if (get) return (input) => listFollowedSites(input, route.mailbox);
      break;
    case "site":
      if (get) return (input) => getSite(input, route);
      break;
    case "siteDrives":
      if (get) return (input) => listSiteDrives(input, route);
      break;
    case "item":
      if (get && route.action === "get") return (input) => getItem(input, route);
      if (get && route.action === "children") return (input) => listChildren(input, route);
      if (post && route.action === "createUploadSession") return (input) => createDriveUploadSession(input, route);
      if (post && route.action === "createLink") return (input) => createLink(input, route);
      break;
  }
  // Graph's own 405, as on the calendar routes: the method is refused before SharePoint is reached.
  return fail(errors.methodNotAllowed(method));
}

/**
 * A drive or site request, in the order Graph checks it: injected faults, token, URL, method, scopes, then the
 * operation (which resolves the drive and item and checks the caller's right to them). SharePoint has no per-mailbox
 * concurrency limit, so none applies here.
 */
export async function handleDriveRequest(
  services: EmulatorServices,
  drive: DriveEmulator,
  request: Request,
  url: URL,
  relativePath: string,
  context: RequestContext,
): Promise<Response> {
  const fault = services.faults.pick(request.method, url.pathname);
  const early = answerDriveFault(fault, context, driveGraphError);
  if (early) return early;

  const caller = authenticateRequest(services, request, context);
  try {
    const route = parseDrivePath(relativePath);
    const run = dispatch(route, request.method.toUpperCase());
    requireSomeFileScope(caller);
    const input: DriveRequest = { services, drive, caller, request, url, context, version: route.version };
    return await runWithFault(
      fault,
      services.options.sleep,
      () => undefined,
      () => run(input),
    );
  } catch (error) {
    return renderThrown(error, context, driveGraphError);
  }
}
