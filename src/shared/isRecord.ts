/** True for any non-null object (arrays included): the first check before reading fields of parsed JSON or a message. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
