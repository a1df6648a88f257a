import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkFr: CatalogOf<typeof linkEn> = {
  "link.url.label": "Lien",
  "link.url.hint":
    "Collez un lien de partage (https://) provenant de OneDrive, SharePoint, Dropbox ou d'un autre site.",
  "link.url.site": "S'ouvre sur {name}",
  "link.url.sentAs": "Envoyé sous la forme {detail}",

  "link.error.empty": "Collez le lien vers le fichier ou le dossier.",
  "link.error.tooLong":
    "Ce lien dépasse {limit} caractères, le maximum pour une pièce jointe. Utilisez un lien de partage plus court.",
  "link.error.whitespace":
    "Le lien contient des espaces ou des sauts de ligne. Copiez-le à nouveau ou supprimez les espaces.",
  "link.error.invisibleCharacters":
    "Le lien contient des caractères invisibles qui pourraient en changer la lecture. Copiez-le à nouveau depuis le site.",
  "link.error.noScheme": "Ajoutez https:// au début du lien.",
  "link.error.http":
    "Ce lien commence par http://, qui n'est pas sécurisé. Seuls les liens https:// peuvent être joints ; vérifiez si le site propose une adresse https://.",
  "link.error.javascript":
    "Les liens qui exécutent un script (javascript:) ne peuvent pas être joints. Collez le lien de partage https:// du fichier.",
  "link.error.data":
    "Les liens qui contiennent le contenu lui-même (data:) ne peuvent pas être joints. Utilisez l'onglet Fichier ou collez le lien de partage https:// du fichier.",
  "link.error.noHost": "Le nom du site manque après https://. Copiez à nouveau le lien complet.",
  "link.error.credentials":
    "Le lien contient un nom d'utilisateur ou un mot de passe (avant un @). Supprimez-les : les participants se connectent avec leur propre compte.",

  "link.provider.label": "Emplacement",
  "link.provider.oneDriveBusiness": "SharePoint ou OneDrive professionnel ou scolaire",
  "link.provider.oneDriveConsumer": "OneDrive (personnel)",
  "link.provider.other": "Autre site",
  "link.provider.recognised": "Reconnu d'après le lien.",
  "link.provider.differs": "Le lien semble provenir de : {name}.",
  "link.provider.useRecognised": "Utiliser l'emplacement reconnu",

  "link.name.label": "Nom",
  "link.name.hint": "Les participants voient ce nom dans la réunion.",

  "link.permission.label": "Ce que permet le lien",
  "link.permission.hint":
    "Les participants voient cette indication avec le lien. Elle ne change pas qui peut ouvrir le fichier : cela se règle là où le fichier est partagé.",
  "link.permission.view": "Les participants peuvent afficher",
  "link.permission.edit": "Les participants peuvent modifier",
  "link.permission.organizationView": "Les personnes de votre organisation peuvent afficher",
  "link.permission.organizationEdit": "Les personnes de votre organisation peuvent modifier",
  "link.permission.anonymousView": "Toute personne disposant du lien peut afficher",
  "link.permission.anonymousEdit": "Toute personne disposant du lien peut modifier",
  "link.permission.other": "Autre : selon les paramètres de partage du lien",

  "link.folder.label": "Il s'agit d'un dossier",

  "link.attach": "Joindre le lien",
  "link.sending": "Ajout du lien…",
  "link.cancel": "Annuler",
  "link.cancelled": "Annulé. Votre lien et vos choix sont conservés.",
  "link.attached": "{name} est joint à la réunion.",
};
