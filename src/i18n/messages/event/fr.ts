import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventFr: CatalogOf<typeof eventEn> = {
  "event.mode.label": "Événement à joindre",
  "event.mode.compose": "Créer un événement",
  "event.mode.pick": "Choisir dans mon calendrier",
  "event.loadingPicker": "Ouverture de votre calendrier…",

  "event.name.label": "Nom de la pièce jointe",
  "event.name.hint": "Laissez vide pour utiliser l’objet.",
  "event.subject.label": "Objet",
  "event.location.label": "Emplacement",
  "event.allDay.label": "Toute la journée",
  "event.start.date": "Date de début",
  "event.start.time": "Heure de début",
  "event.end.date": "Date de fin",
  "event.end.time": "Heure de fin",
  "event.timeZone.label": "Fuseau horaire",
  "event.body.label": "Description de l’événement",
  "event.bodyType.label": "Format de la description",
  "event.bodyType.text": "Texte brut",
  "event.bodyType.html": "HTML (mis en forme)",
  "event.bodyType.htmlHint":
    "Les sauts de ligne sont conservés. Tout ce qui ressemble à du code HTML s’affiche tel que vous l’avez tapé.",

  "event.attach": "Joindre",
  "event.cancel": "Annuler",
  "event.sending": "Ajout de l’événement en cours…",
  "event.attached": "« {name} » est joint à la réunion.",
  "event.cancelled": "L’ajout a été annulé.",

  "event.error.nameFromSubjectTooLong":
    "L’objet sert de nom à la pièce jointe et dépasse 255 caractères. Entrez un nom de pièce jointe plus court.",
  "event.error.startDateMissing": "Entrez la date de début.",
  "event.error.endDateMissing": "Entrez la date de fin.",
  "event.error.startTimeMissing": "Entrez l’heure de début.",
  "event.error.endTimeMissing": "Entrez l’heure de fin.",
  "event.error.dateImpossible": "Cette date n’existe pas. Vérifiez le jour et le mois.",
  "event.error.timeInvalid": "Entrez une heure comprise entre 00:00 et 23:59.",
  "event.error.dateOutOfRange": "Choisissez une date entre {first} et {last}, les années qu’Outlook peut enregistrer.",
  "event.error.timeSkipped":
    "Cette heure n’existe pas dans le fuseau horaire choisi : on avance les horloges à ce moment-là. Choisissez une autre heure.",
  "event.error.timeZoneUnknown":
    "« {name} » n’est pas un fuseau horaire connu d’Outlook. Choisissez-en un dans la liste.",
  "event.error.endDateBeforeStart": "La date de fin doit être identique ou postérieure à la date de début.",

  "event.pick.search": "Rechercher par objet",
  "event.pick.searchPlaceholder": "Par exemple : planification",
  "event.pick.from": "Du",
  "event.pick.to": "Au",
  "event.pick.fromMissing": "Entrez le premier jour de la recherche.",
  "event.pick.toMissing": "Entrez le dernier jour de la recherche.",
  "event.pick.find": "Rechercher",
  "event.pick.searching": "Recherche dans votre calendrier…",
  "event.pick.results":
    "{count, plural, =0 {Aucun événement ne correspond.} one {# événement trouvé.} other {# événements trouvés.}}",
  "event.pick.resultsLabel": "Événements de votre calendrier",
  "event.pick.previewLabel": "Événement sélectionné",
  "event.pick.noneSelected": "Choisissez un événement dans la liste pour l’afficher ici.",
  "event.pick.bodyLoading": "Chargement de la description…",
  "event.pick.noBody": "Aucune description.",
  "event.pick.bodyFailed":
    "La description n’a pas pu être chargée. Vous pouvez tout de même joindre l’événement sans elle.",
  "event.pick.noTimes": "Cet événement n’a pas d’heure de début ou de fin : il ne peut pas être joint.",
  "event.pick.chooseFirst": "Choisissez d’abord un événement dans la liste.",
};
