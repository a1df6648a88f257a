import { createMeetingDraft } from "../office/meetingDraft";
import { SCENARIO_PROFILES } from "../office/scenarios";
import { appContextInputOf } from "../outlook-web/appContext";
import { composeItemMethods } from "../outlook-web/composeItemMethods";
import { initialDataFor } from "../outlook-web/initialData";
import type { SimulatedOutlookWeb, SimulatedOutlookWebOptions } from "../outlook-web/simulatedOutlookWeb";
import { themeColorsJson } from "../outlook-web/themeEvent";
import { outlookWin32FrameUrl } from "./frameUrl";
import { nativeContextFor } from "./nativeContext";
import { createNativeDispatcher } from "./nativeDispatcher";
import { createNativeEndpoint } from "./nativeEndpoint";
import type { NativeCall } from "./nativeMessages";

/** `OSF.DDA.EventDispId.dispidOfficeThemeChangedEvent`. */
export const THEME_CHANGED_EVENT = 9;

export type SimulatedOutlookWin32Options = SimulatedOutlookWebOptions;
export type SimulatedOutlookWin32 = SimulatedOutlookWeb;

const CALL_NAMES: Readonly<Record<NativeCall["kind"], string>> = {
  execute: "Execute",
  registerEvent: "RegisterEvent",
  unregisterEvent: "UnregisterEvent",
};

/**
 * Classic Outlook on Windows around an add-in: frames the task pane with `_host_Info=Outlook$Win32$…` once the
 * organizer opens it (`openPane`), leaves the native context in the frame's URL for the pane's stand-in
 * `window.external`, and answers that stand-in's calls for the scenario's appointment with the same answers as the
 * simulated Outlook on the web.
 */
export function startSimulatedOutlookWin32(win: Window, options: SimulatedOutlookWin32Options): SimulatedOutlookWin32 {
  const profile = SCENARIO_PROFILES[options.scenario];
  const draft = createMeetingDraft(profile, options.onItemSaved ? { onItemSaved: options.onItemSaved } : {});
  const addinOrigin = new URL(options.addinPageUrl).origin;
  const sessionId = `ma-win32-${crypto.randomUUID()}`;
  const log: string[] = [];

  const initialData = (): Record<string, unknown> => {
    const data = initialDataFor({ profile, permission: options.permission, windowWidth: options.frame.clientWidth });
    // OWAView is Outlook on the web's alone.
    delete data.owaView;
    return data;
  };

  const endpoint = createNativeEndpoint(win, {
    frameWindow: () => options.frame.contentWindow,
    addinOrigin,
    sessionId,
    execute: createNativeDispatcher(composeItemMethods(profile, draft), initialData),
    onCall: (call) => log.push(`${CALL_NAMES[call.kind]}:${call.dispId}`),
  });

  // Unlike Outlook on the web, classic Outlook raises no theme event on registration: office.js reads the
  // theme from GetOfficeThemeInfo at start.
  const context = nativeContextFor(
    appContextInputOf(profile, options.frame, {
      addinId: options.addinId,
      addinName: options.addinName,
      language: options.language,
      addinOrigin,
    }),
    themeColorsJson(options.theme),
  );
  const frameContext = { sessionId, hostOrigin: win.location.origin, context };

  return {
    profile,
    draft,
    openPane() {
      options.frame.src = outlookWin32FrameUrl(options.addinPageUrl, options.language, frameContext);
    },
    setTheme(next) {
      endpoint.setOfficeTheme(themeColorsJson(next));
      return endpoint.fireEvent(THEME_CHANGED_EVENT, [themeColorsJson(next)]);
    },
    requests: () => log,
    close: () => endpoint.close(),
  };
}
