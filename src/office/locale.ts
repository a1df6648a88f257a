export const UI_LOCALES = ["en", "fr", "es", "fi", "ja", "ru"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * The taskpane language for Office's `displayLanguage` (an RFC 1766 / BCP 47 tag such as `fr-CA`): its primary
 * language when the add-in has messages for it, English otherwise (`pt-BR` → `en`).
 */
export function pickUiLocale(displayLanguage: string | null | undefined): UiLocale {
  if (typeof displayLanguage !== "string") return "en";
  const primary = displayLanguage.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return isUiLocale(primary) ? primary : "en";
}
