import type { CatalogOf } from "../catalogOf";
import type { cloudEn } from "./en";

export const cloudFr: CatalogOf<typeof cloudEn> = {
  "cloud.open": "Choisir dans OneDrive ou SharePoint",
  "cloud.openHint":
    "Outlook vous demandera peut-être, une seule fois, d’autoriser Pièces jointes de réunion à ouvrir vos fichiers.",
  "cloud.close": "Fermer le sélecteur de fichiers",
  "cloud.heading": "OneDrive et SharePoint",
  "cloud.places": "Afficher",
  "cloud.place.recent": "Récents",
  "cloud.place.myFiles": "Mes fichiers",
  "cloud.place.sites": "Sites SharePoint",
  "cloud.search.label": "Rechercher dans votre OneDrive",
  "cloud.search.button": "Rechercher",
  "cloud.search.clear": "Effacer la recherche",
  "cloud.search.results": "Résultats pour « {text} »",
  "cloud.loading": "Chargement…",
  "cloud.empty.recent": "Vous n’avez aucun fichier récent.",
  "cloud.empty.folder": "Ce dossier est vide.",
  "cloud.empty.search":
    "Aucun élément de votre OneDrive ne correspond à « {text} ». Vérifiez l’orthographe ou essayez avec moins de mots.",
  "cloud.empty.sites":
    "Vous ne suivez encore aucun site SharePoint. Suivez un site dans SharePoint pour qu’il apparaisse ici.",
  "cloud.empty.libraries": "Ce site ne contient aucune bibliothèque de documents que vous puissiez ouvrir.",
  "cloud.up": "Retour à {name}",
  "cloud.folderPath": "Dossier : {path}",
  "cloud.entries": "Fichiers et dossiers",
  "cloud.entry.folder": "Dossier · {count, plural, one {# élément} other {# éléments}} · modifié le {date}",
  "cloud.entry.file": "{size} · modifié le {date}",
  "cloud.entry.site": "Site SharePoint",
  "cloud.entry.library": "Bibliothèque de documents",
  "cloud.entry.open": "Ouvrir {name}",
  "cloud.entry.select": "Choisir {name}",
  "cloud.entry.selected": "Choisi",
  "cloud.shareFolder": "Joindre ce dossier : {name}",
  "cloud.chosen": "À joindre : {name}",
  "cloud.kind.label": "Qui peut ouvrir le lien",
  "cloud.kind.hint": "Le lien est créé dans OneDrive ou SharePoint avec cette autorisation.",
  "cloud.kind.organizationView": "Les personnes de votre organisation peuvent afficher",
  "cloud.kind.organizationEdit": "Les personnes de votre organisation peuvent modifier",
  "cloud.kind.anonymousView": "Toute personne disposant du lien peut afficher",
  "cloud.kind.anonymousEdit": "Toute personne disposant du lien peut modifier",
  "cloud.kind.refused": "Non autorisé par votre organisation",
  "cloud.kind.personal": "Non disponible pour un OneDrive personnel",
  "cloud.refused":
    "Votre organisation n’autorise pas les liens {kind, select, organizationView {permettant aux personnes de votre organisation d’afficher} organizationEdit {permettant aux personnes de votre organisation de modifier} anonymousView {permettant à toute personne disposant du lien d’afficher} other {permettant à toute personne disposant du lien de modifier}}. Choisissez un autre type de lien.",
  "cloud.noKindLeft":
    "Votre organisation n’autorise aucun de ces liens pour ce fichier. Contactez votre administrateur ou partagez le fichier dans OneDrive, puis collez le lien ci-dessous.",
  "cloud.attach": "Créer le lien et joindre",
  "cloud.linking": "Création du lien…",
  "cloud.attached": "Un lien vers {name} est joint à la réunion.",
  "cloud.consentDeclined":
    "Pièces jointes de réunion ne peut pas ouvrir vos fichiers tant que vous ne l’y avez pas autorisé. Rien n’a été modifié. Choisissez à nouveau le bouton pour donner l’autorisation.",
  "cloud.retry": "Réessayer",
  "cloud.orPaste": "Ou collez un lien de partage provenant de n’importe quel site :",

  "upload.offer": "Charger dans OneDrive et joindre un lien",
  "upload.offerHint":
    "Le fichier est placé dans le dossier « Attachments » de votre OneDrive ; la réunion reçoit un lien vers ce fichier.",
  "upload.kind": "Autorisation du lien",
  "upload.kindChoose": "Choisissez qui peut ouvrir le lien",
  "upload.uploading": "Chargement dans OneDrive : {percent, number, percent}",
  "upload.paused":
    "Le chargement s’est arrêté à {percent, number, percent}. Choisissez Reprendre pour continuer à partir de là.",
  "upload.cancel": "Arrêter",
  "upload.resume": "Reprendre",
  "upload.failed": "Le chargement s’est arrêté : {message} Choisissez Reprendre pour continuer là où il s’est arrêté.",
  "upload.linking": "Chargé. Création du lien…",
  "upload.attached": "Enregistré dans OneDrive et joint sous forme de lien.",
  "upload.attachLink": "Joindre le lien",

  "error.drive.consentRequired":
    "Pièces jointes de réunion n’est pas autorisé à ouvrir vos fichiers. Choisissez à nouveau le bouton et acceptez lorsque Outlook vous le demande.",
  "error.drive.accessDenied": "Vous n’avez pas accès à ce fichier ou à ce dossier.",
  "error.drive.itemNotFound":
    "Ce fichier ou ce dossier ne se trouve plus à cet emplacement : il a peut-être été déplacé ou supprimé.",
  "error.drive.notAFolder": "Il s’agit d’un fichier, pas d’un dossier.",
  "error.drive.oneDriveUnavailable":
    "Votre compte ne dispose pas encore de OneDrive. Ouvrez OneDrive une fois dans le navigateur ou demandez une licence à votre administrateur.",
  "error.drive.linkKindRefused": "Votre organisation n’autorise pas ce type de lien.",
  "error.drive.sharingNotSupported": "Cet élément ne peut pas être partagé au moyen d’un lien.",
  "error.drive.quotaExceeded": "Votre OneDrive est plein. Libérez de l’espace, puis choisissez Reprendre.",
  "error.drive.nameConflict": "Un fichier portant ce nom existe déjà dans le dossier.",
  "error.drive.nameInvalid":
    "OneDrive n’accepte pas ce nom de fichier. Renommez le fichier, puis choisissez-le à nouveau.",
  "error.drive.folderPathInvalid": "Le dossier OneDrive utilisé pour les chargements n’est pas valide.",
  "error.drive.fileEmpty": "Le fichier est vide.",
  "error.drive.fileTooLarge": "Le fichier dépasse la taille maximale acceptée par OneDrive (250 Go).",
  "error.drive.searchTextEmpty": "Entrez le texte à rechercher.",
  "error.drive.uploadSessionExpired":
    "Le chargement a pris trop de temps et OneDrive l’a abandonné. Choisissez Reprendre pour le relancer depuis le début.",
  "error.drive.uploadOutcomeUnknown":
    "La connexion a été interrompue au moment où le chargement du fichier se terminait. Vérifiez le dossier « Attachments » de votre OneDrive avant de réessayer.",
};
