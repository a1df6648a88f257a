import type { NativeContextValues, Win32FrameContext } from "./frameContext";
import { NATIVE_CHANNEL, parseNativeHostMessage, type NativeCall } from "./nativeMessages";
import { toSafeArray, type NativeSafeArray } from "./safeArray";

/** How Outlook's native methods call office.js back: a SafeArray (or a bare status) and a result code. */
export type NativeCallback = (result: NativeSafeArray, resultCode: number) => unknown;
/** An event Outlook raises: its dispatch id and its SafeArray of values. */
export type NativeEventHandler = (dispId: number, payload: NativeSafeArray) => void;

/** `GetSettings()`: the add-in's custom properties of the document; Outlook keeps none for this pane. */
interface NativeSettings {
  Read(keys: string[], values: string[]): void;
  Write(keys: readonly string[], values: readonly string[]): void;
}

/** The object `window.external.GetContext()` returns: synchronous getters, named as Outlook names them. */
export interface NativeContext {
  GetAppType(): number;
  GetSolutionRef(): string;
  GetAppVersionMajor(): number;
  GetAppVersionMinor(): number;
  GetAppUILocale(): string;
  GetAppDataLocale(): string;
  GetDocUrl(): string;
  GetAppCapabilities(): number;
  GetActivationMode(): number;
  GetControlIntegrationLevel(): number;
  GetSolutionToken(): string;
  GetCorrelationId(): string;
  GetInstanceId(): string;
  GetSupportedMatrix(): string;
  GetHostFullVersion(): string;
  GetOfficeThemeInfo(): string;
  GetSettings(): NativeSettings;
}

/** The part of `window.external` outlook-win32-16.02.js uses. */
export interface NativeExternal {
  GetContext(): NativeContext;
  Execute(dispId: number, params: readonly unknown[] | null, callback: NativeCallback): void;
  RegisterEvent(dispId: number, targetId: string, handler: NativeEventHandler, callback: NativeCallback): void;
  UnregisterEvent(dispId: number, targetId: string, callback: NativeCallback): void;
}

function settingsStore(): NativeSettings {
  const stored = new Map<string, string>();
  return {
    Read(keys, values) {
      for (const [key, value] of stored) {
        keys.push(key);
        values.push(value);
      }
    },
    Write(keys, values) {
      stored.clear();
      keys.forEach((key, index) => stored.set(key, values[index] ?? ""));
    },
  };
}

function contextOf(values: NativeContextValues, officeTheme: () => string): NativeContext {
  const settings = settingsStore();
  return {
    GetAppType: () => values.appType,
    GetSolutionRef: () => values.solutionRef,
    GetAppVersionMajor: () => values.appVersionMajor,
    GetAppVersionMinor: () => values.appVersionMinor,
    GetAppUILocale: () => values.uiLocale,
    GetAppDataLocale: () => values.dataLocale,
    GetDocUrl: () => values.docUrl,
    GetAppCapabilities: () => values.appCapabilities,
    GetActivationMode: () => values.activationMode,
    GetControlIntegrationLevel: () => values.controlIntegrationLevel,
    GetSolutionToken: () => values.solutionToken,
    GetCorrelationId: () => values.correlationId,
    GetInstanceId: () => values.instanceId,
    GetSupportedMatrix: () => values.supportedMatrix,
    GetHostFullVersion: () => values.hostFullVersion,
    GetOfficeThemeInfo: officeTheme,
    GetSettings: () => settings,
  };
}

export interface ExternalStandInWindows {
  /** The add-in's frame, where answers arrive. */
  frame: Pick<Window, "addEventListener" | "removeEventListener">;
  /** The simulated Outlook's page (`window.parent`). */
  host: Pick<Window, "postMessage">;
}

/**
 * A stand-in for the `window.external` classic Outlook injects into its add-in web views: the context is answered
 * in the frame, from what the simulated Outlook left in the frame's name; every call and event registration goes
 * to the simulated Outlook page, which alone decides the answers.
 */
export function createExternalStandIn(
  windows: ExternalStandInWindows,
  frameContext: Win32FrameContext,
): NativeExternal {
  const { sessionId, hostOrigin } = frameContext;
  let officeTheme = frameContext.context.officeTheme;
  const context = contextOf(frameContext.context, () => officeTheme);
  const pending = new Map<number, NativeCallback>();
  const eventHandlers = new Map<number, NativeEventHandler>();
  let nextCallId = 1;

  const send = (call: Omit<NativeCall, "channel" | "sessionId" | "callId">, callback: NativeCallback): void => {
    const callId = nextCallId++;
    pending.set(callId, callback);
    windows.host.postMessage({ channel: NATIVE_CHANNEL, sessionId, callId, ...call }, hostOrigin);
  };

  windows.frame.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== hostOrigin || event.source !== windows.host) return;
    const message = parseNativeHostMessage(event.data, sessionId);
    if (!message) return;
    if (message.kind === "officeTheme") officeTheme = message.officeTheme;
    else if (message.kind === "event") eventHandlers.get(message.dispId)?.(message.dispId, toSafeArray(message.values));
    else {
      const callback = pending.get(message.callId);
      pending.delete(message.callId);
      callback?.(toSafeArray(message.values), message.resultCode);
    }
  });

  return {
    GetContext: () => context,
    Execute(dispId, params, callback) {
      send({ kind: "execute", dispId, params: params ?? null }, callback);
    },
    RegisterEvent(dispId, _targetId, handler, callback) {
      eventHandlers.set(dispId, handler);
      send({ kind: "registerEvent", dispId }, callback);
    },
    UnregisterEvent(dispId, _targetId, callback) {
      eventHandlers.delete(dispId);
      send({ kind: "unregisterEvent", dispId }, callback);
    },
  };
}
