import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventRu: CatalogOf<typeof eventEn> = {
  "event.mode.label": "Вкладываемое событие",
  "event.mode.compose": "Создать новое событие",
  "event.mode.pick": "Выбрать в моем календаре",
  "event.loadingPicker": "Открываем ваш календарь…",

  "event.name.label": "Имя вложения",
  "event.name.hint": "Оставьте поле пустым, чтобы использовать тему.",
  "event.subject.label": "Тема",
  "event.location.label": "Место",
  "event.allDay.label": "Весь день",
  "event.start.date": "Дата начала",
  "event.start.time": "Время начала",
  "event.end.date": "Дата окончания",
  "event.end.time": "Время окончания",
  "event.timeZone.label": "Часовой пояс",
  "event.body.label": "Описание",
  "event.bodyType.label": "Формат описания",
  "event.bodyType.text": "Обычный текст",
  "event.bodyType.html": "HTML (с форматированием)",
  "event.bodyType.htmlHint":
    "Разрывы строк сохраняются. Все, что похоже на HTML-код, отображается точно так, как вы это ввели.",

  "event.attach": "Вложить",
  "event.cancel": "Отмена",
  "event.sending": "Вкладываем событие…",
  "event.attached": "Событие «{name}» вложено в собрание.",
  "event.cancelled": "Вложение отменено.",

  "event.error.nameFromSubjectTooLong":
    "Тема используется как имя вложения и длиннее 255 символов. Введите более короткое имя вложения.",
  "event.error.startDateMissing": "Введите дату начала.",
  "event.error.endDateMissing": "Введите дату окончания.",
  "event.error.startTimeMissing": "Введите время начала.",
  "event.error.endTimeMissing": "Введите время окончания.",
  "event.error.dateImpossible": "Такой даты не существует. Проверьте день и месяц.",
  "event.error.timeInvalid": "Введите время от 00:00 до 23:59.",
  "event.error.dateOutOfRange": "Выберите дату с {first} по {last} год — только эти годы Outlook может сохранить.",
  "event.error.timeSkipped":
    "Этого времени нет в выбранном часовом поясе: в этот момент часы переводятся вперёд. Выберите другое время.",
  "event.error.timeZoneUnknown": "Outlook не знает часового пояса «{name}». Выберите пояс из списка.",
  "event.error.endDateBeforeStart": "Дата окончания должна совпадать с датой начала или быть позже нее.",

  "event.pick.search": "Поиск по теме",
  "event.pick.searchPlaceholder": "Например: планирование",
  "event.pick.from": "С",
  "event.pick.to": "По",
  "event.pick.fromMissing": "Введите первый день поиска.",
  "event.pick.toMissing": "Введите последний день поиска.",
  "event.pick.find": "Найти",
  "event.pick.searching": "Ищем в вашем календаре…",
  "event.pick.results":
    "{count, plural, =0 {Подходящих событий нет.} one {Найдено # событие.} few {Найдено # события.} many {Найдено # событий.} other {Найдено # события.}}",
  "event.pick.resultsLabel": "События в вашем календаре",
  "event.pick.previewLabel": "Выбранное событие",
  "event.pick.noneSelected": "Выберите событие в списке, чтобы увидеть его здесь.",
  "event.pick.bodyLoading": "Загружаем описание…",
  "event.pick.noBody": "Описания нет.",
  "event.pick.bodyFailed": "Не удалось загрузить описание. Событие можно вложить и без него.",
  "event.pick.noTimes": "У этого события нет времени начала или окончания, поэтому его нельзя вложить.",
  "event.pick.chooseFirst": "Сначала выберите событие в списке.",
};
