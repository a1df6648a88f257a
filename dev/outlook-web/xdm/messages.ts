import { isRecord } from "../../../src/shared/isRecord";

/**
 * The cross-frame messages office.js exchanges with Outlook on the web (`Microsoft.Office.Common.Request` and
 * `Response` in outlook-web-16.01.debug.js): JSON strings posted between the add-in's frame and its parent.
 */
export const MESSAGE_TYPE = { request: 0, response: 1 } as const;
export const ACTION_TYPE = { invoke: 0, registerEvent: 1, unregisterEvent: 2 } as const;
export const RESPONSE_TYPE = { forCalling: 0, forEventing: 1 } as const;

/** `Microsoft.Office.Common.InvokeResultCode`. */
export const INVOKE_RESULT = {
  noError: 0,
  errorInRequest: -1,
  errorHandlingRequest: -2,
  errorHandlingRequestAccessDenied: -5,
} as const;

/** office.js stamps every message with the serializer it used; 1 is `OSF.SerializerVersion.Browser` (JSON). */
const SERIALIZER_BROWSER = 1;

export interface XdmRequest {
  actionName: string;
  actionType: number;
  conversationId: string;
  correlationId: number | string;
  data: unknown;
}

/** A request from the add-in, or null for anything else (other frames' traffic, responses, non-JSON). */
export function parseRequest(raw: unknown): XdmRequest | null {
  if (typeof raw !== "string") return null;
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(message) || message._messageType !== MESSAGE_TYPE.request) return null;
  const { _actionName, _actionType, _conversationId, _correlationId, _data } = message;
  if (typeof _actionName !== "string" || typeof _conversationId !== "string") return null;
  if (typeof _correlationId !== "number" && typeof _correlationId !== "string") return null;
  return {
    actionName: _actionName,
    actionType: typeof _actionType === "number" ? _actionType : ACTION_TYPE.invoke,
    conversationId: _conversationId,
    correlationId: _correlationId,
    data: _data ?? null,
  };
}

export interface XdmResponse {
  actionName: string;
  conversationId: string;
  correlationId: number | string;
  errorCode: number;
  responseType: number;
  data: unknown;
}

/** The JSON string office.js's `_receive` takes as a response (or, with forEventing, as an event). */
export function serializeResponse(response: XdmResponse, origin: string): string {
  return JSON.stringify({
    _messageType: MESSAGE_TYPE.response,
    _actionName: response.actionName,
    _conversationId: response.conversationId,
    _correlationId: response.correlationId,
    _origin: origin,
    _data: response.data,
    _errorCode: response.errorCode,
    _responseType: response.responseType,
    _serializerVersion: SERIALIZER_BROWSER,
  });
}
