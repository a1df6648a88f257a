import { type BridgeMethod, type BridgeResponse, parseBridgeRequest } from "./bridgeMessages";
import type { DemoBroker } from "./demoBroker";
import { type RelayWindow, unwrapRelay, wrapForRelay } from "./relayChannel";

export interface BrokerConnectionOptions {
  /** The simulated Outlook's own window, where the add-in frame's requests arrive. */
  host: RelayWindow;
  /** The add-in frame's window (an iframe's `contentWindow`), read at each message: frames reload. */
  frame: () => RelayWindow | null;
  /** The add-in's origin: requests are taken only from there, answers go only there. */
  frameOrigin: string;
  broker: Pick<DemoBroker, "answer">;
  /** How long the host takes to answer, per method: a pop-up waits for the organizer. Default 0. */
  answerDelayMs?: (method: BridgeMethod) => number;
}

export interface BrokerConnection {
  stop(): void;
}

/**
 * The parent side of the stand-in bridge: takes the requests the add-in frame relays (frameBridge.ts), has the
 * broker answer them, and posts each answer back to that frame only.
 */
export function connectBroker(options: BrokerConnectionOptions): BrokerConnection {
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const reply = (frame: RelayWindow, response: BridgeResponse, delayMs: number): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      frame.postMessage(wrapForRelay("toFrame", JSON.stringify(response)), options.frameOrigin);
    }, delayMs);
    timers.add(timer);
  };

  const onMessage = (event: MessageEvent): void => {
    const frame = options.frame();
    // Only the add-in's frame, from the add-in's origin: another frame or window posting here is ignored.
    if (!frame || event.source !== frame || event.origin !== options.frameOrigin) return;
    const payload = unwrapRelay(event.data, "toHost");
    if (payload === null) return;
    const request = parseBridgeRequest(payload);
    if (!request) return;
    reply(frame, options.broker.answer(request), options.answerDelayMs?.(request.method) ?? 0);
  };

  options.host.addEventListener("message", onMessage);
  return {
    stop() {
      options.host.removeEventListener("message", onMessage);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
