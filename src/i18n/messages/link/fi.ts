import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkFi: CatalogOf<typeof linkEn> = {
  "link.url.label": "Linkki",
  "link.url.hint": "Liitä jakamislinkki (https://) OneDrivesta, SharePointista, Dropboxista tai muulta sivustolta.",
  "link.url.site": "Avautuu sivustossa {name}",
  "link.url.sentAs": "Lähetetään muodossa {detail}",

  "link.error.empty": "Liitä linkki tiedostoon tai kansioon.",
  "link.error.tooLong":
    "Linkki on pidempi kuin {limit} merkkiä, mikä on liitettävän linkin enimmäispituus. Käytä lyhyempää jakamislinkkiä.",
  "link.error.whitespace":
    "Linkissä on välilyöntejä tai rivinvaihtoja. Kopioi linkki uudelleen tai poista välilyönnit.",
  "link.error.invisibleCharacters":
    "Linkissä on näkymättömiä merkkejä, joiden vuoksi se voidaan lukea toisin. Kopioi linkki uudelleen sivustosta.",
  "link.error.noScheme": "Lisää linkin alkuun https://.",
  "link.error.http":
    "Linkki alkaa merkeillä http://, joka ei ole suojattu. Vain https://-linkkejä voi liittää; tarkista, onko sivustolla https://-osoite.",
  "link.error.javascript":
    "Komentosarjaa suorittavia linkkejä (javascript:) ei voi liittää. Liitä tiedoston https://-jakamislinkki.",
  "link.error.data":
    "Linkkejä, jotka sisältävät itse sisällön (data:), ei voi liittää. Käytä Tiedosto-välilehteä tai liitä tiedoston https://-jakamislinkki.",
  "link.error.noHost": "Sivuston nimi puuttuu merkkien https:// jälkeen. Kopioi koko linkki uudelleen.",
  "link.error.credentials":
    "Linkissä on käyttäjänimi tai salasana (ennen @-merkkiä). Poista ne: osallistujat kirjautuvat omalla tilillään.",

  "link.provider.label": "Tallennuspaikka",
  "link.provider.oneDriveBusiness": "SharePoint tai OneDrive (työ tai koulu)",
  "link.provider.oneDriveConsumer": "OneDrive (henkilökohtainen)",
  "link.provider.other": "Muu sivusto",
  "link.provider.recognised": "Tunnistettu linkistä.",
  "link.provider.differs": "Linkki näyttää olevan palvelusta {name}.",
  "link.provider.useRecognised": "Käytä tunnistettua",

  "link.name.label": "Nimi",
  "link.name.hint": "Osallistujat näkevät tämän nimen kokouksessa.",

  "link.permission.label": "Mitä linkki sallii",
  "link.permission.hint":
    "Osallistujat näkevät tämän tiedon linkin yhteydessä. Se ei muuta sitä, kuka voi avata tiedoston: se määritetään siellä, missä tiedosto on jaettu.",
  "link.permission.view": "Osallistujat voivat tarkastella",
  "link.permission.edit": "Osallistujat voivat muokata",
  "link.permission.organizationView": "Organisaatiosi käyttäjät voivat tarkastella",
  "link.permission.organizationEdit": "Organisaatiosi käyttäjät voivat muokata",
  "link.permission.anonymousView": "Kuka tahansa, jolla on linkki, voi tarkastella",
  "link.permission.anonymousEdit": "Kuka tahansa, jolla on linkki, voi muokata",
  "link.permission.other": "Muu: linkin jakamisasetusten mukaan",

  "link.folder.label": "Tämä on kansio",

  "link.attach": "Liitä linkki",
  "link.sending": "Liitetään linkkiä…",
  "link.cancel": "Peruuta",
  "link.cancelled": "Peruutettu. Linkki ja valintasi ovat tallessa.",
  "link.attached": "{name} on liitetty kokoukseen.",
};
