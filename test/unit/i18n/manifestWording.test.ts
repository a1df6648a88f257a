import { readFileSync } from "node:fs";
import path from "node:path";
import { loadMessages } from "../../../src/i18n/loadMessages";
import type { UiLocale } from "../../../src/i18n/locales";

interface ManifestWording {
  displayName: string;
  groupLabel: string;
  buttonLabel: string;
}

const wording = JSON.parse(readFileSync(path.resolve("scripts/manifest/wording.json"), "utf8")) as Record<
  string,
  ManifestWording
>;

const MANIFEST_LOCALES: Record<UiLocale, string> = {
  en: "en-US",
  fr: "fr-FR",
  es: "es-ES",
  fi: "fi-FI",
  ja: "ja-JP",
  ru: "ru-RU",
};

describe.each(Object.entries(MANIFEST_LOCALES) as [UiLocale, string][])(
  "the %s pane and the manifest",
  (locale, tag) => {
    test("name the add-in and its ribbon button the same way", async () => {
      const messages = await loadMessages(locale);
      const manifest = wording[tag];
      if (!manifest) throw new Error(`No manifest wording for ${tag}`);
      expect(messages["app.title"]).toBe(manifest.displayName);
      // Outside Outlook the pane tells people which button to press: the one the manifest puts on the ribbon.
      expect(messages["outside.body"]).toContain(manifest.buttonLabel);
      expect(messages["outside.body"]).toContain(manifest.groupLabel);
    });
  },
);
