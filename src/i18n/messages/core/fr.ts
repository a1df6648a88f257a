import type { CatalogOf } from "../catalogOf";
import type { coreEn } from "./en";

export const coreFr: CatalogOf<typeof coreEn> = {
  "app.title": "Pièces jointes de réunion",
  "app.loading": "Ouverture…",

  "outside.title": "Ouvrez ce volet depuis une réunion Outlook",
  "outside.body":
    "Pièces jointes de réunion fonctionne dans Outlook : ouvrez une réunion dont vous êtes l’organisateur, choisissez Modifier si nécessaire, puis sélectionnez Joindre à la réunion dans le ruban (groupe Pièces jointes de réunion).",
  "outside.noOfficeJs": "Office n’a pas pu être chargé. Vérifiez votre connexion réseau et rechargez ce volet.",
  "part.loadFailed": "Cette partie du volet n’a pas pu être chargée. Vérifiez votre connexion réseau, puis réessayez.",
  "part.retry": "Réessayer",

  "meeting.loading": "Lecture de la réunion…",
  "meeting.noSubject": "(Sans objet)",
  "meeting.saved": "Enregistrée",
  "meeting.notSaved": "Pas encore enregistrée",
  "meeting.series": "Vous modifiez toute la série. Les pièces jointes sont ajoutées à la série.",
  "meeting.occurrence":
    "Vous modifiez une seule occurrence. Les pièces jointes sont ajoutées à cette occurrence uniquement.",
  "meeting.sharedCalendar": "Dans le calendrier de {owner}",
  "meeting.olderOutlook":
    "Cette version d’Outlook ne peut pas indiquer au complément quelle réunion est ouverte sans l’enregistrer : il vous sera donc demandé d’enregistrer avant chaque pièce jointe. Les réunions des calendriers partagés ne sont pas reconnues.",
  "meeting.readError": "Les détails de la réunion n’ont pas pu être lus dans Outlook. {detail}",

  "save.title": "Enregistrer d’abord la réunion ?",
  "save.bodyNew":
    "Les pièces jointes ne peuvent être ajoutées qu’à une réunion enregistrée. L’enregistrement place cette réunion dans votre calendrier ; les invitations ne sont envoyées que lorsque vous choisissez Envoyer.",
  "save.bodyExisting":
    "Les pièces jointes ne peuvent être ajoutées qu’après l’enregistrement de vos modifications. L’enregistrement envoie une mise à jour aux participants ajoutés ou retirés.",
  "save.confirm": "Enregistrer et continuer",
  "save.cancel": "Pas maintenant",
  "save.declined":
    "Rien n’a été enregistré ni joint. Tout ce que vous avez saisi est conservé ; choisissez Joindre quand vous êtes prêt.",

  "sync.waiting":
    "En attente de la synchronisation de la réunion enregistrée avec le serveur ({seconds, plural, one {# seconde} other {# secondes}} jusqu’ici)…",
  "sync.cancel": "Arrêter d’attendre",

  "signIn.inProgress": "Connexion…",
  "signIn.retry": "Réessayer",
  "signIn.path": "Connecté ({path})",

  "tab.file": "Fichier",
  "tab.event": "Événement",
  "tab.link": "Lien cloud",

  "file.pick": "Choisir des fichiers",
  "file.dropHint": "ou déposez des fichiers ici",
  "file.attach": "Joindre",
  "file.cancel": "Annuler",
  "file.retry": "Réessayer",
  "file.attachLinkInstead": "Joindre un lien à la place",
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
  "error.withReference": "{message} (Référence pour le support : {reference})",

  "error.graph.unauthorized": "Microsoft 365 n’a pas accepté votre connexion. Reconnectez-vous, puis réessayez.",
  "error.graph.accessDenied":
    "Vous n’êtes pas autorisé à modifier cette réunion. Demandez au propriétaire du calendrier un accès en modification.",
  "error.graph.notFound":
    "La réunion est introuvable sur le serveur. Si vous venez de l’enregistrer, patientez une minute, puis réessayez.",
  "error.graph.invalidId":
    "Outlook a fourni un identificateur que le serveur ne reconnaît pas. Fermez et rouvrez la réunion, puis réessayez.",
  "error.graph.ewsId":
    "Outlook a fourni un identificateur dans un ancien format que le serveur ne peut pas utiliser. Fermez et rouvrez la réunion, puis réessayez.",
  "error.graph.conflict": "La réunion a été modifiée ailleurs au même moment. Réessayez.",
  "error.graph.tooLarge":
    "Le fichier est trop volumineux pour être envoyé en une seule requête. Réessayez ; en cas de nouvel échec, c’est que le serveur a refusé sa taille.",
  "error.graph.belowSessionMinimum":
    "Le serveur a refusé de recevoir ce fichier en plusieurs parties, car il est de petite taille. Réessayez.",
  "error.graph.unprocessable": "Le serveur n’a pas pu traiter la pièce jointe. Réessayez ou signalez le problème.",
  "error.graph.badRequest": "Le serveur a refusé la requête. Réessayez ou signalez le problème.",
  "error.graph.throttled":
    "Microsoft 365 traite d’autres requêtes pour votre boîte aux lettres. Patientez un instant, puis réessayez.",
  "error.graph.server": "Microsoft 365 a rencontré un problème. Patientez un instant, puis réessayez.",
  "error.graph.network": "La connexion a été perdue. Vérifiez votre réseau, puis réessayez.",
  "error.graph.timeout": "Le serveur a mis trop de temps à répondre. Réessayez.",
  "error.graph.cancelled": "Annulé.",
  "error.graph.mailboxFull":
    "La réunion dépasserait la taille autorisée par votre boîte aux lettres. Joignez plutôt un lien vers le fichier.",
  "error.graph.uploadSessionSharedMailbox":
    "Les fichiers de plus de 3 Mo ne peuvent pas être joints aux réunions du calendrier d’une autre personne (limitation de Microsoft 365). Joignez plutôt un lien vers le fichier.",
  "error.graph.uploadHostUnreachable":
    "Le fichier n’a pas pu être chargé, car le service de chargement d’Outlook ({host}) est inaccessible depuis ce réseau. Rien n’a été joint. Vous pouvez joindre un lien vers le fichier à la place.",
  "error.graph.unexpectedResponse": "Le serveur a envoyé une réponse que le complément ne comprend pas. Réessayez.",
  "error.graph.outcomeUnknown":
    "La connexion a été interrompue après l’envoi de la pièce jointe : elle a peut-être été ajoutée. Vérifiez la liste des pièces jointes ci-dessous avant de réessayer.",
  "error.graph.unknown": "Le serveur a refusé la requête. Réessayez ou signalez le problème.",

  "error.input.nameEmpty": "Entrez un nom.",
  "error.input.nameTooLong": "Utilisez un nom de 255 caractères maximum.",
  "error.input.nameInvalid":
    "Le nom contient des caractères non autorisés : caractères de contrôle ou de changement de sens du texte.",
  "error.input.nameReserved":
    "Windows réserve ce nom (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9 ou uniquement des points) : les participants ne pourraient pas enregistrer la pièce jointe. Choisissez un autre nom.",
  "error.input.fileEmpty": "Ce fichier est vide (0 octet) : il n’y a rien à joindre.",
  "error.input.fileTooLarge":
    "Ce fichier dépasse 150 Mo, la taille maximale acceptée par Outlook. Joignez plutôt un lien vers ce fichier.",
  "error.input.fileTooLargeForCloud":
    "Les fichiers de plus de 3 Mo ne peuvent pas être joints dans ce cloud Microsoft 365. Joignez plutôt un lien vers le fichier.",
  "error.input.subjectInvalid": "Entrez un objet.",
  "error.input.bodyInvalid": "La description ne peut pas être utilisée. Vérifiez-la, puis réessayez.",
  "error.input.dateInvalid": "Entrez une date et une heure valides.",
  "error.input.timeZoneEmpty": "Choisissez un fuseau horaire.",
  "error.input.endBeforeStart": "La fin doit être postérieure au début.",
  "error.input.allDayNotMidnight": "Un événement d’une journée entière doit commencer et se terminer à minuit.",
  "error.input.urlInvalid": "Entrez un lien complet, commençant par https://.",
  "error.input.urlNotHttps": "Seuls les liens sécurisés (https://) peuvent être joints.",
  "error.input.providerUnknown": "Choisissez l’emplacement où le fichier est stocké.",
  "error.input.permissionUnknown": "Choisissez ce que les participants peuvent faire avec le lien.",
  "error.input.rangeInvalid": "La fin de la période de recherche doit être postérieure à son début.",
  "error.input.mailboxLimit":
    "L’ajout de ce fichier rendrait la réunion plus volumineuse que {limit}, la taille maximale acceptée par votre boîte aux lettres. Joignez plutôt un lien vers ce fichier.",

  "error.auth.consentRequired":
    "Autorisez le complément à utiliser votre calendrier : choisissez Réessayer et acceptez la demande.",
  "error.auth.adminConsentRequired":
    "Votre organisation exige qu’un administrateur approuve ce complément avant qu’il puisse utiliser votre calendrier. Contactez votre administrateur informatique.",
  "error.auth.userCancelled": "La connexion a été annulée. Choisissez Réessayer pour vous connecter.",
  "error.auth.popupBlocked":
    "La fenêtre de connexion a été bloquée. Autorisez les fenêtres contextuelles pour Outlook, puis choisissez Réessayer.",
  "error.auth.noAccount": "Aucun compte connecté n’a été trouvé. Choisissez Réessayer et connectez-vous.",
  "error.auth.untrustedOrigin":
    "L’inscription de ce complément est incomplète ; Office a donc refusé de vous connecter. Demandez à votre administrateur informatique de vérifier sa configuration.",
  "error.auth.personalAccountUnsupported":
    "La connexion via Office n’est pas disponible pour les comptes Microsoft personnels (Outlook.com). Utilisez un compte professionnel ou scolaire.",
  "error.auth.office13001": "Vous n’êtes pas connecté à Office. Connectez-vous à Office, puis choisissez Réessayer.",
  "error.auth.office13006":
    "Office a rencontré un problème de connexion. Déconnectez-vous d’Office, reconnectez-vous, puis rouvrez la réunion.",
  "error.auth.office13012": "La connexion via Office n’est pas prise en charge dans cette version d’Outlook.",
  "error.auth.dialogClosed": "La fenêtre de connexion a été fermée. Choisissez Réessayer pour vous connecter.",
  "error.auth.timeout": "La connexion a pris trop de temps. Choisissez Réessayer.",
  "error.auth.offline": "Vous semblez être hors connexion. Rétablissez la connexion, puis choisissez Réessayer.",
  "error.auth.notConfigured":
    "Cette copie du complément ne dispose d’aucune configuration de connexion. Contactez votre administrateur informatique.",
  "error.auth.unknown": "La connexion a échoué. Choisissez Réessayer.",

  "error.office.timeout": "Outlook n’a pas répondu à temps. Réessayez.",
  "error.office.cancelled": "Annulé.",
  "error.office.notAvailable":
    "Cette version d’Outlook ne peut pas fournir au complément les détails de la réunion. Mettez à jour Outlook ou utilisez Outlook sur le web.",
  "error.office.manifestPermission":
    "Le complément n’est pas autorisé à effectuer cette action. Demandez à votre administrateur informatique de vérifier sa configuration.",
  "error.office.invalidArgument": "Outlook a refusé la requête. Réessayez.",
  "error.office.notAppointment": "Ouvrez une réunion pour utiliser ce complément.",
  "error.office.itemNotSaved": "La réunion doit être enregistrée avant que quoi que ce soit puisse y être joint.",
  "error.office.saveFailed": "Outlook n’a pas pu enregistrer la réunion. Vérifiez votre connexion, puis réessayez.",
  "error.office.itemMoved":
    "La réunion a été déplacée ou sa boîte aux lettres a changé. Fermez-la et rouvrez-la, puis réessayez.",
  "error.office.itemChanged": "Un autre élément a été sélectionné. Rouvrez la réunion, puis réessayez.",
  "error.office.itemNotFound": "Outlook ne trouve pas cette réunion. Fermez-la et rouvrez-la, puis réessayez.",
  "error.office.networkError": "Outlook est hors connexion. Rétablissez la connexion, puis réessayez.",
  "error.office.serverError": "Le serveur de messagerie a renvoyé une erreur. Réessayez dans un instant.",
  "error.office.accessDenied": "Vous n’êtes pas autorisé à modifier cette réunion.",
  "error.office.notSupportedForSharedFolders": "Outlook n’autorise pas cette action dans un calendrier partagé.",
  "error.office.attachmentTooLarge":
    "Outlook a refusé ce fichier : la fenêtre de la réunion n’accepte pas de pièces jointes aussi volumineuses. Joignez plutôt un lien vers le fichier.",
  "error.office.tooManyAttachments":
    "La fenêtre de la réunion contient déjà autant de pièces jointes qu’Outlook le permet. Retirez-en une, ou joignez plutôt un lien.",
  "error.office.attachmentTypeNotSupported":
    "Outlook n’autorise pas à joindre ce type de fichier. Joignez plutôt un lien vers le fichier.",
  "error.office.attachmentFailed": "Outlook n’a pas pu ajouter la pièce jointe à la fenêtre de la réunion. Réessayez.",
  "error.office.formOutcomeUnknown":
    "Outlook n’a pas confirmé la pièce jointe à temps. Elle peut encore apparaître dans la fenêtre de la réunion : vérifiez les pièces jointes de la fenêtre avant de réessayer.",
  "error.office.invalidItemId":
    "Outlook a fourni un identificateur que le serveur ne reconnaît pas. Fermez et rouvrez la réunion.",
  "error.office.eventNotSynced":
    "La réunion enregistrée n’a pas encore atteint le serveur. Dans Outlook classique, choisissez Envoi/réception > Mettre à jour le dossier (ou passez en mode en ligne), patientez une minute, puis réessayez.",
  "error.office.hostError": "Outlook a signalé un problème. Réessayez.",
  "error.office.readOnlyDelegate":
    "Vous pouvez lire le calendrier de {owner}, mais pas le modifier ; rien ne peut donc être joint. Demandez à {owner} un accès en modification.",
};
