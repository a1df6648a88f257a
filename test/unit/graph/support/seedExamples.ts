/**
 * The request and response examples of Graph's "event: add attachment" reference pages (v1.0 and beta; the same
 * examples appear in the French, Spanish, English, Japanese and Russian pages). The v1.0 pages' file example writes
 * `"base64bWFj…"`: that `base64` prefix is a documentation typo, corrected here.
 */
export const SEED_EVENT_ID = "AAMkAGI1AAAt9AHjAAA=";
export const SEED_REFERENCE_EVENT_ID = "AAMkAGE1M88AADUv0uAAAG=";

export const SEED_FILE_CONTENT = "mac and cheese today";

export const SEED_FILE_REQUEST = {
  "@odata.type": "#microsoft.graph.fileAttachment",
  name: "menu.txt",
  contentBytes: "bWFjIGFuZCBjaGVlc2UgdG9kYXk=",
};

export const SEED_FILE_RESPONSE = {
  "@odata.context":
    "https://graph.microsoft.com/v1.0/$metadata#users('cd209b0b-3f83-4c35-82d2-d88a61820480')/events('AAMkAGI1AAAt9AHjAAA%3D')/attachments/$entity",
  "@odata.type": "#microsoft.graph.fileAttachment",
  id: "AAMkAGI1AAAt9AHjAAABEgAQAEdBogju-MJEu6Ngg-1_W0g=",
  lastModifiedDateTime: "2017-04-15T03:21:49Z",
  name: "menu.txt",
  contentType: "text/plain",
  size: 178,
  isInline: false,
  contentId: null,
  contentLocation: null,
  contentBytes: "bWFjIGFuZCBjaGVlc2UgdG9kYXk=",
};

export const SEED_ITEM_REQUEST = {
  "@odata.type": "#microsoft.graph.itemAttachment",
  name: "Holiday event",
  item: {
    "@odata.type": "microsoft.graph.event",
    subject: "Discuss gifts for children",
    body: { contentType: "HTML", content: "Let's look for funding!" },
    start: { dateTime: "2016-12-02T18:00:00", timeZone: "Pacific Standard Time" },
    end: { dateTime: "2016-12-02T19:00:00", timeZone: "Pacific Standard Time" },
  },
};

export const SEED_ITEM_RESPONSE = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#me/events('AAMkAGI1AAAt9AHjAAA=')/attachments/$entity",
  "@odata.type": "#microsoft.graph.itemAttachment",
  "@odata.id":
    "https://graph.microsoft.com/v1.0/users('fdcbcf34-2505-4d07-be5b-0a55b699d157@41a5b830-45ac-4f1b-9bfc-baafa3b7db2e')/events('AAMkAGI1AAAt9AHjAAA=')/attachments('AAMkADNkN2Jp5JVnQIe9r0=')",
  id: "AAMkADNkNJp5JVnQIe9r0=",
  lastModifiedDateTime: "2016-12-01T22:27:13Z",
  name: "Holiday event",
  contentType: null,
  size: 2473,
  isInline: false,
};

export const SEED_REFERENCE_REQUEST = {
  "@odata.type": "#microsoft.graph.referenceAttachment",
  name: "Personal pictures",
  sourceUrl: "https://contoso.com/personal/mario_contoso_net/Documents/Pics",
  providerType: "oneDriveConsumer",
  permission: "Edit",
  isFolder: "True",
};

export const SEED_REFERENCE_RESPONSE = {
  "@odata.context":
    "https://graph.microsoft.com/beta/$metadata#users/ddfcd489-628b-40d7-b48b-57002df800e5/events/AAMkAGE1M88AADUv0uAAAG%3D/attachments/$entity",
  "@odata.type": "#microsoft.graph.referenceAttachment",
  id: "AAMkAGE1Mg72tgf7hJp0PCGVCIc0g=",
  lastModifiedDateTime: "2016-03-12T06:04:38Z",
  name: "Personal pictures",
  contentType: null,
  size: 382,
  isInline: false,
  sourceUrl: "https://contoso.com/personal/mario_contoso_net/Documents/Pics",
  providerType: "oneDriveConsumer",
  thumbnailUrl: null,
  previewUrl: null,
  permission: "edit",
  isFolder: true,
};

/** Every request path of the pages, with `{id}` placeholders; the Japanese page adds lower-case variants. */
export const SEED_PATHS = [
  "/me/events/{id}/attachments",
  "/users/{id | userPrincipalName}/events/{id}/attachments",
  "/me/calendar/events/{id}/attachments",
  "/users/{id | userPrincipalName}/calendar/events/{id}/attachments",
  "/me/calendars/{id}/events/{id}/attachments",
  "/users/{id | userPrincipalName}/calendars/{id}/events/{id}/attachments",
  "/me/calendarGroups/{id}/calendars/{id}/events/{id}/attachments",
  "/users/{id | userPrincipalName}/calendarGroups/{id}/calendars/{id}/events/{id}/attachments",
];
