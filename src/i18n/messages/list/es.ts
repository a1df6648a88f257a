import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listEs: CatalogOf<typeof listEn> = {
  "list.heading": "Datos adjuntos de esta reunión",
  "list.count": "{count, plural, one {# dato adjunto} other {# datos adjuntos}}",
  "list.loading": "Cargando los datos adjuntos de la reunión…",
  "list.refreshing": "Actualizando la lista…",
  "list.unsaved": "Todavía no hay nada adjunto. Los datos adjuntos aparecerán aquí cuando se guarde la reunión.",
  "list.empty": "Todavía no hay nada adjunto a esta reunión.",
  "list.loadFailed": "No se pudieron cargar los datos adjuntos de la reunión. {message}",
  "list.retry": "Reintentar",
  "list.readOnly": "Este calendario es de solo lectura para usted: puede ver sus datos adjuntos, pero no quitarlos.",
  "list.readOnlyOwner":
    "El calendario de {owner} es de solo lectura para usted: puede ver los datos adjuntos de esta reunión, pero no quitarlos.",

  "list.kind.file": "Archivo",
  "list.kind.item": "Elemento de Outlook",
  "list.kind.reference": "Vínculo a la nube",
  "list.kind.unknown": "Dato adjunto",

  "list.provider.oneDriveBusiness": "Almacenado en OneDrive para el trabajo o la escuela",
  "list.provider.oneDriveConsumer": "Almacenado en OneDrive (personal)",
  "list.provider.dropbox": "Almacenado en Dropbox",
  "list.provider.other": "Almacenado en otro servicio en la nube",
  "list.sizeUnknown": "Tamaño no indicado",
  "list.inline": "Se muestra en la descripción de la reunión",
  "list.addedUnknown": "Fecha de adición no indicada",

  "list.remove": "Quitar",
  "list.removeLabel": "Quitar {name}",
  "list.confirm.title": "¿Quitar {name}?",
  "list.confirm.body":
    "Se quitará de la reunión en el servidor. Los asistentes dejarán de recibirlo cuando envíe la actualización.",
  "list.confirm.remove": "Quitar",
  "list.confirm.cancel": "Conservarlo",
  "list.confirm.removing": "Quitando…",
  "list.removeFailed": "No se pudo quitar {name}. {message}",
  "list.removedAnnouncement": "{name} se quitó de la reunión.",
};
