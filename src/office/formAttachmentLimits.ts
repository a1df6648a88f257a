/**
 * The longest Base64 text `addFileAttachmentFromBase64Async` takes: the web, Windows and Mac bundles refuse longer
 * strings before calling Outlook (`MaxBase64AttachmentSize`), as the limits page documents; the method's reference
 * page says 34,865,152.
 */
export const MAX_FORM_BASE64_LENGTH = 27_892_122;
/** The largest file whose Base64 text fits (Base64 comes in groups of four characters for three bytes). */
export const MAX_FORM_FILE_BYTES = Math.floor(MAX_FORM_BASE64_LENGTH / 4) * 3;
/** office.js gives Outlook ten minutes to add an attachment (`AddItemAttachmentClientEndPointTimeoutInMilliseconds`). */
export const FORM_ATTACH_TIMEOUT_MS = 600_000;

/** Whether a file of this size can be attached to the open window. */
export function fitsForm(byteLength: number): boolean {
  return byteLength > 0 && byteLength <= MAX_FORM_FILE_BYTES;
}
