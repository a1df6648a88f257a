/**
 * English UI text, the source of truth for message ids. ICU MessageFormat syntax (plurals, selects).
 * Every other locale must define every id (checked by the type of each catalog and by a test).
 */
export const en = {
  "app.title": "Meeting attachments",
  "app.loading": "Opening…",

  "outside.title": "Open this from an Outlook meeting",
  "outside.body":
    "Meeting Attachments works inside Outlook: open a meeting you organize, choose Edit if needed, then select Meeting Attachments on the ribbon.",
  "outside.noOfficeJs": "Office could not be loaded. Check your network connection and reload this pane.",

  "meeting.loading": "Reading the meeting…",
  "meeting.noSubject": "(No subject)",
  "meeting.saved": "Saved",
  "meeting.notSaved": "Not saved yet",
  "meeting.series": "You are editing the whole series. Attachments go on the series.",
  "meeting.occurrence": "You are editing one occurrence. Attachments go on this occurrence only.",
  "meeting.sharedCalendar": "In {owner}'s calendar",
  "meeting.readError": "The meeting's details could not be read from Outlook. {detail}",

  "save.title": "Save the meeting first?",
  "save.bodyNew":
    "Attachments can only be added to a meeting that is saved. Saving puts this meeting on your calendar; invitations are not sent until you choose Send.",
  "save.bodyExisting":
    "Attachments can only be added after your changes are saved. Saving sends an update to any attendees you added or removed.",
  "save.confirm": "Save and continue",
  "save.cancel": "Not now",
  "save.declined": "Nothing was saved or attached. Your files are still listed; choose Attach when you are ready.",

  "sync.waiting":
    "Waiting for Outlook to sync the saved meeting to the server ({seconds, plural, one {# second} other {# seconds}} so far)…",
  "sync.cancel": "Stop waiting",

  "signIn.inProgress": "Signing in…",
  "signIn.retry": "Try again",
  "signIn.path": "Signed in ({path})",

  "file.pick": "Choose files",
  "file.dropHint": "or drop files here",
  "file.attach": "Attach",
  "file.cancel": "Cancel",
  "file.retry": "Retry",
  "file.remove": "Remove from the list",
  "file.queued": "Ready to attach",
  "file.uploading": "Attaching… {percent, number, percent}",
  "file.attached": "Attached",
  "file.cancelled": "Cancelled",
  "file.row": "{name}, {size}",
  "file.attachedAnnouncement": "{name} is attached to the meeting.",

  "notice.sendUpdate":
    "Send the update so attendees receive the attachments. Outlook may show them in this window only after it reloads.",

  "error.generic": "Something went wrong: {detail}",
} as const;

export type MessageId = keyof typeof en;
export type MessageCatalog = Record<MessageId, string>;
