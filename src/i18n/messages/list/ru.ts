import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listRu: CatalogOf<typeof listEn> = {
  "list.heading": "Вложения этого собрания",
  "list.count": "{count, plural, one {# вложение} few {# вложения} many {# вложений} other {# вложения}}",
  "list.loading": "Загрузка вложений собрания…",
  "list.refreshing": "Обновление списка…",
  "list.unsaved": "Пока ничего не вложено. Вложения появятся здесь после сохранения собрания.",
  "list.empty": "К этому собранию пока ничего не вложено.",
  "list.loadFailed": "Не удалось загрузить вложения собрания. {message}",
  "list.retry": "Повторить",
  "list.readOnly": "Этот календарь доступен вам только для чтения: вы можете видеть вложения, но не удалять их.",
  "list.readOnlyOwner":
    "Календарь пользователя {owner} доступен вам только для чтения: вы можете видеть вложения этого собрания, но не удалять их.",

  "list.kind.file": "Файл",
  "list.kind.item": "Элемент Outlook",
  "list.kind.reference": "Облачная ссылка",
  "list.kind.unknown": "Вложение",

  "list.provider.oneDriveBusiness": "Хранится в OneDrive для работы или учебы",
  "list.provider.oneDriveConsumer": "Хранится в OneDrive (личном)",
  "list.provider.dropbox": "Хранится в Dropbox",
  "list.provider.other": "Хранится в другой облачной службе",
  "list.sizeUnknown": "Размер не указан",
  "list.inline": "Показано в описании собрания",
  "list.addedUnknown": "Дата добавления не указана",

  "list.remove": "Удалить",
  "list.removeLabel": "Удалить «{name}»",
  "list.confirm.title": "Удалить «{name}»?",
  "list.confirm.body":
    "Вложение будет удалено из собрания на сервере. Участники перестанут его получать, когда вы отправите обновление.",
  "list.confirm.remove": "Удалить",
  "list.confirm.cancel": "Оставить",
  "list.confirm.removing": "Удаление…",
  "list.removeFailed": "Не удалось удалить «{name}». {message}",
  "list.removedAnnouncement": "Вложение «{name}» удалено из собрания.",
};
