import type { CatalogOf } from "../catalogOf";
import type { cloudEn } from "./en";

export const cloudRu: CatalogOf<typeof cloudEn> = {
  "cloud.open": "Выбрать в OneDrive или SharePoint",
  "cloud.openHint":
    "Outlook может один раз попросить вас разрешить надстройке «Вложения собрания» открывать ваши файлы.",
  "cloud.close": "Закрыть окно выбора файлов",
  "cloud.heading": "OneDrive и SharePoint",
  "cloud.places": "Показать",
  "cloud.place.recent": "Последние",
  "cloud.place.myFiles": "Мои файлы",
  "cloud.place.sites": "Сайты",
  "cloud.search.label": "Поиск в OneDrive",
  "cloud.search.button": "Найти",
  "cloud.search.clear": "Очистить поиск",
  "cloud.search.results": "Результаты по запросу «{text}»",
  "cloud.loading": "Загрузка…",
  "cloud.empty.recent": "Последних файлов нет.",
  "cloud.empty.folder": "Эта папка пуста.",
  "cloud.empty.search":
    "В вашем OneDrive ничего не найдено по запросу «{text}». Проверьте написание или уменьшите количество слов.",
  "cloud.empty.sites":
    "Вы пока не подписаны ни на один сайт SharePoint. Подпишитесь на сайт в SharePoint, чтобы он появился здесь.",
  "cloud.empty.libraries": "На этом сайте нет библиотек документов, которые вы можете открыть.",
  "cloud.up": "Назад: {name}",
  "cloud.folderPath": "Папка: {path}",
  "cloud.entries": "Файлы и папки",
  "cloud.entry.folder":
    "Папка · {count, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}} · изменено {date}",
  "cloud.entry.file": "{size} · изменено {date}",
  "cloud.entry.site": "Сайт SharePoint",
  "cloud.entry.library": "Библиотека документов",
  "cloud.entry.open": "Открыть «{name}»",
  "cloud.entry.select": "Выбрать «{name}»",
  "cloud.entry.selected": "Выбрано",
  "cloud.shareFolder": "Вложить эту папку: {name}",
  "cloud.chosen": "Будет вложено: {name}",
  "cloud.kind.label": "Кто может открыть ссылку",
  "cloud.kind.hint": "Ссылка создаётся в OneDrive или SharePoint с этим разрешением.",
  "cloud.kind.organizationView": "Пользователи в вашей организации могут просматривать",
  "cloud.kind.organizationEdit": "Пользователи в вашей организации могут редактировать",
  "cloud.kind.anonymousView": "Все, у кого есть ссылка, могут просматривать",
  "cloud.kind.anonymousEdit": "Все, у кого есть ссылка, могут редактировать",
  "cloud.kind.refused": "Запрещено вашей организацией",
  "cloud.kind.personal": "Недоступно для личного OneDrive",
  "cloud.refused":
    "Ваша организация не разрешает ссылки, по которым {kind, select, organizationView {пользователи в вашей организации могут просматривать} organizationEdit {пользователи в вашей организации могут редактировать} anonymousView {все, у кого есть ссылка, могут просматривать} other {все, у кого есть ссылка, могут редактировать}}. Выберите другой тип ссылки.",
  "cloud.noKindLeft":
    "Ваша организация не разрешает для этого файла ни один из этих типов ссылок. Обратитесь к администратору или предоставьте общий доступ к файлу в OneDrive и вставьте ссылку ниже.",
  "cloud.attach": "Создать ссылку и вложить",
  "cloud.linking": "Создание ссылки…",
  "cloud.attached": "Ссылка на «{name}» вложена в собрание.",
  "cloud.consentDeclined":
    "Надстройка «Вложения собрания» не сможет открывать ваши файлы, пока вы этого не разрешите. Ничего не изменено. Чтобы дать разрешение, нажмите кнопку ещё раз.",
  "cloud.retry": "Повторить",
  "cloud.orPaste": "Или вставьте ссылку для общего доступа с любого сайта:",

  "upload.offer": "Отправить в OneDrive и вложить ссылку",
  "upload.offerHint":
    "Файл помещается в папку «Attachments» в вашем OneDrive, а в собрание вкладывается ссылка на него.",
  "upload.kind": "Разрешение для ссылки",
  "upload.kindChoose": "Выберите, кто может открыть ссылку",
  "upload.uploading": "Отправка в OneDrive: {percent, number, percent}",
  "upload.paused":
    "Отправка остановлена на {percent, number, percent}. Нажмите «Возобновить», чтобы продолжить с этого места.",
  "upload.cancel": "Остановить",
  "upload.resume": "Возобновить",
  "upload.failed": "Отправка остановлена: {message} Нажмите «Возобновить», чтобы продолжить с места остановки.",
  "upload.linking": "Файл отправлен. Создание ссылки…",
  "upload.attached": "Файл сохранён в OneDrive и вложен как ссылка.",
  "upload.attachLink": "Вложить ссылку",

  "error.drive.consentRequired":
    "У надстройки «Вложения собрания» нет разрешения открывать ваши файлы. Нажмите кнопку ещё раз и дайте разрешение, когда Outlook его запросит.",
  "error.drive.accessDenied": "У вас нет доступа к этому файлу или папке.",
  "error.drive.itemNotFound": "Этого файла или папки здесь больше нет: возможно, их переместили или удалили.",
  "error.drive.notAFolder": "Это файл, а не папка.",
  "error.drive.oneDriveUnavailable":
    "У вашей учётной записи ещё нет OneDrive. Откройте OneDrive один раз в браузере или попросите администратора назначить вам лицензию.",
  "error.drive.linkKindRefused": "Ваша организация не разрешает ссылки этого типа.",
  "error.drive.sharingNotSupported": "К этому элементу нельзя предоставить доступ по ссылке.",
  "error.drive.quotaExceeded": "Ваш OneDrive заполнен. Освободите место, затем нажмите «Возобновить».",
  "error.drive.nameConflict": "В папке уже есть файл с таким именем.",
  "error.drive.nameInvalid": "OneDrive не принимает такое имя файла. Переименуйте файл, затем выберите его снова.",
  "error.drive.folderPathInvalid": "Папка OneDrive для отправки файлов указана неправильно.",
  "error.drive.fileEmpty": "Файл пуст.",
  "error.drive.fileTooLarge": "Файл больше, чем допускает OneDrive (250 ГБ).",
  "error.drive.searchTextEmpty": "Введите текст для поиска.",
  "error.drive.uploadSessionExpired":
    "Отправка заняла слишком много времени, и OneDrive её сбросил. Нажмите «Возобновить», чтобы начать заново.",
  "error.drive.uploadOutcomeUnknown":
    "Соединение прервалось в тот момент, когда отправка файла завершалась. Прежде чем пробовать снова, проверьте папку «Attachments» в вашем OneDrive.",
};
