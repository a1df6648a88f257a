/** The UI languages: those of the Graph reference pages the add-in is built from. English is the fallback. */
export const UI_LOCALES = ["en", "fr", "es", "fi", "ja", "ru"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "en";

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}
