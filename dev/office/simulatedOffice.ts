import { deliver, failed, parseAsyncArgs, succeeded } from "./asyncCalls";
import { ASYNC_RESULT_STATUS, EVENT_TYPE, HOST_TYPE, MAILBOX_ENUMS, PLATFORM_TYPE, platformValue } from "./enums";
import { createMeetingDraft, type SavedItemInfo } from "./meetingDraft";
import type { FormAttachmentLimits, WindowAttachment } from "./meetingWindow";
import { argumentError, AUTH_CONTEXT_NOT_SUPPORTED, OFFICE_ERRORS } from "./officeErrors";
import { simulatedRequirements, supportsMailbox } from "./requirementSets";
import { SCENARIO_PROFILES, type HostScenario, type ScenarioProfile } from "./scenarios";
import { sendFromWindow, type FormSendHandler, type FormSendReport } from "./sendFromWindow";
import { createDisplayDialogAsync, type DialogResponder } from "./simulatedDialog";
import { createSimulatedFormAttachments } from "./simulatedFormAttachments";
import { THEME_COLORS, type SimulatedTheme, type ThemeColors } from "./themes";

export type { SavedItemInfo };

export interface SimulatedOfficeOptions {
  scenario: HostScenario;
  /** `Office.context.displayLanguage`; default en-US. */
  language?: string;
  theme?: SimulatedTheme;
  /** Called when a new meeting is saved; the save answers once it resolves and fails (9021) if it rejects. */
  onItemSaved?: (info: SavedItemInfo) => Promise<void>;
  /** Called when the organizer sends from the window (a demo control): the server's side of the send. */
  onFormSent?: FormSendHandler;
  /** Clock, in ms since the epoch; default `Date.now`. */
  now?: () => number;
  /** Delay before each callback; default 0 (still a separate task). */
  latencyMs?: number;
  /** Plays the dialog page for `displayDialogAsync`. */
  dialogResponder?: DialogResponder;
  randomBytes?: (length: number) => Uint8Array;
}

export interface SimulatedAppointment
  extends
    Pick<Office.AppointmentCompose, "itemType" | "saveAsync" | "addItemAttachmentAsync">,
    Partial<
      Pick<
        Office.AppointmentCompose,
        "getItemIdAsync" | "getSharedPropertiesAsync" | "addFileAttachmentFromBase64Async"
      >
    > {
  subject: Pick<Office.Subject, "getAsync">;
  start: Pick<Office.Time, "getAsync">;
  end: Pick<Office.Time, "getAsync">;
  location: Pick<Office.Location, "getAsync">;
  organizer?: Pick<Office.Organizer, "getAsync">;
  recurrence?: Pick<Office.Recurrence, "getAsync">;
  seriesId?: string | null;
}

export interface SimulatedMailbox extends Pick<
  Office.Mailbox,
  "convertToRestId" | "convertToEwsId" | "addHandlerAsync" | "removeHandlerAsync"
> {
  item: SimulatedAppointment;
  userProfile: Office.UserProfile;
  diagnostics: Pick<Office.Diagnostics, "hostName" | "hostVersion">;
}

export interface SimulatedOffice {
  onReady: typeof Office.onReady;
  context: {
    mailbox: SimulatedMailbox;
    displayLanguage: string;
    /** Absent before Mailbox 1.14 and on mobile, as in Outlook. */
    officeTheme?: ThemeColors;
    requirements: Office.RequirementSetSupport;
    host: Office.HostType;
    platform: Office.PlatformType;
    diagnostics: Office.ContextInformation;
    ui: Pick<Office.UI, "displayDialogAsync">;
  };
  auth: Pick<Office.Auth, "getAuthContext" | "getAccessToken">;
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  MailboxEnums: typeof MAILBOX_ENUMS;
  EventType: typeof EVENT_TYPE;
  HostType: typeof HOST_TYPE;
  PlatformType: typeof Office.PlatformType;
}

/** Test and demo controls that Outlook itself would drive: not part of the Office API. */
export interface SimulatedHostControl {
  readonly profile: ScenarioProfile;
  /** The organizer switches Office's theme: updates `officeTheme` and fires `OfficeThemeChanged`. */
  setTheme(theme: SimulatedTheme): void;
  /** The item's id as the host knows it now, or null while unsaved. */
  currentItemId(): string | null;
  saveCount(): number;
  /** What has been attached to the open window since it was opened (or last sent). */
  formAttachments(): readonly WindowAttachment[];
  /** Tests: the window's own limits (9000 past `maxTotalBytes`, 9001 past `maxCount`). */
  setFormLimits(limits: Partial<FormAttachmentLimits>): void;
  /** Calls `listener` whenever the window's attachments change; returns a function that stops it. */
  onFormChange(listener: () => void): () => void;
  /** The organizer presses Send in the window (see `sendFromWindow`). */
  sendFromForm(): Promise<FormSendReport>;
}

const controls = new WeakMap<SimulatedOffice, SimulatedHostControl>();

export function simulatedHostControl(office: SimulatedOffice): SimulatedHostControl {
  const control = controls.get(office);
  if (!control) throw new Error("This Office object was not made by createSimulatedOffice.");
  return control;
}

/** Demo tenant id reported by `Office.auth.getAuthContext()`. */
export const DEMO_TENANT_ID = "5f1c2b9e-7d4a-4e36-9b0f-3a8c6d2e1f47";

const THEME_EVENTS_MINOR = 14;
const ITEM_ID_MINOR = 8;
const ORGANIZER_AND_RECURRENCE_MINOR = 7;

function toRestForm(id: string): string {
  return id.replace(/\//g, "-").replace(/\+/g, "_");
}

function toEwsForm(id: string): string {
  return id.replace(/-/g, "/").replace(/_/g, "+");
}

function checkRestVersion(restVersion: unknown): void {
  if (!Object.values(MAILBOX_ENUMS.RestVersion).includes(restVersion as Office.MailboxEnums.RestVersion)) {
    throw argumentError("Sys.ArgumentException", "restVersion");
  }
}

/** An `Office` object for an appointment in compose mode, playing one of `HOST_SCENARIOS`. */
export function createSimulatedOffice(options: SimulatedOfficeOptions): SimulatedOffice {
  const profile = SCENARIO_PROFILES[options.scenario];
  const latencyMs = options.latencyMs ?? 0;
  const draft = createMeetingDraft(profile, options);
  const fields = draft.fields;
  const themeHandlers = new Set<(args: Office.OfficeThemeChangedEventArgs) => void>();
  const form = createSimulatedFormAttachments(draft.window, latencyMs);

  const getter = <T>(read: () => T): { getAsync(...args: unknown[]): void } => ({
    getAsync(...args: unknown[]): void {
      const { asyncContext, callback } = parseAsyncArgs<T>(args, true);
      deliver(callback, succeeded(read(), asyncContext), latencyMs);
    },
  });

  const item: SimulatedAppointment = {
    itemType: "appointment",
    subject: getter(() => fields.subject),
    location: getter(() => fields.location),
    start: getter(() => new Date(fields.start)),
    end: getter(() => new Date(fields.end)),
    saveAsync(...args: unknown[]): void {
      const { asyncContext, callback } = parseAsyncArgs<string>(args, false);
      deliver(callback, save(asyncContext), latencyMs);
    },
    // Mailbox 1.1: every host has it.
    addItemAttachmentAsync: form.addItemAttachmentAsync,
  };
  if (supportsMailbox(profile, ORGANIZER_AND_RECURRENCE_MINOR)) {
    item.seriesId = profile.seriesId;
    item.organizer = getter<Office.EmailAddressDetails>(() => ({
      displayName: profile.user.displayName,
      emailAddress: profile.user.upn,
      appointmentResponse: "organizer",
      recipientType: "user",
    }));
    item.recurrence = getter(() => (profile.recurring ? weeklyRecurrence(profile) : null));
  }
  if (supportsMailbox(profile, ITEM_ID_MINOR)) {
    item.addFileAttachmentFromBase64Async = form.addFileAttachmentFromBase64Async;
    item.getItemIdAsync = (...args: unknown[]): void => {
      const { asyncContext, callback } = parseAsyncArgs<string>(args, true);
      const itemId = draft.currentItemId();
      const result =
        itemId === null ? failed<string>(OFFICE_ERRORS.itemNotSaved, asyncContext) : succeeded(itemId, asyncContext);
      deliver(callback, result, latencyMs);
    };
    // Outlook attaches this method only to items from a shared folder or mailbox.
    if (profile.delegatePermissions !== undefined) {
      const permissions = profile.delegatePermissions;
      item.getSharedPropertiesAsync = (...args: unknown[]): void => {
        const { asyncContext, callback } = parseAsyncArgs<Office.SharedProperties>(args, true);
        const properties: Office.SharedProperties = {
          owner: profile.calendarOwner.upn,
          targetMailbox: profile.calendarOwner.upn,
          targetRestUrl: "https://outlook.office.com/api",
          delegatePermissions: permissions,
        };
        deliver(callback, succeeded(properties, asyncContext), latencyMs);
      };
    }
  }

  async function save(asyncContext: unknown): Promise<Office.AsyncResult<string>> {
    const outcome = await draft.save();
    return outcome.ok ? succeeded(outcome.itemId, asyncContext) : failed<string>(outcome.error, asyncContext);
  }

  const mailbox: SimulatedMailbox = {
    item,
    userProfile: {
      accountType: "office365",
      displayName: profile.user.displayName,
      emailAddress: profile.user.upn,
      timeZone: profile.user.timeZone,
    },
    diagnostics: { hostName: profile.hostName, hostVersion: profile.hostVersion },
    convertToRestId(id: string, restVersion: Office.MailboxEnums.RestVersion | string): string {
      if (id === null || id === undefined) throw argumentError("Sys.ArgumentNullException", "itemId");
      checkRestVersion(restVersion);
      return toRestForm(String(id));
    },
    convertToEwsId(id: string, restVersion: Office.MailboxEnums.RestVersion | string): string {
      if (id === null || id === undefined) throw argumentError("Sys.ArgumentNullException", "itemId");
      checkRestVersion(restVersion);
      return toEwsForm(String(id));
    },
    addHandlerAsync(eventType: unknown, handler: unknown, ...rest: unknown[]): void {
      if (
        String(eventType) !== String(EVENT_TYPE.OfficeThemeChanged) ||
        !supportsMailbox(profile, THEME_EVENTS_MINOR)
      ) {
        throw argumentError("Sys.ArgumentException", "eventType");
      }
      if (typeof handler !== "function") throw argumentError("Sys.ArgumentTypeException", "handler");
      const { asyncContext, callback } = parseAsyncArgs<void>(rest, false);
      themeHandlers.add(handler as (args: Office.OfficeThemeChangedEventArgs) => void);
      deliver(callback, succeeded(undefined, asyncContext), latencyMs);
    },
    removeHandlerAsync(eventType: unknown, ...rest: unknown[]): void {
      if (String(eventType) !== String(EVENT_TYPE.OfficeThemeChanged)) {
        throw argumentError("Sys.ArgumentException", "eventType");
      }
      const { asyncContext, callback } = parseAsyncArgs<void>(rest, false);
      themeHandlers.clear();
      deliver(callback, succeeded(undefined, asyncContext), latencyMs);
    },
  };

  const hasTheme = supportsMailbox(profile, THEME_EVENTS_MINOR) && profile.platform !== "iOS";
  const platform = platformValue(profile.platform);
  const office: SimulatedOffice = {
    onReady(callback?: (info: { host: Office.HostType; platform: Office.PlatformType }) => unknown) {
      const info = { host: HOST_TYPE.Outlook, platform };
      // Once Office is ready the callback runs at once, and a promise it returns is waited for.
      const returned: unknown = callback?.(info);
      return Promise.resolve(returned).then(() => info);
    },
    context: {
      mailbox,
      displayLanguage: options.language ?? "en-US",
      ...(hasTheme ? { officeTheme: { ...THEME_COLORS[options.theme ?? "light"] } } : {}),
      requirements: simulatedRequirements(profile),
      host: HOST_TYPE.Outlook,
      platform,
      diagnostics: { host: HOST_TYPE.Outlook, platform, version: profile.hostVersion },
      ui: {
        displayDialogAsync: createDisplayDialogAsync(options.dialogResponder, latencyMs, () =>
          typeof location === "undefined" ? undefined : location.origin,
        ),
      },
    },
    auth: {
      getAuthContext(): Promise<Office.AuthContext> {
        if (!profile.nestedAppAuth) return Promise.reject(officeError(AUTH_CONTEXT_NOT_SUPPORTED));
        return Promise.resolve({
          userObjectId: profile.user.id,
          tenantId: DEMO_TENANT_ID,
          userPrincipalName: profile.user.upn,
          authorityType: "aad",
          authorityBaseUrl: "https://login.microsoftonline.com",
          loginHint: profile.user.upn,
        });
      },
      // The demo add-in declares no WebApplicationInfo, so legacy SSO answers as it does for such add-ins.
      getAccessToken(): Promise<string> {
        return Promise.reject(officeError(OFFICE_ERRORS.identityApiNotSupported));
      },
    },
    AsyncResultStatus: ASYNC_RESULT_STATUS,
    MailboxEnums: MAILBOX_ENUMS,
    EventType: EVENT_TYPE,
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
  };

  controls.set(office, {
    profile,
    setTheme(theme) {
      if (!hasTheme) return;
      const officeTheme = { ...THEME_COLORS[theme] };
      office.context.officeTheme = officeTheme;
      for (const handler of themeHandlers) {
        const args = { type: "officeThemeChanged", officeTheme } as Office.OfficeThemeChangedEventArgs;
        setTimeout(() => handler(args), latencyMs);
      }
    },
    currentItemId: () => draft.currentItemId(),
    saveCount: () => draft.saveCount(),
    formAttachments: () => draft.window.list(),
    setFormLimits: (limits) => draft.window.setLimits(limits),
    onFormChange: (listener) => draft.window.onChange(listener),
    sendFromForm: () => sendFromWindow(profile, draft, options.onFormSent),
  });
  return office;
}

/**
 * Office rejects its promise-based calls with a plain `{ name, message, code }` object; an Error carrying the same
 * three fields keeps callers that read them working and gives a stack in the demo.
 */
function officeError(error: { code: number; name: string; message: string }): Error & Office.Error {
  return Object.assign(new Error(error.message), { name: error.name, code: error.code });
}

/** A weekly recurrence on the meeting's weekday, in the user's time zone. */
function weeklyRecurrence(profile: ScenarioProfile): Office.Recurrence {
  const pattern = {
    recurrenceType: "weekly",
    recurrenceProperties: { interval: 1, days: ["tue"] },
    recurrenceTimeZone: { name: profile.user.timeZone },
    seriesTime: { startDate: "", endDate: "", startTime: "", endTime: "" },
  };
  // Only the data members of Office.Recurrence are simulated, not its getters and setters.
  return pattern as unknown as Office.Recurrence;
}

/** Puts a simulated `Office` on the window (the demo page does this before its taskpane code runs). */
export function installSimulatedOffice(win: { Office?: unknown }, options: SimulatedOfficeOptions): SimulatedOffice {
  const office = createSimulatedOffice(options);
  win.Office = office;
  return office;
}
