/**
 * The strings of manifest.json that are translated, by their key in a localization file (the dotted paths of
 * MicrosoftTeams.Localization.schema.json) and the wording entry they come from. The generator fills both the
 * manifest and each language's file from this one list; the package check requires every key in every file.
 */
import type { Wording } from "../source/addin";

const GROUP = "extensions[0].ribbons[0].tabs[0].groups[0]";
const BUTTON = `${GROUP}.controls[0]`;
export const GROUP_LABEL_KEY = `${GROUP}.label`;
export const BUTTON_LABEL_KEY = `${BUTTON}.label`;

export const LOCALIZED_FIELDS: ReadonlyArray<{ readonly key: string; readonly wording: keyof Wording }> = [
  { key: "name.short", wording: "displayName" },
  { key: "name.full", wording: "displayName" },
  { key: "description.short", wording: "shortDescription" },
  { key: "description.full", wording: "description" },
  { key: GROUP_LABEL_KEY, wording: "groupLabel" },
  { key: BUTTON_LABEL_KEY, wording: "buttonLabel" },
  { key: `${BUTTON}.supertip.title`, wording: "supertipTitle" },
  { key: `${BUTTON}.supertip.description`, wording: "supertipDescription" },
];

/**
 * The value at a localization key such as `extensions[0].ribbons[0].label` in a parsed manifest, or undefined
 * when the path leads nowhere.
 */
export function valueAtKey(document: unknown, key: string): unknown {
  let current: unknown = document;
  for (const part of key.split(".")) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (match === null) return undefined;
    current = isObject(current) ? current[match[1]] : undefined;
    for (const index of match[2].match(/\d+/g) ?? []) {
      current = Array.isArray(current) ? (current as unknown[])[Number(index)] : undefined;
    }
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
