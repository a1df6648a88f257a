import { isRecord } from "../../shared/isRecord";

/** The parts of Graph's `{"error":{"code","message","innerError":{…}}}` envelope the client uses. */
export interface GraphErrorBody {
  code?: string;
  message?: string;
  requestId?: string;
  clientRequestId?: string;
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Parses an error body; anything that is not Graph's envelope (HTML from a proxy, empty) yields `{}`. */
export function parseGraphErrorBody(text: string): GraphErrorBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(parsed) || !isRecord(parsed.error)) return {};
  const error = parsed.error;
  // Real bodies say `innerError`; the schema says `innererror`.
  const inner = isRecord(error.innerError) ? error.innerError : isRecord(error.innererror) ? error.innererror : {};
  return {
    code: stringField(error, "code"),
    message: stringField(error, "message"),
    requestId: stringField(inner, "request-id") ?? stringField(inner, "requestId"),
    clientRequestId: stringField(inner, "client-request-id"),
  };
}
