/**
 * ExtensionPoint types valid in an Outlook (MailApp) manifest, as listed in Microsoft's manifest reference
 * (https://learn.microsoft.com/javascript/api/manifest/extensionpoint, "Extension points for Outlook").
 */
export const MAIL_EXTENSION_POINTS: readonly string[] = [
  "MessageReadCommandSurface",
  "MessageComposeCommandSurface",
  "AppointmentOrganizerCommandSurface",
  "AppointmentAttendeeCommandSurface",
  "Module",
  "MobileMessageReadCommandSurface",
  "MobileOnlineMeetingCommandSurface",
  "MobileLogEventAppointmentAttendee",
  "LaunchEvent",
  "Events",
  "DetectedEntity",
  "ReportPhishingCommandSurface",
];
