/**
 * Locale tags in `<Override Locale="…">` and `<DefaultLocale>`.
 *
 * Office matches overrides against its display language, a culture name such as "fr-FR" (compared without regard
 * to case). A tag is checked in three steps: its shape (language, optional script, optional region, optional
 * variant, as in BCP 47); whether its language and region exist (ICU's data in the JavaScript runtime); and whether
 * Office is offered in that language at all, from the list below.
 */

/**
 * Display languages of Microsoft 365 apps (language packs and language accessory packs), from Microsoft's
 * "Language identifiers and OptionState Id values in Office" list. A well-formed tag outside it is not an error,
 * only a warning: Office would simply never pick that override.
 */
export const OFFICE_DISPLAY_LANGUAGES: readonly string[] = [
  "af-ZA",
  "am-ET",
  "ar-SA",
  "as-IN",
  "az-Latn-AZ",
  "be-BY",
  "bg-BG",
  "bn-BD",
  "bn-IN",
  "bs-Latn-BA",
  "ca-ES",
  "ca-ES-valencia",
  "cs-CZ",
  "cy-GB",
  "da-DK",
  "de-DE",
  "el-GR",
  "en-GB",
  "en-US",
  "es-ES",
  "es-MX",
  "et-EE",
  "eu-ES",
  "fa-IR",
  "fi-FI",
  "fil-PH",
  "fr-CA",
  "fr-FR",
  "ga-IE",
  "gd-GB",
  "gl-ES",
  "gu-IN",
  "ha-Latn-NG",
  "he-IL",
  "hi-IN",
  "hr-HR",
  "hu-HU",
  "hy-AM",
  "id-ID",
  "ig-NG",
  "is-IS",
  "it-IT",
  "ja-JP",
  "ka-GE",
  "kk-KZ",
  "km-KH",
  "kn-IN",
  "ko-KR",
  "kok-IN",
  "ky-KG",
  "lb-LU",
  "lt-LT",
  "lv-LV",
  "mi-NZ",
  "mk-MK",
  "ml-IN",
  "mn-MN",
  "mr-IN",
  "ms-MY",
  "mt-MT",
  "nb-NO",
  "ne-NP",
  "nl-NL",
  "nn-NO",
  "nso-ZA",
  "or-IN",
  "pa-IN",
  "pl-PL",
  "prs-AF",
  "ps-AF",
  "pt-BR",
  "pt-PT",
  "quz-PE",
  "ro-RO",
  "ru-RU",
  "rw-RW",
  "sd-Arab-PK",
  "si-LK",
  "sk-SK",
  "sl-SI",
  "sq-AL",
  "sr-Cyrl-BA",
  "sr-Cyrl-RS",
  "sr-Latn-RS",
  "sv-SE",
  "sw-KE",
  "ta-IN",
  "te-IN",
  "th-TH",
  "tk-TM",
  "tn-ZA",
  "tr-TR",
  "tt-RU",
  "ug-CN",
  "uk-UA",
  "ur-PK",
  "uz-Latn-UZ",
  "vi-VN",
  "wo-SN",
  "xh-ZA",
  "yo-NG",
  "zh-CN",
  "zh-TW",
  "zu-ZA",
];

export type LocaleVerdict =
  | { kind: "ok" }
  | { kind: "malformed"; reason: string }
  | { kind: "unknown"; reason: string }
  | { kind: "not-an-office-language"; reason: string };

const TAG_SHAPE = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(?:-([a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const scriptNames = new Intl.DisplayNames(["en"], { type: "script", fallback: "none" });
const officeLanguages = new Set(OFFICE_DISPLAY_LANGUAGES.map((tag) => tag.toLowerCase()));

/** Judges one locale tag; see the module comment for the three steps. */
export function checkLocale(tag: string): LocaleVerdict {
  const shape = TAG_SHAPE.exec(tag);
  if (shape === null) {
    return { kind: "malformed", reason: `"${tag}" is not a culture name such as "fr-FR" or "sr-Latn-RS"` };
  }
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    return { kind: "malformed", reason: `"${tag}" is not a valid BCP 47 language tag` };
  }
  const [, language = "", script, region] = shape;
  // Private-use and reserved codes (qaa–qtz, "und") have no name, so they fall out here too.
  if (languageNames.of(language.toLowerCase()) === undefined) {
    return { kind: "unknown", reason: `"${language}" in "${tag}" is not a known language code` };
  }
  if (script !== undefined && scriptNames.of(script) === undefined) {
    return { kind: "unknown", reason: `"${script}" in "${tag}" is not a known script code` };
  }
  if (region !== undefined && (region.toUpperCase() === "ZZ" || regionNames.of(region.toUpperCase()) === undefined)) {
    return { kind: "unknown", reason: `"${region}" in "${tag}" is not a known region code` };
  }
  if (!officeLanguages.has(tag.toLowerCase())) {
    return {
      kind: "not-an-office-language",
      reason: `"${tag}" is not one of the display languages Office is offered in, so Office may never pick it`,
    };
  }
  return { kind: "ok" };
}
