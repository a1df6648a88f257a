/**
 * English text of the taskpane shell, the meeting, sign-in, the file form and every error: the source of truth
 * for these ids. ICU MessageFormat syntax (plurals, selects).
 * Every other locale must define every id (checked by the type of each catalog and by a test).
 */
export const coreEn = {
  "app.title": "Meeting Attachments",
  "app.loading": "Opening…",

  "outside.title": "Open this from an Outlook meeting",
  "outside.body":
    "Meeting Attachments works inside Outlook: open a meeting you organize, choose Edit if needed, then select Attach to meeting on the ribbon (in the Meeting Attachments group).",
  "outside.noOfficeJs": "Office could not be loaded. Check your network connection and reload this pane.",
  "part.loadFailed": "This part of the pane could not be loaded. Check your network connection, then try again.",
  "part.retry": "Try again",

  "meeting.loading": "Reading the meeting…",
  "meeting.noSubject": "(No subject)",
  "meeting.saved": "Saved",
  "meeting.notSaved": "Not saved yet",
  "meeting.series": "You are editing the whole series. Attachments go on the series.",
  "meeting.occurrence": "You are editing one occurrence. Attachments go on this occurrence only.",
  "meeting.sharedCalendar": "In {owner}'s calendar",
  "meeting.olderOutlook":
    "This version of Outlook cannot tell the add-in which meeting is open without saving it, so you will be asked to save before each attachment. Meetings in shared calendars are not recognized.",
  "meeting.readError": "The meeting's details could not be read from Outlook. {detail}",

  "save.title": "Save the meeting first?",
  "save.bodyNew":
    "Attachments can only be added to a meeting that is saved. Saving puts this meeting on your calendar; invitations are not sent until you choose Send.",
  "save.bodyExisting":
    "Attachments can only be added after your changes are saved. Saving sends an update to any attendees you added or removed.",
  "save.confirm": "Save and continue",
  "save.cancel": "Not now",
  "save.declined":
    "Nothing was saved or attached. Everything you entered is still here; choose Attach when you are ready.",

  "sync.waiting":
    "Waiting for Outlook to sync the saved meeting to the server ({seconds, plural, one {# second} other {# seconds}} so far)…",
  "sync.cancel": "Stop waiting",

  "signIn.inProgress": "Signing in…",
  "signIn.retry": "Try again",
  "signIn.path": "Signed in ({path})",

  "tab.file": "File",
  "tab.event": "Event",
  "tab.link": "Cloud link",

  "file.pick": "Choose files",
  "file.dropHint": "or drop files here",
  "file.attach": "Attach",
  "file.cancel": "Cancel",
  "file.retry": "Retry",
  "file.attachLinkInstead": "Attach a link instead",
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
  "error.withReference": "{message} (Reference for support: {reference})",

  "error.graph.unauthorized": "Microsoft 365 did not accept your sign-in. Sign in again and retry.",
  "error.graph.accessDenied":
    "You do not have permission to change this meeting. Ask the calendar's owner for edit access.",
  "error.graph.notFound": "The meeting was not found on the server. If you just saved it, wait a minute and retry.",
  "error.graph.invalidId":
    "Outlook gave an id the server does not recognize. Close and reopen the meeting, then retry.",
  "error.graph.ewsId":
    "Outlook gave an id in an old format the server cannot use. Close and reopen the meeting, then retry.",
  "error.graph.conflict": "The meeting was changed somewhere else at the same time. Retry.",
  "error.graph.tooLarge":
    "The file is too large to send in one request. Retry; if it fails again, the server refused its size.",
  "error.graph.belowSessionMinimum": "The server refused to take this file in parts because it is small. Retry.",
  "error.graph.unprocessable": "The server could not process the attachment. Retry, or report the problem.",
  "error.graph.badRequest": "The server refused the request. Retry, or report the problem.",
  "error.graph.throttled": "Microsoft 365 is busy with other requests for your mailbox. Wait a moment and retry.",
  "error.graph.server": "Microsoft 365 had a problem. Wait a moment and retry.",
  "error.graph.network": "The connection was lost. Check your network and retry.",
  "error.graph.timeout": "The server took too long to answer. Retry.",
  "error.graph.cancelled": "Cancelled.",
  "error.graph.mailboxFull": "The meeting would be larger than your mailbox allows. Attach a link to the file instead.",
  "error.graph.uploadSessionSharedMailbox":
    "Files over 3 MB cannot be attached to meetings in someone else's calendar (a Microsoft 365 limitation). Attach a link to the file instead.",
  "error.graph.uploadHostUnreachable":
    "The file could not be uploaded because Outlook's upload service ({host}) could not be reached from this network. Nothing was attached. You can attach a link to the file instead.",
  "error.graph.unexpectedResponse": "The server sent an answer the add-in does not understand. Retry.",
  "error.graph.outcomeUnknown":
    "The connection failed after the attachment was sent, so it may have been added. Check the list of attachments below before trying again.",
  "error.graph.unknown": "The server refused the request. Retry, or report the problem.",

  "error.input.nameEmpty": "Enter a name.",
  "error.input.nameTooLong": "Use a name of at most 255 characters.",
  "error.input.nameInvalid":
    "The name contains characters that cannot be used: control characters or text-direction overrides.",
  "error.input.nameReserved":
    "Windows reserves this name (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, or only dots), so attendees could not save the attachment. Choose another name.",
  "error.input.fileEmpty": "This file is empty (0 bytes), so there is nothing to attach.",
  "error.input.fileTooLarge": "This file is larger than 150 MB, the most Outlook accepts. Attach a link to it instead.",
  "error.input.fileTooLargeForCloud":
    "Files over 3 MB cannot be attached in this Microsoft 365 cloud. Attach a link to the file instead.",
  "error.input.subjectInvalid": "Enter a subject.",
  "error.input.bodyInvalid": "The description cannot be used. Check it and try again.",
  "error.input.dateInvalid": "Enter a valid date and time.",
  "error.input.timeZoneEmpty": "Choose a time zone.",
  "error.input.endBeforeStart": "The end must be after the start.",
  "error.input.allDayNotMidnight": "An all-day event must start and end at midnight.",
  "error.input.urlInvalid": "Enter a complete link, starting with https://.",
  "error.input.urlNotHttps": "Only secure links (https://) can be attached.",
  "error.input.providerUnknown": "Choose where the file is stored.",
  "error.input.permissionUnknown": "Choose what attendees may do with the link.",
  "error.input.rangeInvalid": "The end of the search period must be after its start.",
  "error.input.mailboxLimit":
    "Adding this file would make the meeting larger than {limit}, the most your mailbox accepts. Attach a link to it instead.",

  "error.auth.consentRequired": "Allow the add-in to use your calendar: choose Try again and accept the request.",
  "error.auth.adminConsentRequired":
    "Your organization requires an administrator to approve this add-in before it can use your calendar. Ask your IT administrator.",
  "error.auth.userCancelled": "Sign-in was cancelled. Choose Try again to sign in.",
  "error.auth.popupBlocked": "The sign-in window was blocked. Allow pop-ups for Outlook, then choose Try again.",
  "error.auth.noAccount": "No signed-in account was found. Choose Try again and sign in.",
  "error.auth.untrustedOrigin":
    "This add-in's registration is incomplete, so Office refused to sign you in. Ask your IT administrator to check its setup.",
  "error.auth.personalAccountUnsupported":
    "Sign-in through Office is not available for personal Microsoft accounts (Outlook.com). Use a work or school account.",
  "error.auth.office13001": "You are not signed in to Office. Sign in to Office, then choose Try again.",
  "error.auth.office13006": "Office had a sign-in problem. Sign out of Office, sign in again, and reopen the meeting.",
  "error.auth.office13012": "Sign-in through Office is not supported in this version of Outlook.",
  "error.auth.dialogClosed": "The sign-in window was closed. Choose Try again to sign in.",
  "error.auth.timeout": "Sign-in took too long. Choose Try again.",
  "error.auth.offline": "You appear to be offline. Reconnect, then choose Try again.",
  "error.auth.notConfigured": "This copy of the add-in has no sign-in configuration. Ask your IT administrator.",
  "error.auth.unknown": "Sign-in failed. Choose Try again.",

  "error.office.timeout": "Outlook did not answer in time. Retry.",
  "error.office.cancelled": "Cancelled.",
  "error.office.notAvailable":
    "This version of Outlook cannot give the add-in the meeting's details. Update Outlook, or use Outlook on the web.",
  "error.office.manifestPermission":
    "The add-in is not allowed to do this. Ask your IT administrator to check its setup.",
  "error.office.invalidArgument": "Outlook refused the request. Retry.",
  "error.office.notAppointment": "Open a meeting to use this add-in.",
  "error.office.itemNotSaved": "The meeting must be saved before anything can be attached.",
  "error.office.saveFailed": "Outlook could not save the meeting. Check your connection and retry.",
  "error.office.itemMoved": "The meeting was moved or its mailbox changed. Close and reopen it, then retry.",
  "error.office.itemChanged": "A different item was selected. Open the meeting again, then retry.",
  "error.office.itemNotFound": "Outlook could not find this meeting. Close and reopen it, then retry.",
  "error.office.networkError": "Outlook is offline. Reconnect, then retry.",
  "error.office.serverError": "The mail server returned an error. Retry in a moment.",
  "error.office.accessDenied": "You do not have permission to change this meeting.",
  "error.office.notSupportedForSharedFolders": "Outlook does not allow this in a shared calendar.",
  "error.office.attachmentTooLarge":
    "Outlook refused this file: the meeting window cannot take attachments this large. Attach a link to the file instead.",
  "error.office.tooManyAttachments":
    "The meeting window already holds as many attachments as Outlook allows. Remove one, or attach a link instead.",
  "error.office.attachmentTypeNotSupported":
    "Outlook does not allow this type of file to be attached. Attach a link to it instead.",
  "error.office.attachmentFailed": "Outlook could not add the attachment to the meeting window. Retry.",
  "error.office.formOutcomeUnknown":
    "Outlook did not confirm the attachment in time. It may still appear in the meeting window: check the window's attachments before trying again.",
  "error.office.invalidItemId": "Outlook gave an id the server does not recognize. Close and reopen the meeting.",
  "error.office.eventNotSynced":
    "The saved meeting has not reached the server yet. In classic Outlook, choose Send/Receive > Update Folder (or switch to online mode), wait a minute, then retry.",
  "error.office.hostError": "Outlook reported a problem. Retry.",
  "error.office.readOnlyDelegate":
    "You can read {owner}'s calendar but not change it, so nothing can be attached. Ask {owner} for edit access.",
} as const;
