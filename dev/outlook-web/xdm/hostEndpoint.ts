import {
  ACTION_TYPE,
  INVOKE_RESULT,
  parseRequest,
  RESPONSE_TYPE,
  serializeResponse,
  type XdmRequest,
} from "./messages";

/** Answers one invoked action; what it returns (or resolves to) is the response's data. */
export type ActionHandler = (data: unknown) => unknown;

export interface HostEndpointOptions {
  /** The add-in's frame window (its `contentWindow`), read at each message since a reload replaces it. */
  frameWindow: () => Window | null;
  /** The add-in's origin: messages from any other origin are ignored, and replies go only there. */
  addinOrigin: string;
  conversationId: string;
  /** Invoked actions by name (`ContextActivationManager_getAppContextAsync`, `GetInitialData`, …). */
  actions: Readonly<Record<string, ActionHandler>>;
  /** Everything the add-in sent, for the tests' and the demo's eyes. */
  onRequest?: (request: XdmRequest) => void;
}

export interface HostEndpoint {
  /** Sends an event to the add-in if it registered for `eventName`; false when it had not. */
  fireEvent(eventName: string, data: unknown): boolean;
  registeredEvents(): string[];
  close(): void;
}

/**
 * The Outlook on the web side of office.js's cross-frame channel: receives the add-in's requests, runs the
 * matching action, and posts the response to the add-in's origin only. Event registrations are remembered so that
 * the host can later fire the event (a response of type forEventing named after the event).
 */
export function createHostEndpoint(win: Window, options: HostEndpointOptions): HostEndpoint {
  const registered = new Map<string, number | string>();
  const origin = win.location.origin;

  const post = (request: XdmRequest, errorCode: number, data: unknown): void => {
    const target = options.frameWindow();
    if (!target) return;
    const text = serializeResponse(
      {
        actionName: request.actionName,
        conversationId: request.conversationId,
        correlationId: request.correlationId,
        errorCode,
        responseType: RESPONSE_TYPE.forCalling,
        data,
      },
      origin,
    );
    target.postMessage(text, options.addinOrigin);
  };

  const answer = async (request: XdmRequest): Promise<void> => {
    if (request.actionType === ACTION_TYPE.registerEvent) {
      registered.set(request.actionName, request.correlationId);
      post(request, INVOKE_RESULT.noError, { Error: 0 });
      return;
    }
    if (request.actionType === ACTION_TYPE.unregisterEvent) {
      registered.delete(request.actionName);
      post(request, INVOKE_RESULT.noError, { Error: 0 });
      return;
    }
    const handler = options.actions[request.actionName];
    if (!handler) {
      post(request, INVOKE_RESULT.errorHandlingRequest, `Unknown action ${request.actionName}`);
      return;
    }
    try {
      post(request, INVOKE_RESULT.noError, await handler(request.data));
    } catch (error) {
      console.error(`The simulated Outlook failed to answer ${request.actionName}:`, error);
      post(request, INVOKE_RESULT.errorHandlingRequest, String(error));
    }
  };

  const onMessage = (event: MessageEvent): void => {
    if (event.origin !== options.addinOrigin || event.source !== options.frameWindow()) return;
    const request = parseRequest(event.data);
    if (!request || !request.conversationId.startsWith(options.conversationId)) return;
    options.onRequest?.(request);
    void answer(request);
  };
  win.addEventListener("message", onMessage);

  return {
    fireEvent(eventName, data) {
      const target = options.frameWindow();
      const correlationId = registered.get(eventName);
      if (!target || correlationId === undefined) return false;
      const text = serializeResponse(
        {
          actionName: eventName,
          conversationId: options.conversationId,
          correlationId,
          errorCode: INVOKE_RESULT.noError,
          responseType: RESPONSE_TYPE.forEventing,
          data,
        },
        origin,
      );
      target.postMessage(text, options.addinOrigin);
      return true;
    },
    registeredEvents: () => [...registered.keys()],
    close: () => win.removeEventListener("message", onMessage),
  };
}
