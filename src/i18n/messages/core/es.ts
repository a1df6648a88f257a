import type { CatalogOf } from "../catalogOf";
import type { coreEn } from "./en";

export const coreEs: CatalogOf<typeof coreEn> = {
  "app.title": "Datos adjuntos de reunión",
  "app.loading": "Abriendo…",

  "outside.title": "Abra este panel desde una reunión de Outlook",
  "outside.body":
    "Datos adjuntos de reunión funciona dentro de Outlook: abra una reunión que organice, elija Editar si es necesario y seleccione Adjuntar a la reunión en la cinta (grupo Datos adjuntos de reunión).",
  "outside.noOfficeJs": "No se pudo cargar Office. Compruebe la conexión de red y vuelva a cargar este panel.",
  "part.loadFailed": "No se pudo cargar esta parte del panel. Compruebe la conexión de red y vuelva a intentarlo.",
  "part.retry": "Reintentar",

  "meeting.loading": "Leyendo la reunión…",
  "meeting.noSubject": "(Sin asunto)",
  "meeting.saved": "Guardada",
  "meeting.notSaved": "Aún no guardada",
  "meeting.series": "Está editando toda la serie. Los datos adjuntos se agregan a la serie.",
  "meeting.occurrence": "Está editando una sola repetición. Los datos adjuntos se agregan solo a esta repetición.",
  "meeting.sharedCalendar": "En el calendario de {owner}",
  "meeting.olderOutlook":
    "Esta versión de Outlook no puede indicar al complemento qué reunión está abierta sin guardarla, por lo que se le pedirá que guarde antes de cada dato adjunto. Las reuniones de calendarios compartidos no se reconocen.",
  "meeting.readError": "No se pudieron leer los detalles de la reunión en Outlook. {detail}",

  "save.title": "¿Guardar primero la reunión?",
  "save.bodyNew":
    "Solo se pueden agregar datos adjuntos a una reunión guardada. Al guardarla, la reunión aparece en su calendario; las invitaciones no se envían hasta que elija Enviar.",
  "save.bodyExisting":
    "Solo se pueden agregar datos adjuntos después de guardar los cambios. Al guardar se envía una actualización a los asistentes que haya agregado o quitado.",
  "save.confirm": "Guardar y continuar",
  "save.cancel": "Ahora no",
  "save.declined": "No se guardó ni adjuntó nada. Todo lo que especificó sigue aquí; elija Adjuntar cuando esté listo.",

  "sync.waiting":
    "Esperando a que Outlook sincronice la reunión guardada con el servidor ({seconds, plural, one {# segundo} other {# segundos}} hasta ahora)…",
  "sync.cancel": "Dejar de esperar",

  "signIn.inProgress": "Iniciando sesión…",
  "signIn.retry": "Reintentar",
  "signIn.path": "Sesión iniciada ({path})",

  "tab.file": "Archivo",
  "tab.event": "Evento",
  "tab.link": "Vínculo a la nube",

  "file.pick": "Elegir archivos",
  "file.dropHint": "o suelte archivos aquí",
  "file.attach": "Adjuntar",
  "file.cancel": "Cancelar",
  "file.retry": "Reintentar",
  "file.attachLinkInstead": "Adjuntar un vínculo en su lugar",
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
  "error.withReference": "{message} (Referencia para el soporte técnico: {reference})",

  "error.graph.unauthorized":
    "Microsoft 365 no aceptó su inicio de sesión. Inicie sesión de nuevo y vuelva a intentarlo.",
  "error.graph.accessDenied":
    "No tiene permiso para modificar esta reunión. Pida al propietario del calendario acceso de edición.",
  "error.graph.notFound":
    "No se encontró la reunión en el servidor. Si acaba de guardarla, espere un minuto y vuelva a intentarlo.",
  "error.graph.invalidId":
    "Outlook proporcionó un identificador que el servidor no reconoce. Cierre y vuelva a abrir la reunión y, a continuación, inténtelo de nuevo.",
  "error.graph.ewsId":
    "Outlook proporcionó un identificador en un formato antiguo que el servidor no puede usar. Cierre y vuelva a abrir la reunión y, a continuación, inténtelo de nuevo.",
  "error.graph.conflict": "La reunión se modificó en otro lugar al mismo tiempo. Vuelva a intentarlo.",
  "error.graph.tooLarge":
    "El archivo es demasiado grande para enviarlo en una sola solicitud. Vuelva a intentarlo; si se produce de nuevo un error, es que el servidor rechazó su tamaño.",
  "error.graph.belowSessionMinimum":
    "El servidor se negó a recibir este archivo por partes porque es pequeño. Vuelva a intentarlo.",
  "error.graph.unprocessable":
    "El servidor no pudo procesar el archivo adjunto. Vuelva a intentarlo o informe del problema.",
  "error.graph.badRequest": "El servidor rechazó la solicitud. Vuelva a intentarlo o informe del problema.",
  "error.graph.throttled":
    "Microsoft 365 está ocupado con otras solicitudes para su buzón. Espere un momento y vuelva a intentarlo.",
  "error.graph.server": "Microsoft 365 tuvo un problema. Espere un momento y vuelva a intentarlo.",
  "error.graph.network": "Se perdió la conexión. Compruebe la red y vuelva a intentarlo.",
  "error.graph.timeout": "El servidor tardó demasiado en responder. Vuelva a intentarlo.",
  "error.graph.cancelled": "Cancelado.",
  "error.graph.mailboxFull":
    "La reunión superaría el tamaño que permite su buzón. Adjunte en su lugar un vínculo al archivo.",
  "error.graph.uploadSessionSharedMailbox":
    "Los archivos de más de 3 MB no se pueden adjuntar a reuniones del calendario de otra persona (una limitación de Microsoft 365). Adjunte en su lugar un vínculo al archivo.",
  "error.graph.uploadHostUnreachable":
    "No se pudo cargar el archivo porque no se puede acceder al servicio de carga de Outlook ({host}) desde esta red. No se adjuntó nada. Puede adjuntar en su lugar un vínculo al archivo.",
  "error.graph.unexpectedResponse":
    "El servidor envió una respuesta que el complemento no entiende. Vuelva a intentarlo.",
  "error.graph.outcomeUnknown":
    "La conexión falló después de enviar los datos adjuntos, por lo que es posible que se hayan agregado. Compruebe la lista de datos adjuntos a continuación antes de volver a intentarlo.",
  "error.graph.unknown": "El servidor rechazó la solicitud. Vuelva a intentarlo o informe del problema.",

  "error.input.nameEmpty": "Escriba un nombre.",
  "error.input.nameTooLong": "Use un nombre de 255 caracteres como máximo.",
  "error.input.nameInvalid":
    "El nombre contiene caracteres que no se pueden usar: caracteres de control o de cambio de dirección del texto.",
  "error.input.nameReserved":
    "Windows reserva este nombre (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9 o solo puntos), por lo que los asistentes no podrían guardar los datos adjuntos. Elija otro nombre.",
  "error.input.fileEmpty": "Este archivo está vacío (0 bytes), por lo que no hay nada que adjuntar.",
  "error.input.fileTooLarge":
    "Este archivo supera los 150 MB, el máximo que acepta Outlook. Adjunte en su lugar un vínculo al archivo.",
  "error.input.fileTooLargeForCloud":
    "Los archivos de más de 3 MB no se pueden adjuntar en esta nube de Microsoft 365. Adjunte en su lugar un vínculo al archivo.",
  "error.input.subjectInvalid": "Escriba un asunto.",
  "error.input.bodyInvalid": "No se puede usar la descripción. Revísela y vuelva a intentarlo.",
  "error.input.dateInvalid": "Escriba una fecha y una hora válidas.",
  "error.input.timeZoneEmpty": "Elija una zona horaria.",
  "error.input.endBeforeStart": "El final debe ser posterior al inicio.",
  "error.input.allDayNotMidnight": "Un evento de todo el día debe empezar y terminar a medianoche.",
  "error.input.urlInvalid": "Escriba un vínculo completo que empiece por https://.",
  "error.input.urlNotHttps": "Solo se pueden adjuntar vínculos seguros (https://).",
  "error.input.providerUnknown": "Elija dónde está almacenado el archivo.",
  "error.input.permissionUnknown": "Elija qué pueden hacer los asistentes con el vínculo.",
  "error.input.rangeInvalid": "El final del período de búsqueda debe ser posterior a su inicio.",
  "error.input.mailboxLimit":
    "Si agrega este archivo, la reunión superaría {limit}, el máximo que acepta su buzón. Adjunte en su lugar un vínculo al archivo.",

  "error.auth.consentRequired": "Permita que el complemento use su calendario: elija Reintentar y acepte la solicitud.",
  "error.auth.adminConsentRequired":
    "Su organización requiere que un administrador apruebe este complemento antes de que pueda usar su calendario. Consulte a su administrador de TI.",
  "error.auth.userCancelled": "Se canceló el inicio de sesión. Elija Reintentar para iniciar sesión.",
  "error.auth.popupBlocked":
    "Se bloqueó la ventana de inicio de sesión. Permita las ventanas emergentes para Outlook y, a continuación, elija Reintentar.",
  "error.auth.noAccount": "No se encontró ninguna cuenta con la sesión iniciada. Elija Reintentar e inicie sesión.",
  "error.auth.untrustedOrigin":
    "El registro de este complemento está incompleto, por lo que Office no le permitió iniciar sesión. Pida a su administrador de TI que revise su configuración.",
  "error.auth.personalAccountUnsupported":
    "El inicio de sesión a través de Office no está disponible para cuentas Microsoft personales (Outlook.com). Use una cuenta profesional o educativa.",
  "error.auth.office13001":
    "No ha iniciado sesión en Office. Inicie sesión en Office y, a continuación, elija Reintentar.",
  "error.auth.office13006":
    "Office tuvo un problema con el inicio de sesión. Cierre la sesión de Office, vuelva a iniciarla y abra de nuevo la reunión.",
  "error.auth.office13012": "Esta versión de Outlook no admite el inicio de sesión a través de Office.",
  "error.auth.dialogClosed": "Se cerró la ventana de inicio de sesión. Elija Reintentar para iniciar sesión.",
  "error.auth.timeout": "El inicio de sesión tardó demasiado. Elija Reintentar.",
  "error.auth.offline": "Parece que no tiene conexión. Vuelva a conectarse y, a continuación, elija Reintentar.",
  "error.auth.notConfigured":
    "Esta copia del complemento no tiene configurado el inicio de sesión. Consulte a su administrador de TI.",
  "error.auth.unknown": "No se pudo iniciar sesión. Elija Reintentar.",

  "error.office.timeout": "Outlook no respondió a tiempo. Vuelva a intentarlo.",
  "error.office.cancelled": "Cancelado.",
  "error.office.notAvailable":
    "Esta versión de Outlook no puede proporcionar al complemento los detalles de la reunión. Actualice Outlook o use Outlook en la Web.",
  "error.office.manifestPermission":
    "El complemento no tiene permiso para hacer esto. Pida a su administrador de TI que revise su configuración.",
  "error.office.invalidArgument": "Outlook rechazó la solicitud. Vuelva a intentarlo.",
  "error.office.notAppointment": "Abra una reunión para usar este complemento.",
  "error.office.itemNotSaved": "La reunión debe guardarse antes de poder adjuntarle nada.",
  "error.office.saveFailed": "Outlook no pudo guardar la reunión. Compruebe la conexión y vuelva a intentarlo.",
  "error.office.itemMoved":
    "La reunión se movió o su buzón cambió. Ciérrela y vuelva a abrirla y, a continuación, inténtelo de nuevo.",
  "error.office.itemChanged":
    "Se seleccionó otro elemento. Vuelva a abrir la reunión y, a continuación, inténtelo de nuevo.",
  "error.office.itemNotFound":
    "Outlook no encuentra esta reunión. Ciérrela y vuelva a abrirla y, a continuación, inténtelo de nuevo.",
  "error.office.networkError": "Outlook no tiene conexión. Vuelva a conectarse y, a continuación, inténtelo de nuevo.",
  "error.office.serverError": "El servidor de correo devolvió un error. Vuelva a intentarlo en unos instantes.",
  "error.office.accessDenied": "No tiene permiso para modificar esta reunión.",
  "error.office.notSupportedForSharedFolders": "Outlook no permite hacer esto en un calendario compartido.",
  "error.office.attachmentTooLarge":
    "Outlook rechazó este archivo: la ventana de la reunión no admite datos adjuntos tan grandes. Adjunte un vínculo al archivo en su lugar.",
  "error.office.tooManyAttachments":
    "La ventana de la reunión ya tiene tantos datos adjuntos como permite Outlook. Quite uno o adjunte un vínculo en su lugar.",
  "error.office.attachmentTypeNotSupported":
    "Outlook no permite adjuntar este tipo de archivo. Adjunte un vínculo al archivo en su lugar.",
  "error.office.attachmentFailed":
    "Outlook no pudo agregar el dato adjunto a la ventana de la reunión. Vuelva a intentarlo.",
  "error.office.formOutcomeUnknown":
    "Outlook no confirmó el dato adjunto a tiempo. Puede que aún aparezca en la ventana de la reunión: revise los datos adjuntos de la ventana antes de volver a intentarlo.",
  "error.office.invalidItemId":
    "Outlook proporcionó un identificador que el servidor no reconoce. Cierre y vuelva a abrir la reunión.",
  "error.office.eventNotSynced":
    "La reunión guardada aún no ha llegado al servidor. En Outlook clásico, elija Enviar y recibir > Actualizar carpeta (o cambie al modo en línea), espere un minuto y vuelva a intentarlo.",
  "error.office.hostError": "Outlook notificó un problema. Vuelva a intentarlo.",
  "error.office.readOnlyDelegate":
    "Puede leer el calendario de {owner}, pero no modificarlo, por lo que no se puede adjuntar nada. Pida a {owner} acceso de edición.",
};
