/**
 * What the add-in's code needs from Outlook, read from src/office/requirements.ts (the Mailbox requirement set) and
 * src/office/hostPermissions.ts (the permission each Outlook call needs), so the manifest cannot promise less than
 * the code uses, nor ask for more permission. The files are read as text, not imported: the check must not run
 * project code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { errorCode } from "./assets";
import { highestNeed, isPermissionLevel, type ManifestPermissionLevel, type PermissionNeed } from "./permissions";

export const DEFAULT_MAILBOX_VERSION = "1.8";
export const REQUIREMENTS_SOURCE = "src/office/requirements.ts";
export const PERMISSIONS_SOURCE = "src/office/hostPermissions.ts";

export interface CodePermission extends PermissionNeed {
  /** Where the table came from, for messages. */
  readonly source: string;
}

export interface CodeRequirements {
  /** Lowest Mailbox requirement set the code needs, e.g. "1.8". */
  readonly mailbox: string;
  /** Where the value came from, for messages. */
  readonly source: string;
  /** Set when the value is a default rather than read from the code. */
  readonly note?: string;
  /** The permission the code's Outlook calls need; undefined when the table cannot be read (see permissionNote). */
  readonly permission?: CodePermission;
  readonly permissionNote?: string;
}

const DECLARATION = /export\s+const\s+REQUIRED_MAILBOX_VERSION\s*(?::\s*string\s*)?=\s*(["'])(\d+\.\d+)\1/;

/** Reads the requirement from the text of requirements.ts (`undefined` when the file does not exist). */
export function parseCodeRequirements(sourceText: string | undefined): CodeRequirements {
  if (sourceText === undefined) {
    return {
      mailbox: DEFAULT_MAILBOX_VERSION,
      source: "default",
      note: `${REQUIREMENTS_SOURCE} does not exist; assuming the code needs Mailbox ${DEFAULT_MAILBOX_VERSION}.`,
    };
  }
  const match = DECLARATION.exec(sourceText);
  if (match === null) {
    return {
      mailbox: DEFAULT_MAILBOX_VERSION,
      source: "default",
      note:
        `${REQUIREMENTS_SOURCE} has no \`export const REQUIRED_MAILBOX_VERSION = "n.n"\`; ` +
        `assuming the code needs Mailbox ${DEFAULT_MAILBOX_VERSION}.`,
    };
  }
  return { mailbox: match[2], source: REQUIREMENTS_SOURCE };
}

const PERMISSION_TABLE = /export\s+const\s+HOST_CALL_PERMISSIONS\s*=\s*\{([^}]*)\}/;
const PERMISSION_ENTRY = /^\s*"([^"]+)"\s*:\s*"([A-Za-z]+)"\s*,?\s*$/;

/**
 * Reads `export const HOST_CALL_PERMISSIONS = { "call": "Level", … }` from the text of hostPermissions.ts, one
 * entry a line (comments and blank lines skipped). Anything else in the table is a reason to stop, not to guess.
 */
export function parseCodePermission(
  sourceText: string | undefined,
): { permission: CodePermission } | { permissionNote: string } {
  if (sourceText === undefined) return { permissionNote: `${PERMISSIONS_SOURCE} does not exist.` };
  const body = PERMISSION_TABLE.exec(sourceText)?.[1];
  if (body === undefined) {
    return { permissionNote: `${PERMISSIONS_SOURCE} has no \`export const HOST_CALL_PERMISSIONS = { … }\`.` };
  }
  const table = new Map<string, ManifestPermissionLevel>();
  for (const line of body.split("\n")) {
    if (/^\s*(\/\/.*)?$/.test(line)) continue;
    const entry = PERMISSION_ENTRY.exec(line);
    if (entry === null || !isPermissionLevel(entry[2])) {
      return {
        permissionNote: `${PERMISSIONS_SOURCE}: cannot read the line "${line.trim()}" of HOST_CALL_PERMISSIONS.`,
      };
    }
    table.set(entry[1], entry[2]);
  }
  if (table.size === 0) return { permissionNote: `${PERMISSIONS_SOURCE}: HOST_CALL_PERMISSIONS is empty.` };
  return { permission: { ...highestNeed(table), source: PERMISSIONS_SOURCE } };
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
    return undefined;
  }
}

/** Reads src/office/requirements.ts and src/office/hostPermissions.ts under `rootDir`, where they exist. */
export function readCodeRequirements(rootDir: string): CodeRequirements {
  return {
    ...parseCodeRequirements(readOptional(join(rootDir, REQUIREMENTS_SOURCE))),
    ...parseCodePermission(readOptional(join(rootDir, PERMISSIONS_SOURCE))),
  };
}
