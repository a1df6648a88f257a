import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventFi: CatalogOf<typeof eventEn> = {
  "event.mode.label": "Liitettävä tapahtuma",
  "event.mode.compose": "Luo uusi tapahtuma",
  "event.mode.pick": "Valitse kalenteristani",
  "event.loadingPicker": "Avataan kalenteriasi…",

  "event.name.label": "Liitteen nimi",
  "event.name.hint": "Jätä tyhjäksi, jos haluat käyttää aihetta.",
  "event.subject.label": "Aihe",
  "event.location.label": "Sijainti",
  "event.allDay.label": "Koko päivän",
  "event.start.date": "Alkamispäivä",
  "event.start.time": "Alkamisaika",
  "event.end.date": "Päättymispäivä",
  "event.end.time": "Päättymisaika",
  "event.timeZone.label": "Aikavyöhyke",
  "event.body.label": "Kuvaus",
  "event.bodyType.label": "Kuvauksen muoto",
  "event.bodyType.text": "Pelkkä teksti",
  "event.bodyType.html": "HTML (muotoiltu)",
  "event.bodyType.htmlHint":
    "Rivinvaihdot säilyvät. HTML-koodilta näyttävä teksti näkyy täsmälleen kirjoittamassasi muodossa.",

  "event.attach": "Liitä",
  "event.cancel": "Peruuta",
  "event.sending": "Liitetään tapahtumaa…",
  "event.attached": "”{name}” on liitetty kokoukseen.",
  "event.cancelled": "Liittäminen peruutettiin.",

  "event.error.nameFromSubjectTooLong":
    "Aiheesta tulee liitteen nimi, ja se on yli 255 merkkiä pitkä. Kirjoita lyhyempi liitteen nimi.",
  "event.error.startDateMissing": "Anna alkamispäivä.",
  "event.error.endDateMissing": "Anna päättymispäivä.",
  "event.error.startTimeMissing": "Anna alkamisaika.",
  "event.error.endTimeMissing": "Anna päättymisaika.",
  "event.error.dateImpossible": "Tätä päivämäärää ei ole olemassa. Tarkista päivä ja kuukausi.",
  "event.error.timeInvalid": "Anna kellonaika väliltä 00.00–23.59.",
  "event.error.dateOutOfRange":
    "Valitse päivämäärä vuosien {first} ja {last} väliltä; Outlook ei voi tallentaa muita vuosia.",
  "event.error.timeSkipped":
    "Tätä kellonaikaa ei ole valitulla aikavyöhykkeellä, koska kelloja siirretään silloin eteenpäin. Valitse toinen kellonaika.",
  "event.error.timeZoneUnknown": "”{name}” ei ole Outlookin tuntema aikavyöhyke. Valitse aikavyöhyke luettelosta.",
  "event.error.endDateBeforeStart": "Päättymispäivän on oltava sama kuin alkamispäivä tai sen jälkeen.",

  "event.pick.search": "Hae aiheen perusteella",
  "event.pick.searchPlaceholder": "Esimerkiksi: suunnittelu",
  "event.pick.from": "Alkaen",
  "event.pick.to": "Asti",
  "event.pick.fromMissing": "Anna haun ensimmäinen päivä.",
  "event.pick.toMissing": "Anna haun viimeinen päivä.",
  "event.pick.find": "Hae",
  "event.pick.searching": "Haetaan kalenteristasi…",
  "event.pick.results":
    "{count, plural, =0 {Hakua vastaavia tapahtumia ei ole.} one {Löytyi # tapahtuma.} other {Löytyi # tapahtumaa.}}",
  "event.pick.resultsLabel": "Kalenterisi tapahtumat",
  "event.pick.previewLabel": "Valittu tapahtuma",
  "event.pick.noneSelected": "Valitse tapahtuma luettelosta, niin se näkyy tässä.",
  "event.pick.bodyLoading": "Ladataan kuvausta…",
  "event.pick.noBody": "Ei kuvausta.",
  "event.pick.bodyFailed": "Kuvausta ei voitu ladata. Voit silti liittää tapahtuman ilman sitä.",
  "event.pick.noTimes": "Tapahtumalla ei ole alkamis- tai päättymisaikaa, joten sitä ei voi liittää.",
  "event.pick.chooseFirst": "Valitse ensin tapahtuma luettelosta.",
};
