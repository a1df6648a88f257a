import { decodeBase64Strict } from "./base64";
import type { EventTimeInput } from "./eventTime";
import type { FormSend, FormSendAttachment } from "./formSend";
import type { Fault, FaultRule, RandomFaultRates } from "./faults";
import type { NewEvent } from "./store";

/** Thrown for a control request whose JSON does not say what it should. */
export class ControlPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ControlPayloadError";
  }
}

type JsonObject = Record<string, unknown>;

function object(value: unknown, what: string): JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ControlPayloadError(`${what} must be a JSON object.`);
  }
  return value as JsonObject;
}

function text(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") throw new ControlPayloadError(`${what} must be a non-empty string.`);
  return value;
}

/** Any string, the empty one included. */
function plainText(value: unknown, what: string): string {
  if (typeof value !== "string") throw new ControlPayloadError(`${what} must be a string.`);
  return value;
}

function optionalText(value: unknown, what: string): string | undefined {
  return value === undefined ? undefined : text(value, what);
}

function count(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ControlPayloadError(`${what} must be a number, zero or more.`);
  }
  return value;
}

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new ControlPayloadError("The body is not JSON.");
  }
}

function parseFault(value: unknown): Fault {
  const fault = object(value, "fault");
  switch (fault["kind"]) {
    case "status": {
      const retryAfter = fault["retryAfter"];
      if (retryAfter !== undefined && retryAfter !== null && typeof retryAfter !== "string") {
        throw new ControlPayloadError("fault.retryAfter must be a string or null.");
      }
      const code = optionalText(fault["code"], "fault.code");
      const message = fault["message"] === undefined ? undefined : plainText(fault["message"], "fault.message");
      return {
        kind: "status",
        status: count(fault["status"], "fault.status"),
        ...(code === undefined ? {} : { code }),
        ...(message === undefined ? {} : { message }),
        ...(retryAfter === undefined ? {} : { retryAfter }),
      };
    }
    case "drop":
      return { kind: "drop" };
    case "lostResponse":
      return { kind: "lostResponse" };
    case "delay":
      return { kind: "delay", ms: count(fault["ms"], "fault.ms") };
    case "corsRefused":
      return { kind: "corsRefused" };
    case "claimsChallenge":
      return { kind: "claimsChallenge", claims: plainText(fault["claims"], "fault.claims") };
    default:
      throw new ControlPayloadError(
        'fault.kind must be "status", "drop", "lostResponse", "delay", "corsRefused" or "claimsChallenge".',
      );
  }
}

/** `{"match":{"method":"POST","path":"/attachments$"},"times":1,"fault":{"kind":"status","status":503}}` */
export function parseFaultRule(value: unknown): FaultRule {
  const rule = object(value, "The rule");
  const match = rule["match"] === undefined ? undefined : object(rule["match"], "match");
  const method = optionalText(match?.["method"], "match.method");
  const path = optionalText(match?.["path"], "match.path");
  if (path !== undefined) {
    try {
      new RegExp(path);
    } catch {
      throw new ControlPayloadError("match.path must be a regular expression.");
    }
  }
  return {
    ...(match === undefined
      ? {}
      : { match: { ...(method === undefined ? {} : { method }), ...(path === undefined ? {} : { path }) } }),
    ...(rule["times"] === undefined ? {} : { times: count(rule["times"], "times") }),
    fault: parseFault(rule["fault"]),
  };
}

export function parseRandomFaults(value: unknown): { seed: number; rates: RandomFaultRates } {
  const body = object(value, "The body");
  const rates = object(body["rates"], "rates");
  const parsed: RandomFaultRates = {};
  for (const key of ["throttle429", "throttle429NoRetryAfter", "unavailable503", "drop", "lostResponse"] as const) {
    if (rates[key] !== undefined) parsed[key] = count(rates[key], `rates.${key}`);
  }
  return { seed: count(body["seed"], "seed"), rates: parsed };
}

function eventTime(value: unknown, what: string): EventTimeInput {
  if (typeof value === "string") return value;
  const time = object(value, what);
  return { dateTime: text(time["dateTime"], `${what}.dateTime`), timeZone: text(time["timeZone"], `${what}.timeZone`) };
}

/**
 * An event as the simulated Outlook saves it. `visibleAfter` (ISO time) or `visibleAfterMs` (from now) delays
 * the moment Graph can see it, as classic Outlook's cached mode does.
 */
export function parseNewEvent(value: unknown, now: Date): NewEvent {
  const body = object(value, "The event");
  const id = optionalText(body["id"], "id");
  if (id !== undefined && !/^[A-Za-z0-9_-]+=*$/.test(id)) throw new ControlPayloadError("id must be a REST id.");
  const location = optionalText(body["location"], "location");
  const content = body["body"] === undefined ? undefined : plainText(body["body"], "body");
  if (body["isAllDay"] !== undefined && typeof body["isAllDay"] !== "boolean") {
    throw new ControlPayloadError("isAllDay must be a boolean.");
  }
  let visibleAfter: Date | undefined;
  if (body["visibleAfter"] !== undefined) {
    visibleAfter = new Date(text(body["visibleAfter"], "visibleAfter"));
    if (Number.isNaN(visibleAfter.getTime())) throw new ControlPayloadError("visibleAfter must be an ISO date-time.");
  } else if (body["visibleAfterMs"] !== undefined) {
    visibleAfter = new Date(now.getTime() + count(body["visibleAfterMs"], "visibleAfterMs"));
  }
  return {
    ...(id === undefined ? {} : { id }),
    owner: text(body["owner"], "owner"),
    subject: typeof body["subject"] === "string" ? body["subject"] : "",
    start: eventTime(body["start"], "start"),
    end: eventTime(body["end"], "end"),
    ...(content === undefined ? {} : { body: content }),
    ...(location === undefined ? {} : { location }),
    ...(body["isAllDay"] === undefined ? {} : { isAllDay: body["isAllDay"] }),
    ...(visibleAfter === undefined ? {} : { visibleAfter }),
  };
}

export function parseGrant(value: unknown): { delegate: string; owner: string; access: "read" | "write" | "none" } {
  const body = object(value, "The grant");
  const access = body["access"];
  if (access !== "read" && access !== "write" && access !== "none") {
    throw new ControlPayloadError('access must be "read", "write" or "none".');
  }
  return { delegate: text(body["delegate"], "delegate"), owner: text(body["owner"], "owner"), access };
}

export function parseConfig(value: unknown): { mailboxConcurrencyLimit?: number | null } {
  const body = object(value, "The configuration");
  const limit = body["mailboxConcurrencyLimit"];
  if (limit === undefined) return {};
  if (limit === null) return { mailboxConcurrencyLimit: null };
  return { mailboxConcurrencyLimit: count(limit, "mailboxConcurrencyLimit") };
}

export function parseTokenToExpire(value: unknown): string {
  return text(object(value, "The body")["token"], "token");
}

function formAttachment(value: unknown, index: number): FormSendAttachment {
  const what = `attachments[${index}]`;
  const attachment = object(value, what);
  const name = text(attachment["name"], `${what}.name`);
  if (attachment["kind"] === "file") {
    const bytes = decodeBase64Strict(plainText(attachment["contentBytes"], `${what}.contentBytes`));
    if (!bytes) throw new ControlPayloadError(`${what}.contentBytes must be standard base64.`);
    return { kind: "file", name, isInline: attachment["isInline"] === true, bytes };
  }
  if (attachment["kind"] === "item")
    return { kind: "item", name, eventId: text(attachment["eventId"], `${what}.eventId`) };
  throw new ControlPayloadError(`${what}.kind must be "file" or "item".`);
}

/**
 * `{"eventId":"…","openedAt":"2030-01-01T09:00:00.000Z","writesOwnCopy":true,"attachments":[{"kind":"file",
 * "name":"a.txt","contentBytes":"…"},{"kind":"item","name":"Kickoff","eventId":"…"}]}`
 */
export function parseFormSend(value: unknown): FormSend {
  const body = object(value, "The send");
  const openedAt = new Date(text(body["openedAt"], "openedAt"));
  if (Number.isNaN(openedAt.getTime())) throw new ControlPayloadError("openedAt must be an ISO date-time.");
  if (typeof body["writesOwnCopy"] !== "boolean") throw new ControlPayloadError("writesOwnCopy must be a boolean.");
  const attachments = body["attachments"] ?? [];
  if (!Array.isArray(attachments)) throw new ControlPayloadError("attachments must be an array.");
  return {
    eventId: text(body["eventId"], "eventId"),
    openedAt,
    writesOwnCopy: body["writesOwnCopy"],
    attachments: attachments.map(formAttachment),
  };
}
