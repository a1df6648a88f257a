/**
 * Where in Outlook the button appears, by the name each manifest format gives the same place.
 * XML: an ExtensionPoint type (Microsoft's ExtensionPoint reference); unified manifest: a ribbon `contexts` value
 * (the extensionContexts enum of MicrosoftTeams.schema.json).
 */
export const MEETING_SURFACES = {
  /** The form of a meeting the user organizes. */
  meetingOrganizer: { xml: "AppointmentOrganizerCommandSurface", unified: "meetingDetailsOrganizer" },
  /** The form of a meeting the user attends. */
  meetingAttendee: { xml: "AppointmentAttendeeCommandSurface", unified: "meetingDetailsAttendee" },
} as const;

export type MeetingSurface = keyof typeof MEETING_SURFACES;
