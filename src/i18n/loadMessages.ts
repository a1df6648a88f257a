import type { MessageCatalog } from "./messages/en";
import type { UiLocale } from "./locales";

/**
 * A language's whole catalog, each as its own chunk. The pane shows English from enFirstScreen.ts (in the first
 * screen) and the forms' English from enEventForm.ts and enLinkForm.ts, so the whole English catalog is loaded only where asked for.
 */
export async function loadMessages(locale: UiLocale): Promise<MessageCatalog> {
  switch (locale) {
    case "en":
      return (await import(/* webpackChunkName: "i18n-en" */ "./messages/en")).en;
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
