/**
 * The part of the Office JavaScript API (as typed by @types/office-js) that `src/office` uses. The add-in passes
 * the real `Office` object; tests and the demo pass the simulated host from `dev/office`. Nothing here touches the
 * global `Office`, which does not exist outside an Office page.
 *
 * Members that some hosts lack are optional so that callers must feature-detect them.
 */
export type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;

type Getter<T extends { getAsync: unknown }> = Pick<T, "getAsync">;

export interface AppointmentComposeLike
  extends
    Pick<Office.AppointmentCompose, "itemType" | "saveAsync">,
    Partial<
      Pick<
        Office.AppointmentCompose,
        "getItemIdAsync" | "getSharedPropertiesAsync" | "addFileAttachmentFromBase64Async" | "addItemAttachmentAsync"
      >
    > {
  /** Mailbox 1.7: the series' id on an occurrence, null on a single meeting or a series. */
  seriesId?: string | null;
  subject: Getter<Office.Subject>;
  start: Getter<Office.Time>;
  end: Getter<Office.Time>;
  location: Getter<Office.Location>;
  /** Mailbox 1.7. */
  organizer?: Getter<Office.Organizer>;
  /** Mailbox 1.7. */
  recurrence?: Getter<Office.Recurrence>;
}

export interface MailboxLike
  extends
    Pick<Office.Mailbox, "convertToRestId">,
    Partial<Pick<Office.Mailbox, "addHandlerAsync" | "removeHandlerAsync" | "convertToEwsId">> {
  item?: AppointmentComposeLike | null;
  userProfile: Partial<Pick<Office.UserProfile, "emailAddress" | "displayName" | "timeZone" | "accountType">>;
  diagnostics?: Partial<Pick<Office.Diagnostics, "hostName" | "hostVersion">>;
}

export type OfficeThemeColors = Pick<
  Office.OfficeTheme,
  "bodyBackgroundColor" | "bodyForegroundColor" | "controlBackgroundColor" | "controlForegroundColor"
>;

export interface OfficeContextLike {
  mailbox: MailboxLike;
  displayLanguage?: string;
  /** Absent before Mailbox 1.14 and on mobile. */
  officeTheme?: Partial<OfficeThemeColors>;
  requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
  platform?: Office.PlatformType | null;
  diagnostics?: Partial<Pick<Office.ContextInformation, "platform" | "version">>;
}

export interface OfficeLike {
  context: OfficeContextLike;
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  MailboxEnums: Pick<typeof Office.MailboxEnums, "RestVersion" | "DelegatePermissions">;
  EventType: Pick<typeof Office.EventType, "OfficeThemeChanged">;
}

/**
 * @types/office-js declares several enums as numeric while the hosts use strings at run time ("succeeded",
 * "PC", …). Values from the host are therefore read as text through this helper.
 */
export function hostText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}
