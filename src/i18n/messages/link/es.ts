import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkEs: CatalogOf<typeof linkEn> = {
  "link.url.label": "Vínculo",
  "link.url.hint": "Pegue un vínculo para compartir (https://) de OneDrive, SharePoint, Dropbox u otro sitio.",
  "link.url.site": "Se abre en {name}",
  "link.url.sentAs": "Se envía como {detail}",

  "link.error.empty": "Pegue el vínculo al archivo o a la carpeta.",
  "link.error.tooLong":
    "Este vínculo tiene más de {limit} caracteres, el máximo que se puede adjuntar. Use un vínculo para compartir más corto.",
  "link.error.whitespace": "El vínculo contiene espacios o saltos de línea. Vuelva a copiarlo o quite los espacios.",
  "link.error.invisibleCharacters":
    "El vínculo contiene caracteres invisibles que podrían hacer que se lea de otra forma. Vuelva a copiarlo desde el sitio.",
  "link.error.noScheme": "Agregue https:// al principio del vínculo.",
  "link.error.http":
    "Este vínculo empieza por http://, que no es seguro. Solo se pueden adjuntar vínculos https://; compruebe si el sitio tiene una dirección https://.",
  "link.error.javascript":
    "No se pueden adjuntar vínculos que ejecutan un script (javascript:). Pegue el vínculo para compartir https:// del archivo.",
  "link.error.data":
    "No se pueden adjuntar vínculos que contienen el propio contenido (data:). Use la pestaña Archivo o pegue el vínculo para compartir https:// del archivo.",
  "link.error.noHost": "Falta el nombre del sitio después de https://. Vuelva a copiar el vínculo completo.",
  "link.error.credentials":
    "El vínculo contiene un nombre de usuario o una contraseña (antes de una @). Quítelos: los asistentes inician sesión con su propia cuenta.",

  "link.provider.label": "Ubicación",
  "link.provider.oneDriveBusiness": "SharePoint u OneDrive para el trabajo o la escuela",
  "link.provider.oneDriveConsumer": "OneDrive personal",
  "link.provider.other": "Otro sitio",
  "link.provider.recognised": "Reconocido a partir del vínculo.",
  "link.provider.differs": "El vínculo parece ser de {name}.",
  "link.provider.useRecognised": "Usar la ubicación reconocida",

  "link.name.label": "Nombre",
  "link.name.hint": "Los asistentes ven este nombre en la reunión.",

  "link.permission.label": "Qué permite el vínculo",
  "link.permission.hint":
    "Los asistentes ven esta indicación junto al vínculo. No cambia quién puede abrir el archivo: eso se configura donde se comparte el archivo.",
  "link.permission.view": "Los asistentes pueden ver",
  "link.permission.edit": "Los asistentes pueden editar",
  "link.permission.organizationView": "Las personas de su organización pueden ver",
  "link.permission.organizationEdit": "Las personas de su organización pueden editar",
  "link.permission.anonymousView": "Cualquier persona con el vínculo puede ver",
  "link.permission.anonymousEdit": "Cualquier persona con el vínculo puede editar",
  "link.permission.other": "Otro: lo que permita la configuración de uso compartido del vínculo",

  "link.folder.label": "Es una carpeta",

  "link.attach": "Adjuntar vínculo",
  "link.sending": "Adjuntando el vínculo…",
  "link.cancel": "Cancelar",
  "link.cancelled": "Cancelado. Su vínculo y sus opciones se conservan.",
  "link.attached": "{name} se adjuntó a la reunión.",
};
