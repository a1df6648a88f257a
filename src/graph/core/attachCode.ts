/**
 * What attaching needs beyond listing and removing: the payload builders and the base64 encoder. The client loads
 * this module with its first attachment, so a pane that only lists what the meeting holds does not carry it.
 */
export { buildEventAttachment } from "../payloads/eventAttachment";
export { buildFileAttachment } from "../payloads/fileAttachment";
export { buildReferenceAttachment } from "../payloads/referenceAttachment";
export { selectBase64Encoder } from "../utils/base64";
