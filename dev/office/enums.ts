/**
 * The enum objects Office puts on the global `Office`, with their run-time values. @types/office-js declares
 * several of them as numeric enums although the hosts use strings, hence the casts, kept to this file.
 */
export const ASYNC_RESULT_STATUS = {
  Succeeded: "succeeded",
  Failed: "failed",
} as unknown as typeof Office.AsyncResultStatus;

export const MAILBOX_ENUMS = {
  RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
  DelegatePermissions: { Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 },
  ItemType: { Message: "message", Appointment: "appointment" },
} as unknown as Pick<typeof Office.MailboxEnums, "RestVersion" | "DelegatePermissions" | "ItemType">;

export const EVENT_TYPE = {
  OfficeThemeChanged: "officeThemeChanged",
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
} as unknown as Pick<typeof Office.EventType, "OfficeThemeChanged" | "DialogMessageReceived" | "DialogEventReceived">;

export const HOST_TYPE = { Outlook: "Outlook" } as unknown as Pick<typeof Office.HostType, "Outlook">;

export const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as unknown as typeof Office.PlatformType;

export function platformValue(platform: "PC" | "OfficeOnline" | "Mac" | "iOS"): Office.PlatformType {
  return PLATFORM_TYPE[platform];
}
