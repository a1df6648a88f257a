import { MAX_NAME_LENGTH } from "../core/limits";

/**
 * OneDrive and SharePoint naming rules: characters they refuse anywhere in a name, names they keep, and the length
 * of a whole path. Checked before the upload so the organizer gets a clear answer instead of a 400.
 */
const INVALID_CHARACTERS = /["*:<>?/\\|\p{Cc}]/u;
const RESERVED = /^(?:\.lock|con|prn|aux|nul|com\d|lpt\d|desktop\.ini|\.+)$/i;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
/** SharePoint's limit on a decoded path below the drive. */
export const MAX_DRIVE_PATH_LENGTH = 400;

/** The problem with one name, or undefined when OneDrive accepts it. */
export function driveNameProblem(name: string): string | undefined {
  if (name === "" || name.trim() !== name) return "is empty or starts or ends with a space";
  if ([...name].length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  if (INVALID_CHARACTERS.test(name)) return 'contains one of " * : < > ? / \\ | or a control character';
  if (BIDI_CONTROLS.test(name)) return "contains bidirectional override characters";
  if (RESERVED.test(name.replace(/\.[^.]*$/, "")) || RESERVED.test(name)) return "is a reserved name";
  if (name.startsWith("~$")) return 'starts with "~$"';
  if (name.includes("_vti_")) return 'contains "_vti_"';
  return undefined;
}

/** Splits a folder path (`"Attachments"`, `"Attachments/Meetings"`, `"/"` for the root) into segments. */
export function folderSegments(path: string): string[] | undefined {
  const segments = path.split("/").filter((segment) => segment !== "");
  return segments.every((segment) => driveNameProblem(segment) === undefined) ? segments : undefined;
}
