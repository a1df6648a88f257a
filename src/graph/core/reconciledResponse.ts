import type { AttachmentInfo, AttachmentKind } from "./attachmentInfo";

const ODATA_TYPES: Record<AttachmentKind, string | undefined> = {
  file: "#microsoft.graph.fileAttachment",
  item: "#microsoft.graph.itemAttachment",
  reference: "#microsoft.graph.referenceAttachment",
  unknown: undefined,
};

/** A `201 Created` standing in for a lost answer, built from the attachment found in the event's list. */
export function reconciledResponse(found: AttachmentInfo): Response {
  const odataType = ODATA_TYPES[found.kind];
  const body = { ...(odataType ? { "@odata.type": odataType } : {}), ...found };
  return new Response(JSON.stringify(body), { status: 201, headers: { "content-type": "application/json" } });
}
