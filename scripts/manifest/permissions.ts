/**
 * The manifest's <Permissions> compared with what the code's Outlook calls need (src/office/hostPermissions.ts):
 * it must be exactly the highest level they need. More gives the add-in access it never uses (and a broader
 * consent prompt for administrators); less makes Outlook refuse the calls that need it.
 */
import type { Finding } from "./findings";
import { child, type XmlElement } from "./xmlTree";

/** The schema's values, least first (the same list as src/office/hostPermissions.ts, which a test keeps equal). */
export const MANIFEST_PERMISSION_LEVELS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"] as const;
export type ManifestPermissionLevel = (typeof MANIFEST_PERMISSION_LEVELS)[number];

export function isPermissionLevel(value: string): value is ManifestPermissionLevel {
  return (MANIFEST_PERMISSION_LEVELS as readonly string[]).includes(value);
}

export interface PermissionNeed {
  /** The highest level among the code's calls. */
  readonly level: ManifestPermissionLevel;
  /** The calls that need that level, e.g. ["item.saveAsync"]. */
  readonly neededBy: readonly string[];
}

/** The highest level in a table of calls and their levels, and the calls that need it. */
export function highestNeed(table: ReadonlyMap<string, ManifestPermissionLevel>): PermissionNeed {
  let level: ManifestPermissionLevel = "Restricted";
  for (const needed of table.values()) {
    if (MANIFEST_PERMISSION_LEVELS.indexOf(needed) > MANIFEST_PERMISSION_LEVELS.indexOf(level)) level = needed;
  }
  const neededBy = [...table].filter(([, needed]) => needed === level).map(([call]) => call);
  return { level, neededBy };
}

export function checkPermission(root: XmlElement, need: PermissionNeed, source: string): Finding[] {
  const element = child(root, "Permissions");
  // A manifest without <Permissions> is reported by the identity check already.
  if (element === undefined) return [];
  const declared = element.text;
  if (!isPermissionLevel(declared)) {
    return [
      {
        severity: "error",
        code: "unknown-permission",
        message: `<Permissions> is "${declared}", not one of ${MANIFEST_PERMISSION_LEVELS.join(", ")}.`,
        line: element.line,
      },
    ];
  }
  const declaredRank = MANIFEST_PERMISSION_LEVELS.indexOf(declared);
  const neededRank = MANIFEST_PERMISSION_LEVELS.indexOf(need.level);
  const calls = need.neededBy.join(", ");
  if (declaredRank > neededRank) {
    return [
      {
        severity: "error",
        code: "permission-too-broad",
        message:
          `The manifest asks for ${declared}, but the code's Outlook calls need no more than ${need.level} ` +
          `(${calls}; ${source}). Ask for ${need.level}.`,
        line: element.line,
      },
    ];
  }
  if (declaredRank < neededRank) {
    return [
      {
        severity: "error",
        code: "permission-too-narrow",
        message:
          `The manifest asks for ${declared}, but the code needs ${need.level} for ${calls} (${source}); ` +
          `Outlook refuses those calls below it.`,
        line: element.line,
      },
    ];
  }
  return [];
}
