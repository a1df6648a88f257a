import type { CatalogOf } from "../catalogOf";
import type { openFormEn } from "./en";

export const openFormEs: CatalogOf<typeof openFormEn> = {
  "openForm.notice.why":
    "{client, select, mac {Outlook para Mac} other {Outlook clásico}} guarda su propia copia de esta reunión abierta y no ve lo que el complemento agrega en el servidor. Al guardar o enviar desde esta ventana, lo agregado en el servidor puede perderse, y los asistentes reciben solo lo que contiene la ventana.",
  "openForm.notice.toWindow":
    "Por eso, {what, select, filesAndEvents {los archivos y los eventos elegidos de su calendario se agregan} files {los archivos se agregan} other {los eventos elegidos de su calendario se agregan}} a esta misma ventana y se envían con su actualización.",
  "openForm.notice.toServer":
    "{what, select, linksEventsLargeFiles {Los vínculos a la nube, los eventos nuevos y los archivos de más de {limit}} linksEventsFiles {Los vínculos a la nube, los eventos nuevos y los archivos} other {Los datos adjuntos}} solo se pueden agregar en el servidor. Después de agregarlos, cierre esta ventana sin guardar, vuelva a abrir la reunión desde su calendario{client, select, classicWindows { (en modo de almacenamiento en caché, cuando Outlook se haya sincronizado: Enviar y recibir)} other {}}, compruebe que aparecen y envíe la actualización desde allí.",
  "openForm.afterWindowAttach":
    "Envíe la actualización desde esta ventana de la reunión: lo que se agregó a la ventana se envía con ella.",
  "openForm.afterServerAttach":
    "Antes de enviar: lo que acaba de cambiar en el servidor no está en esta ventana. Cierre la ventana sin guardar, vuelva a abrir la reunión desde su calendario{client, select, classicWindows { (en modo de almacenamiento en caché, cuando Outlook se haya sincronizado)} other {}}, revise los datos adjuntos y envíe la actualización desde allí.",

  "file.addingToWindow": "Agregando a la ventana de la reunión…",
  "file.attachedToWindow": "Agregado a la ventana de la reunión",
  "file.attachedToWindowAnnouncement": "{name} se agregó a la ventana de la reunión.",
  "event.attachedToWindow": "«{name}» se agregó a la ventana de la reunión.",
};
