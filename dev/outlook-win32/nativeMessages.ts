/**
 * The messages between the frame's stand-in for `window.external` and the simulated Outlook page. Outlook's
 * native calls are in-process; here they cross the frame boundary by `postMessage`, tagged with a channel name
 * (office.js's and the sign-in bridge's messages on the same windows are left alone) and the pane's session id.
 */
export const NATIVE_CHANNEL = "meeting-attachments/outlook-win32";

/** The pane calls Outlook: `Execute`, `RegisterEvent` or `UnregisterEvent`. */
export interface NativeCall {
  channel: typeof NATIVE_CHANNEL;
  sessionId: string;
  kind: "execute" | "registerEvent" | "unregisterEvent";
  callId: number;
  dispId: number;
  /** `Execute`'s native parameters (null when office.js passes none); absent for events. */
  params?: readonly unknown[] | null;
}

/** What a native callback receives: the values of its SafeArray and the call's result code. */
export interface NativeResult {
  values: readonly unknown[];
  resultCode: number;
}

/** Outlook answers a call, raises an event the pane registered for, or reports its new theme. */
export type NativeHostMessage =
  | ({ channel: typeof NATIVE_CHANNEL; sessionId: string; kind: "result"; callId: number } & NativeResult)
  | { channel: typeof NATIVE_CHANNEL; sessionId: string; kind: "event"; dispId: number; values: readonly unknown[] }
  | { channel: typeof NATIVE_CHANNEL; sessionId: string; kind: "officeTheme"; officeTheme: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isOnChannel(data: unknown, sessionId: string): data is Record<string, unknown> {
  return isRecord(data) && data.channel === NATIVE_CHANNEL && data.sessionId === sessionId;
}

/** A call from the pane of `sessionId`, or null for any other message. */
export function parseNativeCall(data: unknown, sessionId: string): NativeCall | null {
  if (!isOnChannel(data, sessionId)) return null;
  const { kind, callId, dispId, params } = data;
  if (kind !== "execute" && kind !== "registerEvent" && kind !== "unregisterEvent") return null;
  if (typeof callId !== "number" || typeof dispId !== "number") return null;
  if (params !== undefined && params !== null && !Array.isArray(params)) return null;
  return { channel: NATIVE_CHANNEL, sessionId, kind, callId, dispId, params: params as readonly unknown[] | null };
}

/** A message from the simulated Outlook to the pane of `sessionId`, or null for any other message. */
export function parseNativeHostMessage(data: unknown, sessionId: string): NativeHostMessage | null {
  if (!isOnChannel(data, sessionId)) return null;
  const base = { channel: NATIVE_CHANNEL, sessionId } as const;
  if (data.kind === "result" && typeof data.callId === "number" && Array.isArray(data.values)) {
    const resultCode = typeof data.resultCode === "number" ? data.resultCode : 0;
    return { ...base, kind: "result", callId: data.callId, values: data.values as unknown[], resultCode };
  }
  if (data.kind === "event" && typeof data.dispId === "number" && Array.isArray(data.values)) {
    return { ...base, kind: "event", dispId: data.dispId, values: data.values as unknown[] };
  }
  if (data.kind === "officeTheme" && typeof data.officeTheme === "string") {
    return { ...base, kind: "officeTheme", officeTheme: data.officeTheme };
  }
  return null;
}
