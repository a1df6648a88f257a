/**
 * Holds a built manifest.xml and a built app package to each other: both are generated from one source, so any
 * difference means one of them was edited or built from another revision. Compared: the id, the version, the
 * permission (and shared-folder support), the meeting surface, the Mailbox requirement, the task pane URL, and the
 * add-in name and button label in every language.
 */
import type { Finding } from "./findings";
import { MEETING_SURFACES } from "./source/surfaces";
import { MANIFEST_FILE, textOf, type PackageFiles } from "./unified/appPackage";
import { BUTTON_LABEL_KEY, GROUP_LABEL_KEY, valueAtKey } from "./unified/localizedFields";
import { SHARED_FOLDERS_PERMISSION, UNIFIED_PERMISSION_NAMES } from "./unified/permissionNames";
import { isPermissionLevel } from "./permissions";
import { attr, child, children, descendants, parseXml, type XmlElement } from "./xmlTree";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON value as text: strings as they are, anything else as "". */
function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function readJson(files: PackageFiles, name: string): unknown {
  const bytes = files.get(name);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(textOf(bytes)) as unknown;
  } catch {
    return undefined; // the package check reports it
  }
}

/** DefaultValue and each Override of an element or of a resource string, by lower-case locale. */
function xmlTexts(element: XmlElement | undefined, defaultLocale: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (element === undefined) return texts;
  texts.set(defaultLocale.toLowerCase(), attr(element, "DefaultValue") ?? "");
  for (const override of children(element, "Override")) {
    texts.set((attr(override, "Locale") ?? "").toLowerCase(), attr(override, "Value") ?? "");
  }
  return texts;
}

/** The strings of manifest.json by lower-case locale, for one localization key. */
function jsonTexts(files: PackageFiles, manifest: Json, key: string): Map<string, string> {
  const texts = new Map<string, string>();
  const info = isObject(manifest.localizationInfo) ? manifest.localizationInfo : {};
  texts.set((text(info.defaultLanguageTag) || "en-us").toLowerCase(), text(valueAtKey(manifest, key)));
  const languages = Array.isArray(info.additionalLanguages) ? info.additionalLanguages.filter(isObject) : [];
  for (const language of languages) {
    const file = readJson(files, String(language.file));
    if (isObject(file)) texts.set(String(language.languageTag).toLowerCase(), text(file[key]));
  }
  return texts;
}

export function checkAgreement(xml: string, files: PackageFiles): Finding[] {
  const findings: Finding[] = [];
  const disagree = (what: string, xmlSays: string, jsonSays: string): void => {
    if (xmlSays === jsonSays) return;
    findings.push({
      severity: "error",
      code: "manifests-disagree",
      message: `${what}: manifest.xml says "${xmlSays}", the app package's manifest.json says "${jsonSays}".`,
    });
  };
  const parsed = parseXml(xml);
  const manifest = readJson(files, MANIFEST_FILE);
  if (!parsed.ok || !isObject(manifest)) return findings; // each file's own check reports why it is unreadable
  const root = parsed.root;
  const defaultLocale = child(root, "DefaultLocale")?.text ?? "en-US";

  disagree("The id", (child(root, "Id")?.text ?? "").toLowerCase(), text(manifest.id).toLowerCase());
  disagree("The version", child(root, "Version")?.text ?? "", `${text(manifest.version)}.0`);

  const level = child(root, "Permissions")?.text ?? "";
  const permissionNames = (valueAtKey(manifest, "authorization.permissions.resourceSpecific") ?? []) as unknown[];
  const names = permissionNames.filter(isObject).map((entry) => String(entry.name));
  const mailboxName = names.filter((name) => name !== SHARED_FOLDERS_PERMISSION).join(", ");
  disagree("The permission", isPermissionLevel(level) ? UNIFIED_PERMISSION_NAMES[level] : level, mailboxName);
  const sharedXml = descendants(root).some((e) => e.name === "SupportsSharedFolders" && e.text === "true");
  disagree("Shared-folder support", String(sharedXml), String(names.includes(SHARED_FOLDERS_PERMISSION)));

  const points = descendants(root)
    .filter((element) => element.name === "ExtensionPoint")
    .map((element) => attr(element, "type") ?? "");
  const contexts = (valueAtKey(manifest, "extensions[0].ribbons[0].contexts") ?? []) as unknown[];
  const asXml = contexts.map((context) => {
    const surface = Object.values(MEETING_SURFACES).find((names) => names.unified === context);
    return surface === undefined ? String(context) : surface.xml;
  });
  disagree("The meeting surface", [...new Set(points)].sort().join(", "), [...new Set(asXml)].sort().join(", "));

  const mailboxSet = descendants(child(root, "Requirements") ?? root).find(
    (element) => element.name === "Set" && attr(element, "Name") === "Mailbox",
  );
  disagree(
    "The Mailbox requirement",
    mailboxSet === undefined ? "" : (attr(mailboxSet, "MinVersion") ?? ""),
    text(valueAtKey(manifest, "extensions[0].requirements.capabilities[0].minVersion")),
  );

  const taskpane = descendants(root).find(
    (element) => element.name === "Url" && attr(element, "id") === "Taskpane.Url",
  );
  disagree(
    "The task pane URL",
    taskpane === undefined ? "" : (attr(taskpane, "DefaultValue") ?? ""),
    text(valueAtKey(manifest, "extensions[0].runtimes[0].code.page")),
  );

  const resourceString = (id: string): XmlElement | undefined =>
    descendants(root).find((element) => element.name === "String" && attr(element, "id") === id);
  const pairs: Array<[string, XmlElement | undefined, string]> = [
    ["The name", child(root, "DisplayName"), "name.short"],
    ["The description", child(root, "Description"), "description.full"],
    ["The group label", resourceString("Group.Label"), GROUP_LABEL_KEY],
    ["The button label", resourceString("Button.Label"), BUTTON_LABEL_KEY],
  ];
  for (const [what, element, key] of pairs) {
    const fromXml = xmlTexts(element, defaultLocale);
    const fromJson = jsonTexts(files, manifest, key);
    for (const locale of new Set([...fromXml.keys(), ...fromJson.keys()])) {
      disagree(`${what} (${locale})`, fromXml.get(locale) ?? "", fromJson.get(locale) ?? "");
    }
  }
  return findings;
}
