/** English text of the cloud-link form. */
export const linkEn = {
  "link.url.label": "Link",
  "link.url.hint": "Paste a sharing link (https://) from OneDrive, SharePoint, Dropbox or another site.",
  "link.url.site": "Opens on {name}",
  "link.url.sentAs": "Sent as {detail}",

  "link.error.empty": "Paste the link to the file or folder.",
  "link.error.tooLong":
    "This link is longer than {limit} characters, the most that can be attached. Use a shorter sharing link.",
  "link.error.whitespace": "The link contains spaces or line breaks. Copy it again, or remove the spaces.",
  "link.error.invisibleCharacters":
    "The link contains invisible characters that could make it read differently. Copy it again from the site.",
  "link.error.noScheme": "Add https:// at the start of the link.",
  "link.error.http":
    "This link starts with http://, which is not secure. Only https:// links can be attached; check whether the site has an https:// address.",
  "link.error.javascript":
    "Links that run a script (javascript:) cannot be attached. Paste the file's https:// sharing link.",
  "link.error.data":
    "Links that contain the content itself (data:) cannot be attached. Use the File tab, or paste the file's https:// sharing link.",
  "link.error.noHost": "The site's name is missing after https://. Copy the complete link again.",
  "link.error.credentials":
    "The link contains a user name or password (before an @). Remove them: attendees sign in with their own account.",

  "link.provider.label": "Stored in",
  "link.provider.oneDriveBusiness": "SharePoint or OneDrive for work or school",
  "link.provider.oneDriveConsumer": "OneDrive (personal)",
  "link.provider.other": "Another site",
  "link.provider.recognised": "Recognised from the link.",
  "link.provider.differs": "The link looks like {name}.",
  "link.provider.useRecognised": "Use the recognised one",

  "link.name.label": "Name",
  "link.name.hint": "Attendees see this name in the meeting.",

  "link.permission.label": "What the link allows",
  "link.permission.hint":
    "Attendees see this with the link. It does not change who can open the file: that is set where the file is shared.",
  "link.permission.view": "Attendees can view",
  "link.permission.edit": "Attendees can edit",
  "link.permission.organizationView": "People in your organization can view",
  "link.permission.organizationEdit": "People in your organization can edit",
  "link.permission.anonymousView": "Anyone with the link can view",
  "link.permission.anonymousEdit": "Anyone with the link can edit",
  "link.permission.other": "Other: as the link's sharing settings allow",

  "link.folder.label": "This is a folder",

  "link.attach": "Attach link",
  "link.sending": "Attaching the link…",
  "link.cancel": "Cancel",
  "link.cancelled": "Cancelled. Your link and choices are still here.",
  "link.attached": "{name} is attached to the meeting.",
} as const;
