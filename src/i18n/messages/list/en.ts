/** English text of the attachment list. */
export const listEn = {
  "list.heading": "Attachments on this meeting",
  "list.count": "{count, plural, one {# attachment} other {# attachments}}",
  "list.loading": "Loading the meeting's attachments…",
  "list.refreshing": "Updating the list…",
  "list.unsaved": "Nothing is attached yet. Attachments appear here once the meeting is saved.",
  "list.empty": "Nothing is attached to this meeting yet.",
  "list.loadFailed": "The meeting's attachments could not be loaded. {message}",
  "list.retry": "Retry",
  "list.readOnly": "This calendar is read-only for you: you can see its attachments but not remove them.",
  "list.readOnlyOwner":
    "{owner}'s calendar is read-only for you: you can see this meeting's attachments but not remove them.",

  "list.kind.file": "File",
  "list.kind.item": "Outlook item",
  "list.kind.reference": "Cloud link",
  "list.kind.unknown": "Attachment",

  "list.provider.oneDriveBusiness": "Stored in OneDrive for work or school",
  "list.provider.oneDriveConsumer": "Stored in OneDrive (personal)",
  "list.provider.dropbox": "Stored in Dropbox",
  "list.provider.other": "Stored in another cloud service",
  "list.sizeUnknown": "Size not reported",
  "list.inline": "Shown in the meeting description",
  "list.addedUnknown": "Date added not reported",

  "list.remove": "Remove",
  "list.removeLabel": "Remove {name}",
  "list.confirm.title": "Remove {name}?",
  "list.confirm.body":
    "It is removed from the meeting on the server. Attendees stop receiving it once you send the update.",
  "list.confirm.remove": "Remove",
  "list.confirm.cancel": "Keep it",
  "list.confirm.removing": "Removing…",
  "list.removeFailed": "{name} could not be removed. {message}",
  "list.removedAnnouncement": "{name} was removed from the meeting.",
} as const;
