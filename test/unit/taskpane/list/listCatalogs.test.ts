import { createIntl } from "react-intl";
import { listEn } from "../../../../src/i18n/messages/list/en";
import { listEs } from "../../../../src/i18n/messages/list/es";
import { listFi } from "../../../../src/i18n/messages/list/fi";
import { listFr } from "../../../../src/i18n/messages/list/fr";
import { listJa } from "../../../../src/i18n/messages/list/ja";
import { listRu } from "../../../../src/i18n/messages/list/ru";

const CATALOGS = { en: listEn, fr: listFr, es: listEs, fi: listFi, ja: listJa, ru: listRu };
const VALUES = { count: 3, name: "agenda.pdf", owner: "Megan", message: "Retry." };

describe.each(Object.entries(CATALOGS))("the list's %s texts", (locale, catalog) => {
  it("format every message with the list's values, without an ICU error", () => {
    const errors: string[] = [];
    const intl = createIntl({ locale, messages: catalog, onError: (error) => errors.push(error.message) });
    for (const id of Object.keys(listEn)) {
      const text = intl.formatMessage({ id }, VALUES);
      expect(text.trim()).not.toBe("");
      expect(text).not.toContain("{");
    }
    expect(errors).toEqual([]);
  });

  it("keep every placeholder of the English text", () => {
    for (const [id, english] of Object.entries(listEn)) {
      const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? "");
      expect([id, new Set(placeholders(catalog[id as keyof typeof listEn]))]).toEqual([
        id,
        new Set(placeholders(english)),
      ]);
    }
  });
});

describe("plural forms of the count", () => {
  it.each([
    ["en", 1, "1 attachment"],
    ["en", 2, "2 attachments"],
    ["fr", 0, "0 pièce jointe"],
    ["fr", 2, "2 pièces jointes"],
    ["fi", 1, "1 liite"],
    ["fi", 4, "4 liitettä"],
    ["ru", 21, "21 вложение"],
    ["ru", 22, "22 вложения"],
    ["ru", 11, "11 вложений"],
    ["ja", 4, "4 件"],
  ] as const)("%s, %d: %s", (locale, count, expected) => {
    const intl = createIntl({ locale, messages: CATALOGS[locale] });
    expect(intl.formatMessage({ id: "list.count" }, { count })).toBe(expected);
  });
});
