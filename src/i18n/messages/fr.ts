import type { MessageCatalog } from "./en";

export const fr: MessageCatalog = {
  "app.title": "Pièces jointes de réunion",
  "app.loading": "Ouverture…",

  "outside.title": "Ouvrez ce volet depuis une réunion Outlook",
  "outside.body":
    "Pièces jointes de réunion fonctionne dans Outlook : ouvrez une réunion dont vous êtes l’organisateur, choisissez Modifier si nécessaire, puis sélectionnez Pièces jointes de réunion dans le ruban.",
  "outside.noOfficeJs": "Office n’a pas pu être chargé. Vérifiez votre connexion réseau et rechargez ce volet.",

  "meeting.loading": "Lecture de la réunion…",
  "meeting.noSubject": "(Sans objet)",
  "meeting.saved": "Enregistrée",
  "meeting.notSaved": "Pas encore enregistrée",
  "meeting.series": "Vous modifiez toute la série. Les pièces jointes sont ajoutées à la série.",
  "meeting.occurrence":
    "Vous modifiez une seule occurrence. Les pièces jointes sont ajoutées à cette occurrence uniquement.",
  "meeting.sharedCalendar": "Dans le calendrier de {owner}",
  "meeting.readError": "Les détails de la réunion n’ont pas pu être lus dans Outlook. {detail}",

  "save.title": "Enregistrer d’abord la réunion ?",
  "save.bodyNew":
    "Les pièces jointes ne peuvent être ajoutées qu’à une réunion enregistrée. L’enregistrement place cette réunion dans votre calendrier ; les invitations ne sont envoyées que lorsque vous choisissez Envoyer.",
  "save.bodyExisting":
    "Les pièces jointes ne peuvent être ajoutées qu’après l’enregistrement de vos modifications. L’enregistrement envoie une mise à jour aux participants ajoutés ou retirés.",
  "save.confirm": "Enregistrer et continuer",
  "save.cancel": "Pas maintenant",
  "save.declined":
    "Rien n’a été enregistré ni joint. Vos fichiers sont toujours dans la liste ; choisissez Joindre quand vous êtes prêt.",

  "sync.waiting":
    "En attente de la synchronisation de la réunion enregistrée avec le serveur ({seconds, plural, one {# seconde} other {# secondes}} jusqu’ici)…",
  "sync.cancel": "Arrêter d’attendre",

  "signIn.inProgress": "Connexion…",
  "signIn.retry": "Réessayer",
  "signIn.path": "Connecté ({path})",

  "file.pick": "Choisir des fichiers",
  "file.dropHint": "ou déposez des fichiers ici",
  "file.attach": "Joindre",
  "file.cancel": "Annuler",
  "file.retry": "Réessayer",
  "file.remove": "Retirer de la liste",
  "file.queued": "Prêt à joindre",
  "file.uploading": "Ajout en cours… {percent, number, percent}",
  "file.attached": "Joint",
  "file.cancelled": "Annulé",
  "file.row": "{name}, {size}",
  "file.attachedAnnouncement": "{name} est joint à la réunion.",

  "notice.sendUpdate":
    "Envoyez la mise à jour pour que les participants reçoivent les pièces jointes. Outlook ne les affichera peut-être dans cette fenêtre qu’après rechargement.",

  "error.generic": "Une erreur s’est produite : {detail}",
};
