import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventEs: CatalogOf<typeof eventEn> = {
  "event.mode.label": "Evento que desea adjuntar",
  "event.mode.compose": "Crear un evento",
  "event.mode.pick": "Elegir uno de mi calendario",
  "event.loadingPicker": "Abriendo su calendario…",

  "event.name.label": "Nombre del archivo adjunto",
  "event.name.hint": "Déjelo vacío para usar el asunto.",
  "event.subject.label": "Asunto",
  "event.location.label": "Ubicación",
  "event.allDay.label": "Todo el día",
  "event.start.date": "Fecha de inicio",
  "event.start.time": "Hora de inicio",
  "event.end.date": "Fecha de finalización",
  "event.end.time": "Hora de finalización",
  "event.timeZone.label": "Zona horaria",
  "event.body.label": "Descripción",
  "event.bodyType.label": "Formato de la descripción",
  "event.bodyType.text": "Texto sin formato",
  "event.bodyType.html": "HTML (con formato)",
  "event.bodyType.htmlHint":
    "Se conservan los saltos de línea. Todo lo que parezca código HTML aparece exactamente como lo escribió.",

  "event.attach": "Adjuntar",
  "event.cancel": "Cancelar",
  "event.sending": "Adjuntando el evento…",
  "event.attached": "«{name}» se adjuntó a la reunión.",
  "event.cancelled": "Se canceló la acción de adjuntar.",

  "event.error.nameFromSubjectTooLong":
    "El asunto se usa como nombre del archivo adjunto y tiene más de 255 caracteres. Escriba un nombre más corto.",
  "event.error.startDateMissing": "Escriba la fecha de inicio.",
  "event.error.endDateMissing": "Escriba la fecha de finalización.",
  "event.error.startTimeMissing": "Escriba la hora de inicio.",
  "event.error.endTimeMissing": "Escriba la hora de finalización.",
  "event.error.dateImpossible": "Esta fecha no existe. Compruebe el día y el mes.",
  "event.error.timeInvalid": "Escriba una hora entre 00:00 y 23:59.",
  "event.error.dateOutOfRange": "Elija una fecha entre {first} y {last}, los años que Outlook puede guardar.",
  "event.error.timeSkipped":
    "Esta hora no existe en la zona horaria elegida: los relojes se adelantan en ese momento. Elija otra hora.",
  "event.error.timeZoneUnknown": "«{name}» no es una zona horaria que Outlook reconozca. Elija una de la lista.",
  "event.error.endDateBeforeStart": "La fecha de finalización debe ser igual o posterior a la fecha de inicio.",

  "event.pick.search": "Buscar por asunto",
  "event.pick.searchPlaceholder": "Por ejemplo: planificación",
  "event.pick.from": "Desde",
  "event.pick.to": "Hasta",
  "event.pick.fromMissing": "Escriba el primer día de la búsqueda.",
  "event.pick.toMissing": "Escriba el último día de la búsqueda.",
  "event.pick.find": "Buscar",
  "event.pick.searching": "Buscando en su calendario…",
  "event.pick.results":
    "{count, plural, =0 {Ningún evento coincide.} one {Se encontró # evento.} other {Se encontraron # eventos.}}",
  "event.pick.resultsLabel": "Eventos de su calendario",
  "event.pick.previewLabel": "Evento seleccionado",
  "event.pick.noneSelected": "Elija un evento de la lista para verlo aquí.",
  "event.pick.bodyLoading": "Cargando la descripción…",
  "event.pick.noBody": "Sin descripción.",
  "event.pick.bodyFailed": "No se pudo cargar la descripción. Aun así, puede adjuntar el evento sin ella.",
  "event.pick.noTimes": "Este evento no tiene hora de inicio o de finalización, por lo que no se puede adjuntar.",
  "event.pick.chooseFirst": "Primero elija un evento de la lista.",
};
