import {
  DocumentPdfRegular,
  DocumentRegular,
  DocumentTableRegular,
  DocumentTextRegular,
  FolderRegular,
  FolderZipRegular,
  ImageRegular,
  MusicNote2Regular,
  SlideTextRegular,
  VideoRegular,
} from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { DriveEntry } from "../../../graph";

type IconKind = "folder" | "pdf" | "word" | "sheet" | "slides" | "image" | "video" | "audio" | "archive" | "other";

const BY_EXTENSION: Record<string, IconKind> = {
  pdf: "pdf",
  doc: "word",
  docx: "word",
  odt: "word",
  rtf: "word",
  txt: "word",
  md: "word",
  xls: "sheet",
  xlsx: "sheet",
  csv: "sheet",
  ods: "sheet",
  ppt: "slides",
  pptx: "slides",
  odp: "slides",
  png: "image",
  jpg: "image",
  jpeg: "image",
  gif: "image",
  svg: "image",
  webp: "image",
  heic: "image",
  mp4: "video",
  mov: "video",
  avi: "video",
  mkv: "video",
  webm: "video",
  mp3: "audio",
  wav: "audio",
  m4a: "audio",
  zip: "archive",
  "7z": "archive",
  rar: "archive",
};

/** What kind of file an entry is, from its extension, then its MIME type. */
export function iconKindOf(entry: Pick<DriveEntry, "isFolder" | "extension" | "mimeType">): IconKind {
  if (entry.isFolder) return "folder";
  const byExtension = entry.extension ? BY_EXTENSION[entry.extension] : undefined;
  if (byExtension) return byExtension;
  const family = entry.mimeType?.split("/")[0];
  if (family === "image" || family === "video" || family === "audio") return family;
  return "other";
}

const ICONS: Record<IconKind, (props: { "aria-hidden": true; fontSize: number }) => ReactNode> = {
  folder: FolderRegular,
  pdf: DocumentPdfRegular,
  word: DocumentTextRegular,
  sheet: DocumentTableRegular,
  slides: SlideTextRegular,
  image: ImageRegular,
  video: VideoRegular,
  audio: MusicNote2Regular,
  archive: FolderZipRegular,
  other: DocumentRegular,
};

/** The entry's type icon; decorative, as the row's text says what it is. */
export function DriveIcon({ entry }: { entry: Pick<DriveEntry, "isFolder" | "extension" | "mimeType"> }): ReactNode {
  const Icon = ICONS[iconKindOf(entry)];
  return <Icon aria-hidden fontSize={20} />;
}
