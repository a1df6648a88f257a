import type { CatalogOf } from "../catalogOf";
import type { openFormEn } from "./en";

export const openFormFi: CatalogOf<typeof openFormEn> = {
  "openForm.notice.why":
    "{client, select, mac {Macin Outlook} other {Perinteinen Outlook}} pitää avoimesta kokouksesta omaa kopiotaan eikä näe, mitä apuohjelma lisää palvelimelle. Kun tallennat tai lähetät tästä ikkunasta, palvelimelle lisätyt asiat voivat kadota, ja osallistujat saavat vain sen, mitä ikkunassa on.",
  "openForm.notice.toWindow":
    "Siksi {what, select, filesAndEvents {tiedostot ja kalenteristasi valitut tapahtumat lisätään} files {tiedostot lisätään} other {kalenteristasi valitut tapahtumat lisätään}} suoraan tähän ikkunaan, ja ne lähtevät päivityksesi mukana.",
  "openForm.notice.toServer":
    "{what, select, linksEventsLargeFiles {Pilvilinkit, uudet tapahtumat ja yli {limit}:n tiedostot} linksEventsFiles {Pilvilinkit, uudet tapahtumat ja tiedostot} other {Liitteet}} voidaan lisätä vain palvelimelle. Kun olet lisännyt ne, sulje tämä ikkuna tallentamatta, avaa kokous uudelleen kalenteristasi{client, select, classicWindows { (välimuistitilassa vasta, kun Outlook on synkronoinut: Lähetys ja vastaanotto)} other {}}, tarkista, että ne näkyvät, ja lähetä päivitys sieltä.",
  "openForm.afterWindowAttach": "Lähetä päivitys tästä kokousikkunasta: ikkunaan lisätyt asiat lähtevät sen mukana.",
  "openForm.afterServerAttach":
    "Ennen kuin lähetät: palvelimella juuri muutettu ei ole tässä ikkunassa. Sulje ikkuna tallentamatta, avaa kokous uudelleen kalenteristasi{client, select, classicWindows { (välimuistitilassa vasta, kun Outlook on synkronoinut)} other {}}, tarkista liitteet ja lähetä päivitys sieltä.",

  "file.addingToWindow": "Lisätään kokousikkunaan…",
  "file.attachedToWindow": "Lisätty kokousikkunaan",
  "file.attachedToWindowAnnouncement": "{name} on lisätty kokousikkunaan.",
  "event.attachedToWindow": "”{name}” on lisätty kokousikkunaan.",
};
