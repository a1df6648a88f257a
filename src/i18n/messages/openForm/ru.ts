import type { CatalogOf } from "../catalogOf";
import type { openFormEn } from "./en";

export const openFormRu: CatalogOf<typeof openFormEn> = {
  "openForm.notice.why":
    "{client, select, mac {Outlook для Mac} other {Классический Outlook}} хранит собственную копию этого открытого собрания и не видит, что надстройка добавляет на сервере. Если сохранить или отправить собрание из этого окна, добавленное на сервере может пропасть, а участники получат только то, что есть в окне.",
  "openForm.notice.toWindow":
    "Поэтому {what, select, filesAndEvents {файлы и события, выбранные в вашем календаре, добавляются} files {файлы добавляются} other {события, выбранные в вашем календаре, добавляются}} прямо в это окно и уходят вместе с обновлением.",
  "openForm.notice.toServer":
    "{what, select, linksEventsLargeFiles {Облачные ссылки, новые события и файлы больше {limit}} linksEventsFiles {Облачные ссылки, новые события и файлы} other {Вложения}} можно добавить только на сервере. Добавив их, закройте это окно без сохранения, снова откройте собрание из календаря{client, select, classicWindows { (в режиме кэширования — после синхронизации Outlook: «Отправка и получение»)} other {}}, убедитесь, что они на месте, и отправьте обновление оттуда.",
  "openForm.afterWindowAttach": "Отправьте обновление из этого окна собрания: добавленное в окно уйдёт вместе с ним.",
  "openForm.afterServerAttach":
    "Перед отправкой: только что изменённого на сервере нет в этом окне. Закройте окно без сохранения, снова откройте собрание из календаря{client, select, classicWindows { (в режиме кэширования — после синхронизации Outlook)} other {}}, проверьте вложения и отправьте обновление оттуда.",

  "file.addingToWindow": "Добавление в окно собрания…",
  "file.attachedToWindow": "Добавлено в окно собрания",
  "file.attachedToWindowAnnouncement": "{name} добавлен в окно собрания.",
  "event.attachedToWindow": "Событие «{name}» добавлено в окно собрания.",
};
