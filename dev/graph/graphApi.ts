import { authenticate, type Caller } from "./auth";
import { errors } from "./errors";
import { answerBeforeActing, runWithFault } from "./faultResponses";
import {
  createAttachment,
  createUploadSession,
  deleteAttachment,
  getAttachment,
  getCalendarView,
  getEvent,
  listAttachments,
  type OperationInput,
} from "./graphOperations";
import { authorize, type Operation } from "./permissions";
import { fail, type RequestContext } from "./responses";
import { parseGraphPath, type GraphRoute, type MailboxSelector } from "./routing";
import type { EmulatorServices } from "./services";
import type { EmulatorUser } from "./store";

type Handler = (input: OperationInput) => Promise<Response> | Response;

/** Which operation a method on a route is, and the permission it needs; anything else is 405. */
function dispatch(route: GraphRoute, method: string): { operation: Operation; run: Handler } {
  switch (route.kind) {
    case "calendarView":
      if (method === "GET") return { operation: "read", run: (input) => getCalendarView(input, route) };
      break;
    case "event":
      if (method === "GET") return { operation: "read", run: (input) => getEvent(input, route) };
      break;
    case "attachments":
      if (method === "GET") return { operation: "read", run: (input) => listAttachments(input, route) };
      if (method === "POST") return { operation: "write", run: (input) => createAttachment(input, route) };
      break;
    case "createUploadSession":
      if (method === "POST") return { operation: "uploadSession", run: (input) => createUploadSession(input, route) };
      break;
    case "attachment":
      if (method === "GET") return { operation: "read", run: (input) => getAttachment(input, route) };
      if (method === "DELETE" && !route.value) {
        return { operation: "write", run: (input) => deleteAttachment(input, route) };
      }
      break;
  }
  return fail(errors.methodNotAllowed(method));
}

/** `/me` is the caller; `/users/{id | userPrincipalName}` is whoever that names. */
function resolveMailbox(services: EmulatorServices, caller: Caller, mailbox: MailboxSelector): EmulatorUser {
  const self = (): EmulatorUser => services.store.ensureUser(caller.upn, caller.oid);
  if (mailbox.kind === "me") return self();
  const key = mailbox.idOrUpn.toLowerCase();
  if (key === caller.oid || key === caller.upn.toLowerCase()) return self();
  return services.store.findUser(mailbox.idOrUpn) ?? fail(errors.invalidUser(mailbox.idOrUpn));
}

/** The caller of a Graph or drive request, from its bearer token, as of when the request arrived. */
export function authenticateRequest(services: EmulatorServices, request: Request, context: RequestContext): Caller {
  return authenticate(request.headers.get("authorization"), {
    now: () => context.receivedAt,
    isRevoked: (token) => services.faults.isTokenRevoked(token),
    audiences: services.audiences,
  });
}

/**
 * A Graph request, in the order Graph checks it: injected faults, token, URL, permissions, mailbox concurrency,
 * then the operation itself.
 */
export async function handleGraphRequest(
  services: EmulatorServices,
  request: Request,
  url: URL,
  relativePath: string,
  context: RequestContext,
): Promise<Response> {
  const fault = services.faults.pick(request.method, url.pathname);
  const early = answerBeforeActing(fault, context);
  if (early) return early;

  const caller = authenticateRequest(services, request, context);
  const route = parseGraphPath(relativePath);
  const { operation, run } = dispatch(route, request.method.toUpperCase());
  const owner = resolveMailbox(services, caller, route.mailbox);
  authorize(caller, owner.upn, operation, services.store.accessOf(caller.upn, owner.upn));

  const release = services.concurrency.tryAcquire(owner.upn);
  if (!release) {
    services.faults.recordConcurrencyThrottle();
    return fail(errors.throttled("1"));
  }
  return runWithFault(fault, services.options.sleep, release, () => run({ services, request, url, context, owner }));
}
