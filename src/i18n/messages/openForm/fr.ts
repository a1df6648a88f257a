import type { CatalogOf } from "../catalogOf";
import type { openFormEn } from "./en";

export const openFormFr: CatalogOf<typeof openFormEn> = {
  "openForm.notice.why":
    "{client, select, mac {Outlook pour Mac} other {Outlook classique}} conserve sa propre copie de cette réunion ouverte et ne voit pas ce que le complément ajoute sur le serveur. Quand vous enregistrez ou envoyez depuis cette fenêtre, ce qui a été ajouté sur le serveur peut être supprimé, et les participants ne reçoivent que ce que contient la fenêtre.",
  "openForm.notice.toWindow":
    "{what, select, filesAndEvents {Les fichiers et les événements choisis dans votre calendrier sont donc ajoutés} files {Les fichiers sont donc ajoutés} other {Les événements choisis dans votre calendrier sont donc ajoutés}} à cette fenêtre elle-même : ils partent avec votre mise à jour.",
  "openForm.notice.toServer":
    "{what, select, linksEventsLargeFiles {Les liens cloud, les nouveaux événements et les fichiers de plus de {limit}} linksEventsFiles {Les liens cloud, les nouveaux événements et les fichiers} other {Les pièces jointes}} ne peuvent être ajoutés que sur le serveur. Après les avoir ajoutés, fermez cette fenêtre sans enregistrer, rouvrez la réunion depuis votre calendrier{client, select, classicWindows { (en mode mis en cache, une fois Outlook synchronisé : Envoi/réception)} other {}}, vérifiez qu’ils y figurent, puis envoyez la mise à jour depuis cette nouvelle fenêtre.",
  "openForm.afterWindowAttach":
    "Envoyez la mise à jour depuis cette fenêtre de réunion : ce qui a été ajouté à la fenêtre part avec elle.",
  "openForm.afterServerAttach":
    "Avant d’envoyer : ce qui vient d’être modifié sur le serveur ne figure pas dans cette fenêtre. Fermez la fenêtre sans enregistrer, rouvrez la réunion depuis votre calendrier{client, select, classicWindows { (en mode mis en cache, une fois Outlook synchronisé)} other {}}, vérifiez les pièces jointes, puis envoyez la mise à jour depuis cette nouvelle fenêtre.",

  "file.addingToWindow": "Ajout à la fenêtre de la réunion…",
  "file.attachedToWindow": "Ajouté à la fenêtre de la réunion",
  "file.attachedToWindowAnnouncement": "{name} est ajouté à la fenêtre de la réunion.",
  "event.attachedToWindow": "« {name} » est ajouté à la fenêtre de la réunion.",
};
