/**
 * What classic Outlook on Windows knows about the add-in before any of its scripts run, and hands to office.js
 * synchronously through `window.external.GetContext()`. The simulated Outlook writes it into the frame URL's
 * fragment, which the frame reads synchronously at start (a frame's `name` would not do: Chromium gives a frame
 * the name its element had when it was inserted, not one set later); the stand-in `window.external` reads it.
 */
export interface NativeContextValues {
  /** `GetAppType`: `OSF.AppName.Outlook` (8). */
  appType: number;
  /** `GetSolutionRef`: the add-in's id from its manifest. */
  solutionRef: string;
  appVersionMajor: number;
  appVersionMinor: number;
  uiLocale: string;
  dataLocale: string;
  docUrl: string;
  /** `GetAppCapabilities`: office.js's client mode. */
  appCapabilities: number;
  /** `GetActivationMode`: the initialization reason. */
  activationMode: number;
  controlIntegrationLevel: number;
  solutionToken: string;
  correlationId: string;
  instanceId: string;
  /** `GetSupportedMatrix`: requirement set name → highest version, as JSON. */
  supportedMatrix: string;
  hostFullVersion: string;
  /** `GetOfficeThemeInfo`: the theme's colours as integers, as JSON. */
  officeTheme: string;
}

/** How the frame's stand-in reaches the simulated Outlook for everything asynchronous. */
export interface NativeChannelInfo {
  /** Tags every message of this pane's session; a reloaded pane gets a new one. */
  sessionId: string;
  /** The simulated Outlook page's origin: requests go only there, answers are taken only from there. */
  hostOrigin: string;
}

export interface Win32FrameContext extends NativeChannelInfo {
  context: NativeContextValues;
}

/** The fragment key under which the simulated Outlook leaves the native context (office.js reads none like it). */
const FRAGMENT_KEY = "_outlookWin32=";

/** The frame URL's fragment that carries the native context. */
export function outlookWin32Fragment(frameContext: Win32FrameContext): string {
  return `#${FRAGMENT_KEY}${encodeURIComponent(JSON.stringify(frameContext))}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const STRING_FIELDS = [
  "solutionRef",
  "uiLocale",
  "dataLocale",
  "docUrl",
  "solutionToken",
  "correlationId",
  "instanceId",
  "supportedMatrix",
  "hostFullVersion",
  "officeTheme",
] as const;
const NUMBER_FIELDS = [
  "appType",
  "appVersionMajor",
  "appVersionMinor",
  "appCapabilities",
  "activationMode",
  "controlIntegrationLevel",
] as const;

function isContextValues(value: unknown): value is NativeContextValues {
  if (!isRecord(value)) return false;
  return (
    STRING_FIELDS.every((field) => typeof value[field] === "string") &&
    NUMBER_FIELDS.every((field) => typeof value[field] === "number")
  );
}

/** The native context the simulated Outlook left in the frame URL's fragment, or null when there is none. */
export function readWin32FrameContext(hash: string): Win32FrameContext | null {
  const at = hash.indexOf(FRAGMENT_KEY);
  if (at < 0) return null;
  let entry: unknown;
  try {
    entry = JSON.parse(decodeURIComponent(hash.slice(at + FRAGMENT_KEY.length).split("&")[0] ?? ""));
  } catch {
    return null;
  }
  if (!isRecord(entry) || typeof entry.sessionId !== "string" || typeof entry.hostOrigin !== "string") return null;
  if (!isContextValues(entry.context)) return null;
  return { sessionId: entry.sessionId, hostOrigin: entry.hostOrigin, context: entry.context };
}
