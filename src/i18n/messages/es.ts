import type { MessageCatalog } from "./en";

export const es: MessageCatalog = {
  "app.title": "Datos adjuntos de reunión",
  "app.loading": "Abriendo…",

  "outside.title": "Abra este panel desde una reunión de Outlook",
  "outside.body":
    "Datos adjuntos de reunión funciona dentro de Outlook: abra una reunión que organice, elija Editar si es necesario y seleccione Datos adjuntos de reunión en la cinta.",
  "outside.noOfficeJs": "No se pudo cargar Office. Compruebe la conexión de red y vuelva a cargar este panel.",

  "meeting.loading": "Leyendo la reunión…",
  "meeting.noSubject": "(Sin asunto)",
  "meeting.saved": "Guardada",
  "meeting.notSaved": "Aún no guardada",
  "meeting.series": "Está editando toda la serie. Los datos adjuntos se agregan a la serie.",
  "meeting.occurrence": "Está editando una sola repetición. Los datos adjuntos se agregan solo a esta repetición.",
  "meeting.sharedCalendar": "En el calendario de {owner}",
  "meeting.readError": "No se pudieron leer los detalles de la reunión en Outlook. {detail}",

  "save.title": "¿Guardar primero la reunión?",
  "save.bodyNew":
    "Solo se pueden agregar datos adjuntos a una reunión guardada. Al guardarla, la reunión aparece en su calendario; las invitaciones no se envían hasta que elija Enviar.",
  "save.bodyExisting":
    "Solo se pueden agregar datos adjuntos después de guardar los cambios. Al guardar se envía una actualización a los asistentes que haya agregado o quitado.",
  "save.confirm": "Guardar y continuar",
  "save.cancel": "Ahora no",
  "save.declined": "No se guardó ni adjuntó nada. Sus archivos siguen en la lista; elija Adjuntar cuando esté listo.",

  "sync.waiting":
    "Esperando a que Outlook sincronice la reunión guardada con el servidor ({seconds, plural, one {# segundo} other {# segundos}} hasta ahora)…",
  "sync.cancel": "Dejar de esperar",

  "signIn.inProgress": "Iniciando sesión…",
  "signIn.retry": "Reintentar",
  "signIn.path": "Sesión iniciada ({path})",

  "file.pick": "Elegir archivos",
  "file.dropHint": "o suelte archivos aquí",
  "file.attach": "Adjuntar",
  "file.cancel": "Cancelar",
  "file.retry": "Reintentar",
  "file.remove": "Quitar de la lista",
  "file.queued": "Listo para adjuntar",
  "file.uploading": "Adjuntando… {percent, number, percent}",
  "file.attached": "Adjuntado",
  "file.cancelled": "Cancelado",
  "file.row": "{name}, {size}",
  "file.attachedAnnouncement": "{name} se adjuntó a la reunión.",

  "notice.sendUpdate":
    "Envíe la actualización para que los asistentes reciban los datos adjuntos. Es posible que Outlook los muestre en esta ventana solo después de volver a cargarla.",

  "error.generic": "Algo salió mal: {detail}",
};
