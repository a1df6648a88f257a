/**
 * The content type Graph fills in from a file's name when the request gives none (the reference page's
 * `menu.txt` comes back as `text/plain`). A short table covers what meeting organizers attach.
 */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: "text/plain",
  csv: "text/csv",
  htm: "text/html",
  html: "text/html",
  md: "text/markdown",
  ics: "text/calendar",
  json: "application/json",
  xml: "application/xml",
  pdf: "application/pdf",
  zip: "application/x-zip-compressed",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  webp: "image/webp",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
};

export function contentTypeForName(name: string): string {
  const dot = name.lastIndexOf(".");
  const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : "";
  return BY_EXTENSION[extension] ?? "application/octet-stream";
}
