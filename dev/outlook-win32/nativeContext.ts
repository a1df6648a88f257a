import { appContextFor, type AppContextInput } from "../outlook-web/appContext";
import type { NativeContextValues } from "./frameContext";

/** `OSF.AppName.Outlook`: classic Outlook, which office.js reaches through `window.external`. */
export const OUTLOOK_DESKTOP = 8;

function field<T extends string | number>(context: Record<string, unknown>, key: string, type: "string" | "number"): T {
  const value = context[key];
  if (typeof value !== type) throw new TypeError(`The app context has no ${type} ${key}.`);
  return value as T;
}

/**
 * What `window.external.GetContext()` reports: the same app context Outlook on the web sends (add-in id,
 * languages, requirement sets, host version), with classic Outlook's application type and version numbers.
 */
export function nativeContextFor(input: AppContextInput, officeTheme: string): NativeContextValues {
  const app = appContextFor(input);
  const [major = 16, minor = 0] = input.profile.hostVersion.split(".").map(Number);
  return {
    appType: OUTLOOK_DESKTOP,
    solutionRef: field(app, "_id", "string"),
    appVersionMajor: major,
    appVersionMinor: minor,
    uiLocale: field(app, "_appUILocale", "string"),
    dataLocale: field(app, "_dataLocale", "string"),
    docUrl: field(app, "_docUrl", "string"),
    appCapabilities: field(app, "_clientMode", "number"),
    activationMode: field(app, "_reason", "number"),
    controlIntegrationLevel: field(app, "_osfControlType", "number"),
    solutionToken: field(app, "_eToken", "string"),
    correlationId: field(app, "_correlationId", "string"),
    instanceId: field(app, "_appInstanceId", "string"),
    supportedMatrix: field(app, "_requirementMatrix", "string"),
    hostFullVersion: field(app, "_hostFullVersion", "string"),
    officeTheme,
  };
}
