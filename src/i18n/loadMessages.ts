import { en, type MessageCatalog } from "./messages/en";
import type { UiLocale } from "./locales";

/** English ships with the first screen; other languages load on demand as their own small chunks. */
export async function loadMessages(locale: UiLocale): Promise<MessageCatalog> {
  switch (locale) {
    case "en":
      return en;
    case "fr":
      return (await import(/* webpackChunkName: "i18n-fr" */ "./messages/fr")).fr;
    case "es":
      return (await import(/* webpackChunkName: "i18n-es" */ "./messages/es")).es;
    case "fi":
      return (await import(/* webpackChunkName: "i18n-fi" */ "./messages/fi")).fi;
    case "ja":
      return (await import(/* webpackChunkName: "i18n-ja" */ "./messages/ja")).ja;
    case "ru":
      return (await import(/* webpackChunkName: "i18n-ru" */ "./messages/ru")).ru;
  }
}
