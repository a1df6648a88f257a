import { NATIVE_CHANNEL, parseNativeCall, type NativeCall, type NativeResult } from "./nativeMessages";
import { nativeFailure, nativeStatus } from "./nativeResults";

/** Answers one `Execute` call: its native parameters in, its native result out. */
export type NativeExecuteHandler = (
  dispId: number,
  params: readonly unknown[] | null,
) => NativeResult | Promise<NativeResult>;

export interface NativeEndpointOptions {
  /** The add-in's frame window, read at each message since a reload replaces it. */
  frameWindow: () => Window | null;
  /** The add-in's origin: messages from any other origin are ignored, and replies go only there. */
  addinOrigin: string;
  sessionId: string;
  execute: NativeExecuteHandler;
  /** Everything the pane called, for the tests' and the demo's eyes. */
  onCall?: (call: NativeCall) => void;
}

export interface NativeEndpoint {
  /** Raises an event the pane registered for; false when it had not. */
  fireEvent(dispId: number, values: readonly unknown[]): boolean;
  /** Tells the pane's `window.external` about a new theme, which `GetOfficeThemeInfo` then reports. */
  setOfficeTheme(officeTheme: string): void;
  registeredEvents(): number[];
  close(): void;
}

/**
 * Classic Outlook's side of the stand-in `window.external`: receives the pane's native calls, answers them, and
 * posts answers and events to the add-in's origin only.
 */
export function createNativeEndpoint(win: Window, options: NativeEndpointOptions): NativeEndpoint {
  const registered = new Set<number>();
  const { sessionId } = options;

  const post = (message: Record<string, unknown>): boolean => {
    const target = options.frameWindow();
    if (!target) return false;
    target.postMessage({ channel: NATIVE_CHANNEL, sessionId, ...message }, options.addinOrigin);
    return true;
  };

  const answer = async (call: NativeCall): Promise<void> => {
    let result: NativeResult;
    if (call.kind === "registerEvent") {
      registered.add(call.dispId);
      result = nativeStatus();
    } else if (call.kind === "unregisterEvent") {
      registered.delete(call.dispId);
      result = nativeStatus();
    } else {
      try {
        result = await options.execute(call.dispId, call.params ?? null);
      } catch (error) {
        console.error(`The simulated Outlook failed to answer dispatch id ${call.dispId}:`, error);
        result = nativeFailure();
      }
    }
    post({ kind: "result", callId: call.callId, values: result.values, resultCode: result.resultCode });
  };

  const onMessage = (event: MessageEvent): void => {
    if (event.origin !== options.addinOrigin || event.source !== options.frameWindow()) return;
    const call = parseNativeCall(event.data, sessionId);
    if (!call) return;
    options.onCall?.(call);
    void answer(call);
  };
  win.addEventListener("message", onMessage);

  return {
    fireEvent: (dispId, values) => registered.has(dispId) && post({ kind: "event", dispId, values }),
    setOfficeTheme: (officeTheme) => void post({ kind: "officeTheme", officeTheme }),
    registeredEvents: () => [...registered],
    close: () => win.removeEventListener("message", onMessage),
  };
}
