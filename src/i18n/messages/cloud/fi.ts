import type { CatalogOf } from "../catalogOf";
import type { cloudEn } from "./en";

export const cloudFi: CatalogOf<typeof cloudEn> = {
  "cloud.open": "Valitse OneDrivesta tai SharePointista",
  "cloud.openHint":
    "Outlook saattaa kerran pyytää sinua sallimaan, että Kokouksen liitteet -apuohjelma avaa tiedostojasi.",
  "cloud.close": "Sulje tiedostonvalitsin",
  "cloud.heading": "OneDrive ja SharePoint",
  "cloud.places": "Näytä",
  "cloud.place.recent": "Viimeisimmät",
  "cloud.place.myFiles": "Omat tiedostot",
  "cloud.place.sites": "Sivustot",
  "cloud.search.label": "Hae OneDrivestasi",
  "cloud.search.button": "Hae",
  "cloud.search.clear": "Tyhjennä haku",
  "cloud.search.results": "Tulokset haulle ”{text}”",
  "cloud.loading": "Ladataan…",
  "cloud.empty.recent": "Sinulla ei ole viimeaikaisia tiedostoja.",
  "cloud.empty.folder": "Tämä kansio on tyhjä.",
  "cloud.empty.search":
    "OneDrivessasi ei ole mitään, mikä vastaa hakua ”{text}”. Tarkista kirjoitusasu tai kokeile vähemmillä sanoilla.",
  "cloud.empty.sites":
    "Et seuraa vielä yhtään SharePoint-sivustoa. Seuraa sivustoa SharePointissa, niin se näkyy tässä.",
  "cloud.empty.libraries": "Tällä sivustolla ei ole tiedostokirjastoa, jonka voisit avata.",
  "cloud.up": "Takaisin kohteeseen {name}",
  "cloud.folderPath": "Kansio: {path}",
  "cloud.entries": "Tiedostot ja kansiot",
  "cloud.entry.folder": "Kansio · {count, plural, one {# kohde} other {# kohdetta}} · muokattu {date}",
  "cloud.entry.file": "{size} · muokattu {date}",
  "cloud.entry.site": "SharePoint-sivusto",
  "cloud.entry.library": "Tiedostokirjasto",
  "cloud.entry.open": "Avaa {name}",
  "cloud.entry.select": "Valitse {name}",
  "cloud.entry.selected": "Valittu",
  "cloud.shareFolder": "Liitä tämä kansio: {name}",
  "cloud.chosen": "Liitettävä: {name}",
  "cloud.kind.label": "Kuka voi avata linkin",
  "cloud.kind.hint": "Linkki luodaan OneDriveen tai SharePointiin tällä käyttöoikeudella.",
  "cloud.kind.organizationView": "Organisaatiosi käyttäjät voivat tarkastella",
  "cloud.kind.organizationEdit": "Organisaatiosi käyttäjät voivat muokata",
  "cloud.kind.anonymousView": "Kuka tahansa, jolla on linkki, voi tarkastella",
  "cloud.kind.anonymousEdit": "Kuka tahansa, jolla on linkki, voi muokata",
  "cloud.kind.refused": "Organisaatiosi ei salli tätä",
  "cloud.kind.personal": "Ei käytettävissä henkilökohtaisessa OneDrivessa",
  "cloud.refused":
    "Organisaatiosi ei salli linkkejä, joilla {kind, select, organizationView {organisaatiosi käyttäjät voivat tarkastella} organizationEdit {organisaatiosi käyttäjät voivat muokata} anonymousView {kuka tahansa linkin saanut voi tarkastella} other {kuka tahansa linkin saanut voi muokata}}. Valitse toisenlainen linkki.",
  "cloud.noKindLeft":
    "Organisaatiosi ei salli tälle tiedostolle mitään näistä linkeistä. Ota yhteyttä järjestelmänvalvojaan tai jaa tiedosto OneDrivessa ja liitä linkki alle.",
  "cloud.attach": "Luo linkki ja liitä",
  "cloud.linking": "Luodaan linkkiä…",
  "cloud.attached": "Linkki kohteeseen {name} on liitetty kokoukseen.",
  "cloud.consentDeclined":
    "Kokouksen liitteet ei voi avata tiedostojasi, ennen kuin sallit sen. Mitään ei muutettu. Salli käyttö valitsemalla painike uudelleen.",
  "cloud.retry": "Yritä uudelleen",
  "cloud.orPaste": "Tai liitä jakamislinkki miltä tahansa sivustolta:",

  "upload.offer": "Lataa OneDriveen ja liitä linkki",
  "upload.offerHint": "Tiedosto tallennetaan OneDrivesi Attachments-kansioon; kokoukseen liitetään linkki siihen.",
  "upload.kind": "Linkin käyttöoikeus",
  "upload.kindChoose": "Valitse, kuka voi avata linkin",
  "upload.uploading": "Ladataan OneDriveen: {percent, number, percent}",
  "upload.paused": "Lataus pysähtyi kohtaan {percent, number, percent}. Valitse Jatka, niin lataus jatkuu siitä.",
  "upload.cancel": "Pysäytä",
  "upload.resume": "Jatka",
  "upload.failed": "Lataus pysähtyi: {message} Valitse Jatka, niin lataus jatkuu kohdasta, johon se jäi.",
  "upload.linking": "Ladattu. Luodaan linkkiä…",
  "upload.attached": "Tallennettu OneDriveen ja liitetty linkkinä.",
  "upload.attachLink": "Liitä linkki",

  "error.drive.consentRequired":
    "Kokouksen liitteet -apuohjelmalla ei ole lupaa avata tiedostojasi. Valitse painike uudelleen ja salli käyttö, kun Outlook kysyy.",
  "error.drive.accessDenied": "Sinulla ei ole käyttöoikeutta tähän tiedostoon tai kansioon.",
  "error.drive.itemNotFound": "Tätä tiedostoa tai kansiota ei enää ole täällä: se on ehkä siirretty tai poistettu.",
  "error.drive.notAFolder": "Tämä on tiedosto, ei kansio.",
  "error.drive.oneDriveUnavailable":
    "Tililläsi ei ole vielä OneDrivea. Avaa OneDrive kerran selaimessa tai pyydä järjestelmänvalvojalta käyttöoikeus.",
  "error.drive.linkKindRefused": "Organisaatiosi ei salli tämäntyyppistä linkkiä.",
  "error.drive.sharingNotSupported": "Tätä kohdetta ei voi jakaa linkillä.",
  "error.drive.quotaExceeded": "OneDrivesi on täynnä. Vapauta tilaa ja valitse sitten Jatka.",
  "error.drive.nameConflict": "Kansiossa on jo samanniminen tiedosto.",
  "error.drive.nameInvalid":
    "OneDrive ei hyväksy tätä tiedostonimeä. Nimeä tiedosto uudelleen ja valitse se sitten uudestaan.",
  "error.drive.folderPathInvalid": "OneDrive-kansio, johon tiedostot ladataan, ei ole kelvollinen.",
  "error.drive.fileEmpty": "Tiedosto on tyhjä.",
  "error.drive.fileTooLarge": "Tiedosto on suurempi kuin OneDriven sallima enimmäiskoko (250 Gt).",
  "error.drive.searchTextEmpty": "Kirjoita, mitä haluat hakea.",
  "error.drive.uploadSessionExpired":
    "Lataus kesti liian kauan, ja OneDrive hylkäsi sen. Valitse Jatka, niin lataus aloitetaan alusta.",
  "error.drive.uploadOutcomeUnknown":
    "Yhteys katkesi juuri, kun tiedoston lataus oli päättymässä. Tarkista OneDrivesi Attachments-kansio ennen kuin yrität uudelleen.",
};
