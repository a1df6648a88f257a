import type { MessageCatalog } from "./en";

export const fi: MessageCatalog = {
  "app.title": "Kokouksen liitteet",
  "app.loading": "Avataan…",

  "outside.title": "Avaa tämä Outlook-kokouksesta",
  "outside.body":
    "Kokouksen liitteet toimii Outlookissa: avaa kokous, jonka järjestäjä olet, valitse tarvittaessa Muokkaa ja valitse sitten valintanauhasta Kokouksen liitteet.",
  "outside.noOfficeJs": "Officea ei voitu ladata. Tarkista verkkoyhteys ja lataa tämä ruutu uudelleen.",

  "meeting.loading": "Luetaan kokousta…",
  "meeting.noSubject": "(Ei aihetta)",
  "meeting.saved": "Tallennettu",
  "meeting.notSaved": "Ei vielä tallennettu",
  "meeting.series": "Muokkaat koko sarjaa. Liitteet lisätään sarjaan.",
  "meeting.occurrence": "Muokkaat yhtä esiintymää. Liitteet lisätään vain tähän esiintymään.",
  "meeting.sharedCalendar": "Käyttäjän {owner} kalenterissa",
  "meeting.readError": "Kokouksen tietoja ei voitu lukea Outlookista. {detail}",

  "save.title": "Tallennetaanko kokous ensin?",
  "save.bodyNew":
    "Liitteitä voi lisätä vain tallennettuun kokoukseen. Tallentaminen lisää kokouksen kalenteriisi; kutsuja ei lähetetä ennen kuin valitset Lähetä.",
  "save.bodyExisting":
    "Liitteitä voi lisätä vasta, kun muutoksesi on tallennettu. Tallentaminen lähettää päivityksen lisäämillesi tai poistamillesi osallistujille.",
  "save.confirm": "Tallenna ja jatka",
  "save.cancel": "Ei nyt",
  "save.declined":
    "Mitään ei tallennettu eikä liitetty. Tiedostosi ovat yhä luettelossa; valitse Liitä, kun olet valmis.",

  "sync.waiting":
    "Odotetaan, että Outlook synkronoi tallennetun kokouksen palvelimelle ({seconds, plural, one {# sekunti} other {# sekuntia}} tähän mennessä)…",
  "sync.cancel": "Lopeta odottaminen",

  "signIn.inProgress": "Kirjaudutaan…",
  "signIn.retry": "Yritä uudelleen",
  "signIn.path": "Kirjautunut ({path})",

  "file.pick": "Valitse tiedostoja",
  "file.dropHint": "tai pudota tiedostot tähän",
  "file.attach": "Liitä",
  "file.cancel": "Peruuta",
  "file.retry": "Yritä uudelleen",
  "file.remove": "Poista luettelosta",
  "file.queued": "Valmis liitettäväksi",
  "file.uploading": "Liitetään… {percent, number, percent}",
  "file.attached": "Liitetty",
  "file.cancelled": "Peruutettu",
  "file.row": "{name}, {size}",
  "file.attachedAnnouncement": "{name} on liitetty kokoukseen.",

  "notice.sendUpdate":
    "Lähetä päivitys, jotta osallistujat saavat liitteet. Outlook saattaa näyttää ne tässä ikkunassa vasta uudelleenlatauksen jälkeen.",

  "error.generic": "Jokin meni vikaan: {detail}",
};
