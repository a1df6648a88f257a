import type { UploadSessionRequest } from "./types";

/** `createUploadSession` body: `{"AttachmentItem":{"attachmentType":"file","name","size"}}` (+ contentType). */
export function buildUploadSessionRequest(name: string, size: number, contentType?: string): UploadSessionRequest {
  return {
    AttachmentItem: {
      attachmentType: "file",
      name,
      size,
      ...(contentType === undefined ? {} : { contentType }),
    },
  };
}
