/**
 * The attachment id in the `Location` header of an upload session's final `201`, e.g.
 * `https://outlook.office.com/api/v2.0/Users('…')/Events('…')/Attachments('AAMk…=')`.
 */
export function readAttachmentIdFromLocation(location: string | null): string | undefined {
  if (!location) return undefined;
  const match = /\/attachments\('([^']+)'\)/i.exec(location) ?? /\/attachments\/([^/?#]+)/i.exec(location);
  const raw = match?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
