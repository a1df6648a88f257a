import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkRu: CatalogOf<typeof linkEn> = {
  "link.url.label": "Ссылка",
  "link.url.hint":
    "Вставьте ссылку для общего доступа (https://) из OneDrive, SharePoint, Dropbox или с другого сайта.",
  "link.url.site": "Открывается на сайте {name}",
  "link.url.sentAs": "Отправляется как {detail}",

  "link.error.empty": "Вставьте ссылку на файл или папку.",
  "link.error.tooLong":
    "Эта ссылка длиннее {limit} символов — это наибольшая длина, которую можно вложить. Используйте более короткую ссылку для общего доступа.",
  "link.error.whitespace": "Ссылка содержит пробелы или разрывы строк. Скопируйте её снова или удалите пробелы.",
  "link.error.invisibleCharacters":
    "Ссылка содержит невидимые символы, из-за которых её можно прочитать иначе. Скопируйте её снова с сайта.",
  "link.error.noScheme": "Добавьте https:// в начало ссылки.",
  "link.error.http":
    "Эта ссылка начинается с http:// — это небезопасно. Вкладывать можно только ссылки https://; проверьте, есть ли у сайта адрес https://.",
  "link.error.javascript":
    "Ссылки, выполняющие сценарий (javascript:), вложить нельзя. Вставьте ссылку https:// для общего доступа к файлу.",
  "link.error.data":
    "Ссылки, содержащие сами данные (data:), вложить нельзя. Используйте вкладку «Файл» или вставьте ссылку https:// для общего доступа к файлу.",
  "link.error.noHost": "После https:// нет имени сайта. Скопируйте ссылку целиком ещё раз.",
  "link.error.credentials":
    "Ссылка содержит имя пользователя или пароль (перед @). Удалите их: участники входят со своей учётной записью.",

  "link.provider.label": "Расположение",
  "link.provider.oneDriveBusiness": "SharePoint или OneDrive для работы и учебы",
  "link.provider.oneDriveConsumer": "OneDrive (личный)",
  "link.provider.other": "Другой сайт",
  "link.provider.recognised": "Определено по ссылке.",
  "link.provider.differs": "Похоже, это ссылка на {name}.",
  "link.provider.useRecognised": "Использовать определённое",

  "link.name.label": "Имя",
  "link.name.hint": "Участники увидят это имя в собрании.",

  "link.permission.label": "Что разрешает ссылка",
  "link.permission.hint":
    "Участники видят это рядом со ссылкой. Это не меняет, кто может открыть файл: это настраивается там, где файлу предоставлен общий доступ.",
  "link.permission.view": "Участники могут просматривать",
  "link.permission.edit": "Участники могут редактировать",
  "link.permission.organizationView": "Пользователи в вашей организации могут просматривать",
  "link.permission.organizationEdit": "Пользователи в вашей организации могут редактировать",
  "link.permission.anonymousView": "Все, у кого есть ссылка, могут просматривать",
  "link.permission.anonymousEdit": "Все, у кого есть ссылка, могут редактировать",
  "link.permission.other": "Другое: как позволяют параметры общего доступа ссылки",

  "link.folder.label": "Это папка",

  "link.attach": "Вложить ссылку",
  "link.sending": "Ссылка вкладывается…",
  "link.cancel": "Отмена",
  "link.cancelled": "Отменено. Ваша ссылка и выбранные параметры сохранены.",
  "link.attached": "Ссылка «{name}» вложена в собрание.",
};
