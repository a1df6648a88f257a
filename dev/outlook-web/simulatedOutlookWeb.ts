import { createMeetingDraft, type MeetingDraft, type SavedItemInfo } from "../office/meetingDraft";
import { SCENARIO_PROFILES, type HostScenario, type ScenarioProfile } from "../office/scenarios";
import type { SimulatedTheme } from "../office/themes";
import { appContextFor, appContextInputOf, type ManifestPermission } from "./appContext";
import { composeItemMethods } from "./composeItemMethods";
import { outlookWebFrameUrl } from "./frameUrl";
import { hostNotSupported, type HostResponse } from "./hostResponses";
import { initialDataFor } from "./initialData";
import { themeEventData, THEME_EVENT } from "./themeEvent";
import { createHostEndpoint, type HostEndpoint } from "./xdm/hostEndpoint";
import type { XdmRequest } from "./xdm/messages";

export interface SimulatedOutlookWebOptions {
  frame: HTMLIFrameElement;
  /** Absolute URL of the add-in's task pane page. */
  addinPageUrl: string;
  scenario: HostScenario;
  language: string;
  theme: SimulatedTheme;
  /** The manifest's `<Permissions>`: office.js refuses calls that need more. */
  permission: ManifestPermission;
  addinId: string;
  addinName: string;
  onItemSaved?: (info: SavedItemInfo) => Promise<void>;
}

export interface SimulatedOutlookWeb {
  readonly profile: ScenarioProfile;
  readonly draft: MeetingDraft;
  /** The organizer opens the add-in: Outlook navigates the pane's frame to the add-in's page. */
  openPane(): void;
  /** The organizer switches Office's theme: OfficeThemeChanged reaches the pane if it registered for it. */
  setTheme(theme: SimulatedTheme): boolean;
  /** Every request office.js sent, in order (action name and, for ExecuteMethod, the dispatch id). */
  requests(): readonly string[];
  close(): void;
}

interface ExecuteMethodData {
  ApiParams?: unknown;
  MethodData?: { DispatchId?: unknown };
}

/**
 * One line of the request log: the action, with the dispatch id of a method call or the host action of a
 * notification (office.js's `OSF.AgaveHostAction`: 21 the pane's URL, 13/14 Tab out, 15 Escape out, 0/1 focus).
 */
function describe(request: XdmRequest): string {
  const dispatchId = (request.data as ExecuteMethodData | null)?.MethodData?.DispatchId;
  if (typeof dispatchId === "number") return `${request.actionName}:${dispatchId}`;
  const hostAction: unknown = Array.isArray(request.data) ? request.data[1] : undefined;
  return typeof hostAction === "number" ? `${request.actionName}:${hostAction}` : request.actionName;
}

/**
 * Outlook on the web around an add-in: frames the task pane with `_host_Info` and `_xdm_Info` once the organizer
 * opens it (`openPane`), and answers the real office.js over its cross-frame channel for the scenario's
 * appointment, in the organizer's compose form.
 */
export function startSimulatedOutlookWeb(win: Window, options: SimulatedOutlookWebOptions): SimulatedOutlookWeb {
  const profile = SCENARIO_PROFILES[options.scenario];
  const draft = createMeetingDraft(profile, options.onItemSaved ? { onItemSaved: options.onItemSaved } : {});
  const methods = composeItemMethods(profile, draft);
  const addinOrigin = new URL(options.addinPageUrl).origin;
  const conversationId = `ma-${crypto.randomUUID()}`;
  const log: string[] = [];
  let theme = options.theme;

  const executeMethod = (data: unknown): HostResponse | Promise<HostResponse> => {
    const call = (data ?? {}) as ExecuteMethodData;
    const dispatchId = call.MethodData?.DispatchId;
    const method = typeof dispatchId === "number" ? methods[dispatchId] : undefined;
    if (!method) {
      console.warn(`The simulated Outlook does not answer dispatch id ${String(dispatchId)}.`);
      return hostNotSupported();
    }
    const parameters = call.ApiParams;
    return method(typeof parameters === "object" && parameters !== null ? (parameters as Record<string, unknown>) : {});
  };

  const endpoint: HostEndpoint = createHostEndpoint(win, {
    frameWindow: () => options.frame.contentWindow,
    addinOrigin,
    conversationId,
    onRequest: (request) => {
      log.push(describe(request));
      // The pane registers for the theme after it starts; Outlook then reports the organizer's theme.
      if (request.actionName === THEME_EVENT)
        setTimeout(() => endpoint.fireEvent(THEME_EVENT, themeEventData(theme)), 0);
    },
    actions: {
      ContextActivationManager_getAppContextAsync: () =>
        appContextFor(
          appContextInputOf(profile, options.frame, {
            addinId: options.addinId,
            addinName: options.addinName,
            language: options.language,
            addinOrigin,
          }),
        ),
      ContextActivationManager_notifyHost: () => null,
      GetInitialData: () =>
        initialDataFor({ profile, permission: options.permission, windowWidth: options.frame.clientWidth }),
      ExecuteMethod: executeMethod,
    },
  });

  const frameInput = {
    addinPageUrl: options.addinPageUrl,
    language: options.language,
    conversationId,
    addinId: options.addinId,
    hostPageUrl: `${win.location.origin}${win.location.pathname}`,
  };

  return {
    profile,
    draft,
    openPane() {
      options.frame.src = outlookWebFrameUrl(frameInput);
    },
    setTheme(next) {
      theme = next;
      return endpoint.fireEvent(THEME_EVENT, themeEventData(next));
    },
    requests: () => log,
    close: () => endpoint.close(),
  };
}
