/**
 * English text about the open meeting window in Outlooks that keep their own copy of it (classic Outlook on
 * Windows, Outlook on Mac): what goes into the window, what goes to the server, and what to do before sending.
 */
export const openFormEn = {
  "openForm.notice.why":
    "{client, select, mac {Outlook on Mac} other {Classic Outlook}} keeps its own copy of this open meeting and does not see what the add-in adds on the server. When you save or send from this window, what was added on the server may be dropped, and attendees receive only what the window holds.",
  "openForm.notice.toWindow":
    "{what, select, filesAndEvents {Files and events picked from your calendar} files {Files} other {Events picked from your calendar}} are therefore added to this window itself, so they go out with your update.",
  "openForm.notice.toServer":
    "{what, select, linksEventsLargeFiles {Cloud links, new events and files over {limit}} linksEventsFiles {Cloud links, new events and files} other {Attachments}} can only be added on the server. After adding them, close this window without saving, open the meeting again from your calendar{client, select, classicWindows { (in cached mode, once Outlook has synced: Send/Receive)} other {}}, check they are listed, then send the update from there.",
  "openForm.afterWindowAttach":
    "Send the update from this meeting window: what was added to the window goes out with it.",
  "openForm.afterServerAttach":
    "Before you send: what was just changed on the server is not in this window. Close the window without saving, open the meeting again from your calendar{client, select, classicWindows { (in cached mode, once Outlook has synced)} other {}}, check the attachments, then send the update from there.",

  "file.addingToWindow": "Adding to the meeting window…",
  "file.attachedToWindow": "Added to the meeting window",
  "file.attachedToWindowAnnouncement": "{name} is added to the meeting window.",
  "event.attachedToWindow": "“{name}” is added to the meeting window.",
} as const;
