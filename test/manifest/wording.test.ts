import wording from "../../scripts/manifest/wording.json";
import { attr, child, children, descendants, parseXml } from "../../scripts/manifest/xmlTree";
import type { XmlElement } from "../../scripts/manifest/xmlTree";
import { manifestXml } from "./helpers";

type Wording = Record<string, Record<string, string>>;

/** DefaultValue as en-US plus each Override, as a locale → text map. */
function texts(element: XmlElement): Record<string, string> {
  const result: Record<string, string> = { "en-US": attr(element, "DefaultValue") ?? "" };
  for (const override of children(element, "Override"))
    result[attr(override, "Locale") ?? "?"] = attr(override, "Value") ?? "";
  return result;
}

function byKey(words: Wording, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(words).map(([locale, entry]) => [locale, entry[key] ?? ""]));
}

const parsed = parseXml(manifestXml);
if (!parsed.ok) throw new Error(`manifest.xml does not parse: ${parsed.message}`);
const root = parsed.root;
const words: Wording = wording;

describe("manifest wording", () => {
  it("covers exactly the six languages of the project", () => {
    expect(Object.keys(words).sort()).toEqual(["en-US", "es-ES", "fi-FI", "fr-FR", "ja-JP", "ru-RU"]);
    for (const entry of Object.values(words)) {
      expect(Object.keys(entry).sort()).toEqual(
        [
          "buttonLabel",
          "description",
          "displayName",
          "groupLabel",
          "shortDescription",
          "supertipDescription",
          "supertipTitle",
        ].sort(),
      );
      for (const text of Object.values(entry)) expect(text.trim()).not.toBe("");
    }
  });

  it("uses wording.json for the display name and description", () => {
    expect(texts(child(root, "DisplayName")!)).toEqual(byKey(words, "displayName"));
    expect(texts(child(root, "Description")!)).toEqual(byKey(words, "description"));
  });

  it.each([
    ["Group.Label", "groupLabel"],
    ["Button.Label", "buttonLabel"],
    ["Button.TipTitle", "supertipTitle"],
    ["Button.TipText", "supertipDescription"],
  ])("uses wording.json for %s in both VersionOverrides", (id, key) => {
    const strings = descendants(root).filter((e) => e.name === "String" && attr(e, "id") === id);
    expect(strings).toHaveLength(2);
    for (const string of strings) expect(texts(string)).toEqual(byKey(words, key));
  });

  it("fits the unified manifest's limits: names of 30 characters, short descriptions of 80", () => {
    for (const entry of Object.values(words)) {
      expect(Array.from(entry.displayName ?? "").length).toBeLessThanOrEqual(30);
      expect(Array.from(entry.shortDescription ?? "").length).toBeLessThanOrEqual(80);
    }
  });

  it("has translations that differ from the English text", () => {
    for (const [locale, entry] of Object.entries(words)) {
      if (locale === "en-US") continue;
      expect(entry.buttonLabel).not.toBe(words["en-US"]?.buttonLabel);
      expect(entry.supertipDescription).not.toBe(words["en-US"]?.supertipDescription);
    }
  });
});
