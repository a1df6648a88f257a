import { GraphRequestError } from "../errors/GraphRequestError";
import { isRecord } from "../../shared/isRecord";

export type AttachmentKind = "file" | "item" | "reference" | "unknown";

/**
 * An attachment as the client returns it: the fields of Graph's answer the taskpane shows, never `contentBytes`.
 * `size` is Graph's figure, which counts more than the file's bytes.
 */
export interface AttachmentInfo {
  id: string;
  kind: AttachmentKind;
  name: string;
  contentType: string | null;
  size: number | null;
  isInline: boolean;
  lastModifiedDateTime: string | null;
  /** Reference attachments only (beta). */
  sourceUrl?: string;
  providerType?: string;
  permission?: string;
  isFolder?: boolean;
}

const KINDS: Record<string, AttachmentKind> = {
  "#microsoft.graph.fileattachment": "file",
  "#microsoft.graph.itemattachment": "item",
  "#microsoft.graph.referenceattachment": "reference",
};

export function kindOf(odataType: unknown): AttachmentKind {
  return typeof odataType === "string" ? (KINDS[odataType.toLowerCase()] ?? "unknown") : "unknown";
}

/** Reads one attachment from Graph JSON; refuses anything without a string id and name. */
export function parseAttachment(value: unknown): AttachmentInfo {
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.name !== "string") {
    throw new GraphRequestError("unexpectedResponse", "Microsoft Graph returned an attachment without id or name.");
  }
  const info: AttachmentInfo = {
    id: value.id,
    kind: kindOf(value["@odata.type"]),
    name: value.name,
    contentType: typeof value.contentType === "string" ? value.contentType : null,
    size: typeof value.size === "number" ? value.size : null,
    isInline: value.isInline === true,
    lastModifiedDateTime: typeof value.lastModifiedDateTime === "string" ? value.lastModifiedDateTime : null,
  };
  if (typeof value.sourceUrl === "string") info.sourceUrl = value.sourceUrl;
  if (typeof value.providerType === "string") info.providerType = value.providerType;
  if (typeof value.permission === "string") info.permission = value.permission;
  if (typeof value.isFolder === "boolean") info.isFolder = value.isFolder;
  return info;
}
