import type { CatalogOf } from "../catalogOf";
import type { cloudEn } from "./en";

export const cloudEs: CatalogOf<typeof cloudEn> = {
  "cloud.open": "Elegir de OneDrive o SharePoint",
  "cloud.openHint":
    "Es posible que Outlook le pida una vez que permita a Datos adjuntos de reunión abrir sus archivos.",
  "cloud.close": "Cerrar el selector de archivos",
  "cloud.heading": "OneDrive y SharePoint",
  "cloud.places": "Mostrar",
  "cloud.place.recent": "Recientes",
  "cloud.place.myFiles": "Mis archivos",
  "cloud.place.sites": "Sitios",
  "cloud.search.label": "Buscar en su OneDrive",
  "cloud.search.button": "Buscar",
  "cloud.search.clear": "Borrar la búsqueda",
  "cloud.search.results": "Resultados de «{text}»",
  "cloud.loading": "Cargando…",
  "cloud.empty.recent": "No tiene archivos recientes.",
  "cloud.empty.folder": "Esta carpeta está vacía.",
  "cloud.empty.search":
    "Nada de su OneDrive coincide con «{text}». Compruebe la ortografía o pruebe con menos palabras.",
  "cloud.empty.sites": "Aún no sigue ningún sitio de SharePoint. Siga un sitio en SharePoint para verlo aquí.",
  "cloud.empty.libraries": "Este sitio no tiene ninguna biblioteca de documentos que pueda abrir.",
  "cloud.up": "Volver a {name}",
  "cloud.folderPath": "Carpeta: {path}",
  "cloud.entries": "Archivos y carpetas",
  "cloud.entry.folder": "Carpeta · {count, plural, one {# elemento} other {# elementos}} · modificado el {date}",
  "cloud.entry.file": "{size} · modificado el {date}",
  "cloud.entry.site": "Sitio de SharePoint",
  "cloud.entry.library": "Biblioteca de documentos",
  "cloud.entry.open": "Abrir {name}",
  "cloud.entry.select": "Elegir {name}",
  "cloud.entry.selected": "Elegido",
  "cloud.shareFolder": "Adjuntar esta carpeta: {name}",
  "cloud.chosen": "Para adjuntar: {name}",
  "cloud.kind.label": "Quién puede abrir el vínculo",
  "cloud.kind.hint": "El vínculo se crea en OneDrive o SharePoint con este permiso.",
  "cloud.kind.organizationView": "Las personas de su organización pueden ver",
  "cloud.kind.organizationEdit": "Las personas de su organización pueden editar",
  "cloud.kind.anonymousView": "Cualquier persona con el vínculo puede ver",
  "cloud.kind.anonymousEdit": "Cualquier persona con el vínculo puede editar",
  "cloud.kind.refused": "Su organización no lo permite",
  "cloud.kind.personal": "No disponible para OneDrive personal",
  "cloud.refused":
    "Su organización no permite vínculos con los que {kind, select, organizationView {las personas de su organización pueden ver} organizationEdit {las personas de su organización pueden editar} anonymousView {cualquier persona con el vínculo puede ver} other {cualquier persona con el vínculo puede editar}}. Elija otro tipo de vínculo.",
  "cloud.noKindLeft":
    "Su organización no permite ninguno de estos vínculos para este archivo. Consulte a su administrador, o compártalo en OneDrive y pegue el vínculo a continuación.",
  "cloud.attach": "Crear vínculo y adjuntar",
  "cloud.linking": "Creando el vínculo…",
  "cloud.attached": "Se adjuntó a la reunión un vínculo a {name}.",
  "cloud.consentDeclined":
    "Datos adjuntos de reunión no puede abrir sus archivos hasta que usted lo permita. No se cambió nada. Vuelva a elegir el botón para permitirlo.",
  "cloud.retry": "Reintentar",
  "cloud.orPaste": "O pegue un vínculo para compartir de cualquier sitio:",

  "upload.offer": "Cargar en OneDrive y adjuntar un vínculo",
  "upload.offerHint":
    "El archivo se guarda en la carpeta «Attachments» de su OneDrive; la reunión recibe un vínculo a él.",
  "upload.kind": "Permiso del vínculo",
  "upload.kindChoose": "Elija quién puede abrir el vínculo",
  "upload.uploading": "Cargando en OneDrive: {percent, number, percent}",
  "upload.paused": "La carga se detuvo en {percent, number, percent}. Elija Reanudar para continuar desde ahí.",
  "upload.cancel": "Detener",
  "upload.resume": "Reanudar",
  "upload.failed": "La carga se detuvo: {message} Elija Reanudar para continuar desde donde se detuvo.",
  "upload.linking": "Cargado. Creando el vínculo…",
  "upload.attached": "Guardado en OneDrive y adjuntado como vínculo.",
  "upload.attachLink": "Adjuntar el vínculo",

  "error.drive.consentRequired":
    "Datos adjuntos de reunión no tiene permiso para abrir sus archivos. Vuelva a elegir el botón y permítalo cuando Outlook se lo pida.",
  "error.drive.accessDenied": "No tiene acceso a este archivo o carpeta.",
  "error.drive.itemNotFound": "Este archivo o carpeta ya no está ahí: es posible que se haya movido o eliminado.",
  "error.drive.notAFolder": "Esto es un archivo, no una carpeta.",
  "error.drive.oneDriveUnavailable":
    "Su cuenta aún no tiene OneDrive. Abra OneDrive una vez en el explorador o pida una licencia a su administrador.",
  "error.drive.linkKindRefused": "Su organización no permite este tipo de vínculo.",
  "error.drive.sharingNotSupported": "Este elemento no se puede compartir con un vínculo.",
  "error.drive.quotaExceeded": "Su OneDrive está lleno. Libere espacio y, a continuación, elija Reanudar.",
  "error.drive.nameConflict": "Ya hay un archivo con este nombre en la carpeta.",
  "error.drive.nameInvalid":
    "OneDrive no acepta este nombre de archivo. Cambie el nombre del archivo y vuelva a elegirlo.",
  "error.drive.folderPathInvalid": "La carpeta de OneDrive para las cargas no es válida.",
  "error.drive.fileEmpty": "El archivo está vacío.",
  "error.drive.fileTooLarge": "El archivo supera el tamaño máximo que acepta OneDrive (250 GB).",
  "error.drive.searchTextEmpty": "Escriba algo para buscar.",
  "error.drive.uploadSessionExpired":
    "La carga tardó demasiado y OneDrive la descartó. Elija Reanudar para empezarla de nuevo.",
  "error.drive.uploadOutcomeUnknown":
    "La conexión falló justo cuando terminaba de cargarse el archivo. Revise la carpeta «Attachments» de su OneDrive antes de volver a intentarlo.",
};
