import type { ScenarioProfile } from "../office/scenarios";

/** `OSF.AppName.OutlookWebApp`: the host office.js then talks to over the cross-frame channel. */
export const OUTLOOK_WEB_APP = 64;

/** The add-in's manifest permission as Outlook reports it to office.js (1 read item, 2 read/write mailbox, 3 read/write item). */
export const HOST_PERMISSION_LEVEL = { ReadItem: 1, ReadWriteMailbox: 2, ReadWriteItem: 3 } as const;
export type ManifestPermission = keyof typeof HOST_PERMISSION_LEVEL;

export interface AppContextInput {
  profile: ScenarioProfile;
  /** The add-in's id from its manifest (`_xdm_Info`'s second field). */
  addinId: string;
  language: string;
  addinOrigin: string;
  addinName: string;
  frameSize: { width: number; height: number };
}

/** What the add-in's frame tells about itself, read when office.js asks (the frame's size may have changed). */
export function appContextInputOf(
  profile: ScenarioProfile,
  frame: HTMLIFrameElement,
  addin: { addinId: string; addinName: string; language: string; addinOrigin: string },
): AppContextInput {
  return { profile, ...addin, frameSize: { width: frame.clientWidth, height: frame.clientHeight } };
}

/**
 * The requirement sets the scenario's Outlook reports (`_requirementMatrix`, a JSON object of set name → highest
 * version). office.js answers `Office.context.requirements.isSetSupported` from it.
 */
export function requirementMatrix(profile: ScenarioProfile): Record<string, string> {
  return {
    Mailbox: `1.${profile.mailboxMinor}`,
    DialogApi: "1.2",
    IdentityAPI: "1.3",
    ...(profile.nestedAppAuth ? { NestedAppAuth: "1.1" } : {}),
  };
}

/** The answer to `ContextActivationManager_getAppContextAsync`: who the add-in is and where it runs. */
export function appContextFor(input: AppContextInput): Record<string, unknown> {
  const { profile } = input;
  return {
    _id: input.addinId,
    _appName: OUTLOOK_WEB_APP,
    _appVersion: profile.hostVersion,
    _appUILocale: input.language,
    _dataLocale: input.language,
    _docUrl: "",
    _clientMode: 1,
    _settings: {},
    _reason: 0,
    _osfControlType: 1,
    _eToken: "",
    _correlationId: crypto.randomUUID(),
    _appInstanceId: input.addinId,
    _appMinorVersion: 1,
    _requirementMatrix: JSON.stringify(requirementMatrix(profile)),
    _hostCustomMessage: null,
    _hostFullVersion: profile.hostVersion,
    _clientWindowHeight: input.frameSize.height,
    _clientWindowWidth: input.frameSize.width,
    _addinName: input.addinName,
    _appDomains: [input.addinOrigin],
    _featureGates: {},
    _initialDisplayMode: 0,
  };
}
