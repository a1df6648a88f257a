import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listFr: CatalogOf<typeof listEn> = {
  "list.heading": "Pièces jointes de cette réunion",
  "list.count": "{count, plural, one {# pièce jointe} other {# pièces jointes}}",
  "list.loading": "Chargement des pièces jointes de la réunion…",
  "list.refreshing": "Mise à jour de la liste…",
  "list.unsaved":
    "Aucune pièce jointe pour l’instant. Les pièces jointes s’afficheront ici une fois la réunion enregistrée.",
  "list.empty": "Aucune pièce jointe n’a encore été ajoutée à cette réunion.",
  "list.loadFailed": "Impossible de charger les pièces jointes de la réunion. {message}",
  "list.retry": "Réessayer",
  "list.readOnly":
    "Ce calendrier est en lecture seule pour vous : vous pouvez voir ses pièces jointes, mais pas les supprimer.",
  "list.readOnlyOwner":
    "Le calendrier de {owner} est en lecture seule pour vous : vous pouvez voir les pièces jointes de cette réunion, mais pas les supprimer.",

  "list.kind.file": "Fichier",
  "list.kind.item": "Élément Outlook",
  "list.kind.reference": "Lien cloud",
  "list.kind.unknown": "Pièce jointe",

  "list.provider.oneDriveBusiness": "Stocké dans OneDrive professionnel ou scolaire",
  "list.provider.oneDriveConsumer": "Stocké dans OneDrive (personnel)",
  "list.provider.dropbox": "Stocké dans Dropbox",
  "list.provider.other": "Stocké dans un autre service cloud",
  "list.sizeUnknown": "Taille non indiquée",
  "list.inline": "Affiché dans la description de la réunion",
  "list.addedUnknown": "Date d’ajout non indiquée",

  "list.remove": "Supprimer",
  "list.removeLabel": "Supprimer {name}",
  "list.confirm.title": "Supprimer {name} ?",
  "list.confirm.body":
    "La pièce jointe est supprimée de la réunion sur le serveur. Les participants ne la recevront plus une fois que vous aurez envoyé la mise à jour.",
  "list.confirm.remove": "Supprimer",
  "list.confirm.cancel": "La conserver",
  "list.confirm.removing": "Suppression…",
  "list.removeFailed": "Impossible de supprimer {name}. {message}",
  "list.removedAnnouncement": "La pièce jointe {name} a été supprimée de la réunion.",
};
