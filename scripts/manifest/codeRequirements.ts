/**
 * What the add-in's code needs from Outlook, read from src/office/requirements.ts so the manifest cannot promise
 * less than the code uses. The file is read as text, not imported: the check must not run project code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { errorCode } from "./assets";

export const DEFAULT_MAILBOX_VERSION = "1.8";
export const REQUIREMENTS_SOURCE = "src/office/requirements.ts";

export interface CodeRequirements {
  /** Lowest Mailbox requirement set the code needs, e.g. "1.8". */
  readonly mailbox: string;
  /** Where the value came from, for messages. */
  readonly source: string;
  /** Set when the value is a default rather than read from the code. */
  readonly note?: string;
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

/** Reads src/office/requirements.ts under `rootDir`, if it exists. */
export function readCodeRequirements(rootDir: string): CodeRequirements {
  let text: string | undefined;
  try {
    text = readFileSync(join(rootDir, REQUIREMENTS_SOURCE), "utf8");
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  return parseCodeRequirements(text);
}
