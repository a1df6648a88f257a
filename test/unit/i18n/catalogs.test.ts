import { createIntl } from "react-intl";
import { formatFileSize } from "../../../src/i18n/formatFileSize";
import { loadMessages } from "../../../src/i18n/loadMessages";
import { UI_LOCALES } from "../../../src/i18n/locales";
import { en, type MessageId } from "../../../src/i18n/messages/en";

const ids = Object.keys(en) as MessageId[];
const sampleValues = {
  owner: "Megan",
  detail: "detail",
  seconds: 5,
  path: "demo",
  percent: 0.5,
  name: "agenda.pdf",
  size: "2 MB",
  message: "message",
  reference: "ref-1",
  limit: "35 MB",
  host: "outlook.office.com",
  count: 3,
  first: "1601",
  last: "4500",
  client: "classicWindows",
  what: "filesAndEvents",
  text: "budget",
  date: "Mar 12, 2025",
  kind: "organizationView",
};

describe.each(UI_LOCALES)("the %s catalog", (locale) => {
  test("defines every message id, and nothing else", async () => {
    const messages = await loadMessages(locale);
    expect(Object.keys(messages).sort()).toEqual([...ids].sort());
  });

  test("every message is valid ICU, formats without error and is not left empty", async () => {
    const messages = await loadMessages(locale);
    const errors: string[] = [];
    const intl = createIntl({ locale, messages, onError: (error) => errors.push(`${error.code}: ${error.message}`) });
    for (const id of ids) {
      expect(intl.formatMessage({ id }, sampleValues).trim()).not.toBe("");
    }
    expect(errors).toEqual([]);
  });

  if (locale !== "en") {
    test("is translated (most texts differ from English)", async () => {
      const messages = await loadMessages(locale);
      const same = ids.filter((id) => messages[id] === en[id] && /[a-z]{4}/i.test(en[id].replace(/\{[^}]*\}/g, "")));
      expect(same).toEqual([]);
    });
  }
});

describe("formatFileSize", () => {
  test.each([
    [0, "en", "0 bytes"],
    [1, "en", "1 byte"],
    [1023, "en", "1,023 bytes"],
    [1536, "en", "1.5 kB"],
    [3 * 1024 * 1024, "en", "3 MB"],
    [150 * 1024 * 1024, "en", "150 MB"],
    [2.5 * 1024 * 1024, "fr", "2,5 Mo"],
  ])("%d bytes in %s is %s", (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale).replace(/\u202f|\u00a0/g, " ")).toBe(expected);
  });
});
