import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listFi: CatalogOf<typeof listEn> = {
  "list.heading": "Tämän kokouksen liitteet",
  "list.count": "{count, plural, one {# liite} other {# liitettä}}",
  "list.loading": "Ladataan kokouksen liitteitä…",
  "list.refreshing": "Päivitetään luetteloa…",
  "list.unsaved": "Mitään ei ole vielä liitetty. Liitteet näkyvät tässä, kun kokous on tallennettu.",
  "list.empty": "Tähän kokoukseen ei ole vielä liitetty mitään.",
  "list.loadFailed": "Kokouksen liitteitä ei voitu ladata. {message}",
  "list.retry": "Yritä uudelleen",
  "list.readOnly": "Sinulla on tähän kalenteriin vain lukuoikeus: näet sen liitteet, mutta et voi poistaa niitä.",
  "list.readOnlyOwner":
    "Sinulla on käyttäjän {owner} kalenteriin vain lukuoikeus: näet tämän kokouksen liitteet, mutta et voi poistaa niitä.",

  "list.kind.file": "Tiedosto",
  "list.kind.item": "Outlook-kohde",
  "list.kind.reference": "Pilvilinkki",
  "list.kind.unknown": "Liite",

  "list.provider.oneDriveBusiness": "Tallennettu työpaikan tai oppilaitoksen OneDriveen",
  "list.provider.oneDriveConsumer": "Tallennettu henkilökohtaiseen OneDriveen",
  "list.provider.dropbox": "Tallennettu Dropboxiin",
  "list.provider.other": "Tallennettu toiseen pilvipalveluun",
  "list.sizeUnknown": "Kokoa ei ilmoitettu",
  "list.inline": "Näkyy kokouksen kuvauksessa",
  "list.addedUnknown": "Lisäyspäivää ei ilmoitettu",

  "list.remove": "Poista",
  "list.removeLabel": "Poista {name}",
  "list.confirm.title": "Poistetaanko {name}?",
  "list.confirm.body":
    "Liite poistetaan palvelimella olevasta kokouksesta. Osallistujat eivät enää saa sitä, kun lähetät päivityksen.",
  "list.confirm.remove": "Poista",
  "list.confirm.cancel": "Säilytä",
  "list.confirm.removing": "Poistetaan…",
  "list.removeFailed": "Liitettä {name} ei voitu poistaa. {message}",
  "list.removedAnnouncement": "{name} poistettiin kokouksesta.",
};
