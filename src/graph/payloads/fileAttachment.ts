import { AttachmentInputError } from "../errors/AttachmentInputError";
import { MAX_FILE_BYTES } from "../core/limits";
import type { FileAttachmentPayload } from "./types";
import { validateAttachmentName } from "./validateName";

/** A file as the taskpane has it: a `File`, or any Blob with a name. */
export type NamedBlob = Blob & { name: string };

/** Checks a file before anything is read or sent: a name, not empty, at most 150 MB. */
export function validateFile(file: NamedBlob): string {
  const name = validateAttachmentName(file.name);
  if (file.size === 0) throw new AttachmentInputError("fileEmpty", "The file is empty.", { field: "file" });
  if (file.size > MAX_FILE_BYTES) {
    throw new AttachmentInputError("fileTooLarge", "Files over 150 MB cannot be attached to an event.", {
      field: "file",
    });
  }
  return name;
}

/** The MIME type to declare, when the browser knows it. */
export function fileContentType(file: Blob): string | undefined {
  return file.type === "" ? undefined : file.type;
}

/** `fileAttachment` body: the order follows Graph's examples; `contentType` only when known. */
export function buildFileAttachment(name: string, contentBytes: string, contentType?: string): FileAttachmentPayload {
  return {
    "@odata.type": "#microsoft.graph.fileAttachment",
    name,
    contentBytes,
    ...(contentType === undefined ? {} : { contentType }),
    isInline: false,
  };
}
