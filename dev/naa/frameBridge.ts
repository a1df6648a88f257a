import { type RelayWindow, unwrapRelay, wrapForRelay } from "./relayChannel";

/** MSAL hands its listener to the bridge and accepts either the JSON text or an event-like `{ data }`. */
export type BridgeResponseText = string | { data: string };
export type BridgeListener = (response: BridgeResponseText) => void;

/** Exactly what MSAL's BridgeProxy calls on `window.nestedAppAuthBridge`. */
export interface NestedAppAuthBridge {
  postMessage(message: string): void;
  addEventListener(eventName: string, callback: BridgeListener): void;
  removeEventListener(eventName: string, callback: BridgeListener): void;
}

export interface FrameBridgeOptions {
  /** The add-in's window: MSAL looks for the bridge here, and the host's answers arrive here. */
  frame: RelayWindow;
  /** The simulated Outlook's window (`window.parent` in the task pane's iframe): the broker. */
  host: RelayWindow;
  /** The host page's origin: requests go only there, answers are taken only from there. */
  hostOrigin: string;
}

export interface InstalledFrameBridge {
  readonly bridge: NestedAppAuthBridge;
  uninstall(): void;
}

type BridgeHostingWindow = RelayWindow & { nestedAppAuthBridge?: NestedAppAuthBridge };

/**
 * Installs a stand-in `window.nestedAppAuthBridge` in the add-in's frame, as Outlook injects its own. It only
 * relays: every request MSAL posts goes to the host window, every answer from the host goes to MSAL's listeners.
 * The host decides everything (see broker.ts). Install it before the pane creates its MSAL client
 * (src/auth/msalNestedAppAuth.ts); without it there is no nested client, as in a host that has no bridge.
 */
export function installFrameBridge(options: FrameBridgeOptions): InstalledFrameBridge {
  const frame = options.frame as BridgeHostingWindow;
  const listeners = new Set<BridgeListener>();

  const onMessage = (event: MessageEvent): void => {
    // Only the host window, from the host's origin, may answer: another frame posting to us is ignored.
    if (event.source !== options.host || event.origin !== options.hostOrigin) return;
    const payload = unwrapRelay(event.data, "toFrame");
    if (payload === null) return;
    for (const listener of [...listeners]) listener(payload);
  };

  const bridge: NestedAppAuthBridge = {
    postMessage(message) {
      if (typeof message !== "string") return;
      options.host.postMessage(wrapForRelay("toHost", message), options.hostOrigin);
    },
    addEventListener(eventName, callback) {
      if (eventName === "message") listeners.add(callback);
    },
    removeEventListener(eventName, callback) {
      if (eventName === "message") listeners.delete(callback);
    },
  };

  frame.addEventListener("message", onMessage);
  frame.nestedAppAuthBridge = bridge;
  return {
    bridge,
    uninstall() {
      frame.removeEventListener("message", onMessage);
      listeners.clear();
      if (frame.nestedAppAuthBridge === bridge) delete frame.nestedAppAuthBridge;
    },
  };
}
