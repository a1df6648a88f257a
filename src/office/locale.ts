import { DEFAULT_LOCALE, isUiLocale, UI_LOCALES, type UiLocale } from "../i18n/locales";

export { UI_LOCALES, type UiLocale };

/**
 * The taskpane language for Office's `displayLanguage` (an RFC 1766 / BCP 47 tag such as `fr-CA`): its primary
 * language when the add-in has messages for it, English otherwise (`pt-BR` → `en`).
 */
export function pickUiLocale(displayLanguage: string | null | undefined): UiLocale {
  if (typeof displayLanguage !== "string") return DEFAULT_LOCALE;
  const primary = displayLanguage.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return isUiLocale(primary) ? primary : DEFAULT_LOCALE;
}
