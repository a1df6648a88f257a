/**
 * How the add-in frame's stand-in bridge and the simulated Outlook's broker wrap MSAL's bridge messages for
 * `window.postMessage`: a channel tag (other messages on the same windows, such as office.js's own, are left
 * alone), a direction, and MSAL's JSON text untouched. Each side also checks the other window's identity and
 * origin before it reads a message (see frameBridge.ts and broker.ts).
 */
export const RELAY_CHANNEL = "meeting-attachments/nested-app-auth";

export type RelayDirection = "toHost" | "toFrame";

export interface RelayEnvelope {
  channel: typeof RELAY_CHANNEL;
  direction: RelayDirection;
  payload: string;
}

export function wrapForRelay(direction: RelayDirection, payload: string): RelayEnvelope {
  return { channel: RELAY_CHANNEL, direction, payload };
}

/** The payload of an envelope going `direction`, or null for any other message. */
export function unwrapRelay(data: unknown, direction: RelayDirection): string | null {
  if (typeof data !== "object" || data === null) return null;
  const envelope = data as Partial<RelayEnvelope>;
  if (envelope.channel !== RELAY_CHANNEL || envelope.direction !== direction) return null;
  return typeof envelope.payload === "string" ? envelope.payload : null;
}

/** The parts of a window the relay uses: the real `Window` fits. */
export interface RelayWindow {
  postMessage(message: unknown, targetOrigin: string): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}
