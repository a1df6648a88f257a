import type { CatalogOf } from "../catalogOf";
import type { coreEn } from "./en";

export const coreFi: CatalogOf<typeof coreEn> = {
  "app.title": "Kokouksen liitteet",
  "app.loading": "Avataan…",

  "outside.title": "Avaa tämä Outlook-kokouksesta",
  "outside.body":
    "Kokouksen liitteet toimii Outlookissa: avaa kokous, jonka järjestäjä olet, valitse tarvittaessa Muokkaa ja valitse sitten valintanauhasta Liitä kokoukseen (ryhmässä Kokouksen liitteet).",
  "outside.noOfficeJs": "Officea ei voitu ladata. Tarkista verkkoyhteys ja lataa tämä ruutu uudelleen.",
  "part.loadFailed": "Tätä ruudun osaa ei voitu ladata. Tarkista verkkoyhteys ja yritä uudelleen.",
  "part.retry": "Yritä uudelleen",

  "meeting.loading": "Luetaan kokousta…",
  "meeting.noSubject": "(Ei aihetta)",
  "meeting.saved": "Tallennettu",
  "meeting.notSaved": "Ei vielä tallennettu",
  "meeting.series": "Muokkaat koko sarjaa. Liitteet lisätään sarjaan.",
  "meeting.occurrence": "Muokkaat yhtä esiintymää. Liitteet lisätään vain tähän esiintymään.",
  "meeting.sharedCalendar": "Käyttäjän {owner} kalenterissa",
  "meeting.olderOutlook":
    "Tämä Outlook-versio ei pysty kertomaan apuohjelmalle, mikä kokous on auki, tallentamatta sitä, joten sinua pyydetään tallentamaan ennen jokaista liitettä. Jaettujen kalenterien kokouksia ei tunnisteta.",
  "meeting.readError": "Kokouksen tietoja ei voitu lukea Outlookista. {detail}",

  "save.title": "Tallennetaanko kokous ensin?",
  "save.bodyNew":
    "Liitteitä voi lisätä vain tallennettuun kokoukseen. Tallentaminen lisää kokouksen kalenteriisi; kutsuja ei lähetetä ennen kuin valitset Lähetä.",
  "save.bodyExisting":
    "Liitteitä voi lisätä vasta, kun muutoksesi on tallennettu. Tallentaminen lähettää päivityksen lisäämillesi tai poistamillesi osallistujille.",
  "save.confirm": "Tallenna ja jatka",
  "save.cancel": "Ei nyt",
  "save.declined":
    "Mitään ei tallennettu eikä liitetty. Kaikki antamasi tiedot ovat tallessa; valitse Liitä, kun olet valmis.",

  "sync.waiting":
    "Odotetaan, että Outlook synkronoi tallennetun kokouksen palvelimelle ({seconds, plural, one {# sekunti} other {# sekuntia}} tähän mennessä)…",
  "sync.cancel": "Lopeta odottaminen",

  "signIn.inProgress": "Kirjaudutaan…",
  "signIn.retry": "Yritä uudelleen",
  "signIn.path": "Kirjautunut ({path})",

  "tab.file": "Tiedosto",
  "tab.event": "Tapahtuma",
  "tab.link": "Pilvilinkki",

  "file.pick": "Valitse tiedostoja",
  "file.dropHint": "tai pudota tiedostot tähän",
  "file.attach": "Liitä",
  "file.cancel": "Peruuta",
  "file.retry": "Yritä uudelleen",
  "file.attachLinkInstead": "Liitä linkki sen sijaan",
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
  "error.withReference": "{message} (Viite tukipalvelua varten: {reference})",

  "error.graph.unauthorized":
    "Microsoft 365 ei hyväksynyt kirjautumistasi. Kirjaudu sisään uudestaan ja yritä uudelleen.",
  "error.graph.accessDenied":
    "Sinulla ei ole oikeutta muokata tätä kokousta. Pyydä kalenterin omistajalta muokkausoikeudet.",
  "error.graph.notFound":
    "Kokousta ei löytynyt palvelimelta. Jos tallensit sen juuri, odota minuutti ja yritä uudelleen.",
  "error.graph.invalidId":
    "Outlook antoi tunnuksen, jota palvelin ei tunnista. Sulje kokous ja avaa se uudestaan. Yritä sitten uudelleen.",
  "error.graph.ewsId":
    "Outlook antoi tunnuksen vanhassa muodossa, jota palvelin ei voi käyttää. Sulje kokous ja avaa se uudestaan. Yritä sitten uudelleen.",
  "error.graph.conflict": "Kokousta muutettiin samaan aikaan muualla. Yritä uudelleen.",
  "error.graph.tooLarge":
    "Tiedosto on liian suuri lähetettäväksi yhdellä pyynnöllä. Yritä uudelleen. Jos yritys epäonnistuu taas, palvelin hylkäsi tiedoston koon.",
  "error.graph.belowSessionMinimum":
    "Palvelin ei suostunut vastaanottamaan tätä tiedostoa osina, koska tiedosto on pieni. Yritä uudelleen.",
  "error.graph.unprocessable": "Palvelin ei voinut käsitellä liitettä. Yritä uudelleen tai ilmoita ongelmasta.",
  "error.graph.badRequest": "Palvelin hylkäsi pyynnön. Yritä uudelleen tai ilmoita ongelmasta.",
  "error.graph.throttled":
    "Microsoft 365 käsittelee muita postilaatikkoosi kohdistuvia pyyntöjä. Odota hetki ja yritä uudelleen.",
  "error.graph.server": "Microsoft 365:ssä ilmeni ongelma. Odota hetki ja yritä uudelleen.",
  "error.graph.network": "Yhteys katkesi. Tarkista verkkoyhteys ja yritä uudelleen.",
  "error.graph.timeout": "Palvelin ei vastannut riittävän nopeasti. Yritä uudelleen.",
  "error.graph.cancelled": "Peruutettu.",
  "error.graph.mailboxFull": "Kokous olisi suurempi kuin postilaatikkosi sallii. Liitä sen sijaan linkki tiedostoon.",
  "error.graph.uploadSessionSharedMailbox":
    "Yli 3 Mt:n tiedostoja ei voi liittää toisen henkilön kalenterissa oleviin kokouksiin (Microsoft 365:n rajoitus). Liitä sen sijaan linkki tiedostoon.",
  "error.graph.uploadHostUnreachable":
    "Tiedostoa ei voitu ladata, koska Outlookin latauspalveluun ({host}) ei saada yhteyttä tästä verkosta. Mitään ei liitetty. Voit liittää sen sijaan linkin tiedostoon.",
  "error.graph.unexpectedResponse": "Palvelin lähetti vastauksen, jota apuohjelma ei ymmärrä. Yritä uudelleen.",
  "error.graph.outcomeUnknown":
    "Yhteys katkesi liitteen lähettämisen jälkeen, joten liite on ehkä lisätty. Tarkista alla oleva liiteluettelo ennen kuin yrität uudelleen.",
  "error.graph.unknown": "Palvelin hylkäsi pyynnön. Yritä uudelleen tai ilmoita ongelmasta.",

  "error.input.nameEmpty": "Kirjoita nimi.",
  "error.input.nameTooLong": "Käytä enintään 255 merkin pituista nimeä.",
  "error.input.nameInvalid":
    "Nimessä on merkkejä, joita ei voi käyttää: ohjausmerkkejä tai tekstin suunnan ohittavia merkkejä.",
  "error.input.nameReserved":
    "Windows on varannut tämän nimen (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9 tai pelkät pisteet), joten osallistujat eivät voisi tallentaa liitettä. Valitse toinen nimi.",
  "error.input.fileEmpty": "Tämä tiedosto on tyhjä (0 tavua), joten liitettävää ei ole.",
  "error.input.fileTooLarge":
    "Tämä tiedosto on suurempi kuin 150 Mt, joka on Outlookin sallima enimmäiskoko. Liitä sen sijaan linkki tiedostoon.",
  "error.input.fileTooLargeForCloud":
    "Yli 3 Mt:n tiedostoja ei voi liittää tässä Microsoft 365 -pilvessä. Liitä sen sijaan linkki tiedostoon.",
  "error.input.subjectInvalid": "Kirjoita aihe.",
  "error.input.bodyInvalid": "Kuvausta ei voi käyttää. Tarkista se ja yritä uudelleen.",
  "error.input.dateInvalid": "Anna kelvollinen päivämäärä ja kellonaika.",
  "error.input.timeZoneEmpty": "Valitse aikavyöhyke.",
  "error.input.endBeforeStart": "Päättymisajan on oltava alkamisajan jälkeen.",
  "error.input.allDayNotMidnight": "Koko päivän tapahtuman on alettava ja päätyttävä keskiyöllä.",
  "error.input.urlInvalid": "Anna täydellinen linkki, joka alkaa merkeillä https://.",
  "error.input.urlNotHttps": "Vain suojattuja linkkejä (https://) voi liittää.",
  "error.input.providerUnknown": "Valitse, mihin tiedosto on tallennettu.",
  "error.input.permissionUnknown": "Valitse, mitä osallistujat voivat tehdä linkillä.",
  "error.input.rangeInvalid": "Hakujakson lopun on oltava sen alun jälkeen.",
  "error.input.mailboxLimit":
    "Tämän tiedoston lisääminen tekisi kokouksesta suuremman kuin {limit}, joka on postilaatikkosi sallima enimmäiskoko. Liitä sen sijaan linkki tiedostoon.",

  "error.auth.consentRequired": "Salli apuohjelman käyttää kalenteriasi: valitse Yritä uudelleen ja hyväksy pyyntö.",
  "error.auth.adminConsentRequired":
    "Organisaatiosi edellyttää, että järjestelmänvalvoja hyväksyy tämän apuohjelman, ennen kuin se voi käyttää kalenteriasi. Ota yhteyttä IT-järjestelmänvalvojaan.",
  "error.auth.userCancelled": "Kirjautuminen peruutettiin. Kirjaudu sisään valitsemalla Yritä uudelleen.",
  "error.auth.popupBlocked":
    "Kirjautumisikkuna estettiin. Salli ponnahdusikkunat Outlookille ja valitse sitten Yritä uudelleen.",
  "error.auth.noAccount": "Kirjautunutta tiliä ei löytynyt. Valitse Yritä uudelleen ja kirjaudu sisään.",
  "error.auth.untrustedOrigin":
    "Tämän apuohjelman rekisteröinti on puutteellinen, joten Office esti kirjautumisesi. Pyydä IT-järjestelmänvalvojaa tarkistamaan apuohjelman asetukset.",
  "error.auth.personalAccountUnsupported":
    "Kirjautuminen Officen kautta ei ole käytettävissä henkilökohtaisille Microsoft-tileille (Outlook.com). Käytä työpaikan tai oppilaitoksen tiliä.",
  "error.auth.office13001": "Et ole kirjautunut Officeen. Kirjaudu Officeen ja valitse sitten Yritä uudelleen.",
  "error.auth.office13006":
    "Officessa ilmeni kirjautumisongelma. Kirjaudu ulos Officesta, kirjaudu sisään uudestaan ja avaa kokous uudelleen.",
  "error.auth.office13012": "Kirjautumista Officen kautta ei tueta tässä Outlookin versiossa.",
  "error.auth.dialogClosed": "Kirjautumisikkuna suljettiin. Kirjaudu sisään valitsemalla Yritä uudelleen.",
  "error.auth.timeout": "Kirjautuminen kesti liian kauan. Valitse Yritä uudelleen.",
  "error.auth.offline": "Näyttää siltä, että olet offline-tilassa. Muodosta yhteys ja valitse sitten Yritä uudelleen.",
  "error.auth.notConfigured":
    "Tässä apuohjelman kopiossa ei ole kirjautumismäärityksiä. Ota yhteyttä IT-järjestelmänvalvojaan.",
  "error.auth.unknown": "Kirjautuminen epäonnistui. Valitse Yritä uudelleen.",

  "error.office.timeout": "Outlook ei vastannut ajoissa. Yritä uudelleen.",
  "error.office.cancelled": "Peruutettu.",
  "error.office.notAvailable":
    "Tämä Outlookin versio ei voi antaa apuohjelmalle kokouksen tietoja. Päivitä Outlook tai käytä Outlookin verkkoversiota.",
  "error.office.manifestPermission":
    "Apuohjelmalla ei ole lupaa tehdä tätä. Pyydä IT-järjestelmänvalvojaa tarkistamaan apuohjelman asetukset.",
  "error.office.invalidArgument": "Outlook hylkäsi pyynnön. Yritä uudelleen.",
  "error.office.notAppointment": "Avaa kokous, jotta voit käyttää tätä apuohjelmaa.",
  "error.office.itemNotSaved": "Kokous on tallennettava, ennen kuin siihen voi liittää mitään.",
  "error.office.saveFailed": "Outlook ei voinut tallentaa kokousta. Tarkista yhteys ja yritä uudelleen.",
  "error.office.itemMoved":
    "Kokous on siirretty tai sen postilaatikko on vaihtunut. Sulje kokous ja avaa se uudestaan. Yritä sitten uudelleen.",
  "error.office.itemChanged": "Valittuna on eri kohde. Avaa kokous uudestaan ja yritä sitten uudelleen.",
  "error.office.itemNotFound":
    "Outlook ei löydä tätä kokousta. Sulje kokous ja avaa se uudestaan. Yritä sitten uudelleen.",
  "error.office.networkError": "Outlook on offline-tilassa. Muodosta yhteys ja yritä sitten uudelleen.",
  "error.office.serverError": "Sähköpostipalvelin palautti virheen. Yritä hetken kuluttua uudelleen.",
  "error.office.accessDenied": "Sinulla ei ole oikeutta muokata tätä kokousta.",
  "error.office.notSupportedForSharedFolders": "Outlook ei salli tätä jaetussa kalenterissa.",
  "error.office.attachmentTooLarge":
    "Outlook hylkäsi tämän tiedoston: kokousikkunaan ei voi lisätä näin suuria liitteitä. Liitä tiedostoon linkki sen sijaan.",
  "error.office.tooManyAttachments":
    "Kokousikkunassa on jo niin monta liitettä kuin Outlook sallii. Poista yksi tai liitä linkki sen sijaan.",
  "error.office.attachmentTypeNotSupported":
    "Outlook ei salli tämän tyyppisen tiedoston liittämistä. Liitä tiedostoon linkki sen sijaan.",
  "error.office.attachmentFailed": "Outlook ei voinut lisätä liitettä kokousikkunaan. Yritä uudelleen.",
  "error.office.formOutcomeUnknown":
    "Outlook ei vahvistanut liitettä ajoissa. Se voi silti ilmestyä kokousikkunaan: tarkista ikkunan liitteet ennen kuin yrität uudelleen.",
  "error.office.invalidItemId":
    "Outlook antoi tunnuksen, jota palvelin ei tunnista. Sulje kokous ja avaa se uudestaan.",
  "error.office.eventNotSynced":
    "Tallennettu kokous ei ole vielä päätynyt palvelimelle. Valitse perinteisessä Outlookissa Lähetys ja vastaanotto > Päivitä kansio (tai siirry online-tilaan), odota minuutti ja yritä sitten uudelleen.",
  "error.office.hostError": "Outlook ilmoitti ongelmasta. Yritä uudelleen.",
  "error.office.readOnlyDelegate":
    "Voit lukea käyttäjän {owner} kalenteria mutta et muokata sitä, joten mitään ei voi liittää. Pyydä käyttäjältä {owner} muokkausoikeudet.",
};
