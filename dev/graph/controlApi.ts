import {
  ControlPayloadError,
  parseConfig,
  parseFaultRule,
  parseFormSend,
  parseGrant,
  parseJson,
  parseNewEvent,
  parseRandomFaults,
  parseTokenToExpire,
} from "./controlPayloads";
import { handleDriveControl, type DriveEmulator } from "./drive";
import { emulatorState } from "./emulatorState";
import { applyFormSend } from "./formSend";
import type { EmulatorServices } from "./services";

export interface ControlTarget {
  services: EmulatorServices;
  drive: DriveEmulator;
  reset(): void;
  setMailboxConcurrencyLimit(limit: number | null): void;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function problem(status: number, message: string): Response {
  return json(status, { error: { code: "BadRequest", message } });
}

async function readJson(request: Request): Promise<unknown> {
  return parseJson(await request.text());
}

async function route(target: ControlTarget, method: string, path: string, request: Request): Promise<Response> {
  const { services } = target;
  const key = `${method} ${path.replace(/\/+$/, "")}`;
  switch (key) {
    case "POST /reset":
      target.reset();
      return new Response(null, { status: 204 });
    case "GET /state":
      return json(200, emulatorState(services));
    case "POST /faults":
      services.faults.inject(parseFaultRule(await readJson(request)));
      return new Response(null, { status: 204 });
    case "DELETE /faults":
      services.faults.clear();
      return new Response(null, { status: 204 });
    case "POST /faults/random":
      services.faults.randomly(parseRandomFaults(await readJson(request)));
      return new Response(null, { status: 204 });
    case "POST /tokens/expire":
      services.faults.expireToken(parseTokenToExpire(await readJson(request)));
      return new Response(null, { status: 204 });
    case "POST /config": {
      const config = parseConfig(await readJson(request));
      if (config.mailboxConcurrencyLimit !== undefined)
        target.setMailboxConcurrencyLimit(config.mailboxConcurrencyLimit);
      return new Response(null, { status: 204 });
    }
    case "POST /events": {
      const event = services.store.addEvent(parseNewEvent(await readJson(request), services.options.now()));
      return json(201, { id: event.id, owner: event.owner, subject: event.subject });
    }
    case "POST /form-send":
      return json(200, applyFormSend(services, parseFormSend(await readJson(request))));
    case "POST /grants": {
      const grant = parseGrant(await readJson(request));
      if (grant.access === "none") services.store.revoke(grant.delegate, grant.owner);
      else services.store.grant(grant.delegate, grant.owner, grant.access);
      return new Response(null, { status: 204 });
    }
    default:
      return (
        (await handleDriveControl(services, target.drive, method, path, request)) ??
        problem(404, `No control endpoint ${key}.`)
      );
  }
}

/** The `/_emulator/*` endpoints the demo and end-to-end tests drive the emulator with. No token needed. */
export async function handleControlRequest(target: ControlTarget, request: Request, path: string): Promise<Response> {
  try {
    return await route(target, request.method.toUpperCase(), path, request);
  } catch (error) {
    if (error instanceof ControlPayloadError || error instanceof RangeError) return problem(400, error.message);
    throw error;
  }
}
