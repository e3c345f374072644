<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AlreadyMemberDialog</name>
    <message>
        <source>Already a member</source>
        <translation>Asiakas on jo jäsen</translation>
    </message>
    <message>
        <source>This customer is already a member: Engage holds their {field}. Nothing new was saved.</source>
        <translation>Asiakas on jo jäsen: Engagessa on jo hänen tietonsa ({field}). Mitään uutta ei tallennettu.</translation>
    </message>
    <message>
        <source>This customer is already a member. Nothing new was saved.</source>
        <translation>Tällä asiakkaalla on jo jäsenyys. Mitään uutta ei tallennettu.</translation>
    </message>
    <message>
        <source>&amp;Save the ticked boxes to this member</source>
        <translation>&amp;Tallenna valinnat tälle jäsenelle</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>&amp;Avaa jäsen</translation>
    </message>
    <message>
        <source>&amp;Back to form</source>
        <translation>&amp;Takaisin lomakkeelle</translation>
    </message>
    <message>
        <source>For support: Engage id {id}</source>
        <translation>Tukea varten: Engage-tunnus {id}</translation>
    </message>
    <message>
        <source>The existing member could not be looked up just now.</source>
        <translation>Olemassa olevan jäsenen tietoja ei juuri nyt saatu haettua.</translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation>(nimeä ei ole tallennettu)</translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Jäsennumero: {number}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Maa: {country}</translation>
    </message>
</context>
<context>
    <name>AlreadyOpen</name>
    <message>
        <source>posapp is already open</source>
        <extracomment>The exit status of a second posapp on a till (scripts and IT can tell it from a failure).</extracomment>
        <translation>posapp on jo auki</translation>
    </message>
    <message>
        <source>posapp is already open on this till. Use the window that is open: this one closes now, and nothing is lost.</source>
        <translation>posapp on jo auki tällä kassalla. Käytä avoinna olevaa ikkunaa: tämä sulkeutuu nyt, eikä mitään katoa.</translation>
    </message>
    <message>
        <source>&amp;Close this window</source>
        <translation>&amp;Sulje tämä ikkuna</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>&amp;New signup</source>
        <translation>&amp;Uusi jäsen</translation>
    </message>
    <message>
        <source>New signup</source>
        <translation>Uusi jäsen</translation>
    </message>
    <message>
        <source>Saved on this till</source>
        <translation>Tallennettu tähän kassaan</translation>
    </message>
    <message>
        <source>It will be sent to Engage when Engage answers. Nothing more to do: carry on with the next customer.</source>
        <translation>Se lähetetään Engageen, kun Engage vastaa. Muuta ei tarvitse tehdä: jatka seuraavan asiakkaan kanssa.</translation>
    </message>
    <message>
        <source>Saved to the existing member</source>
        <translation>Tallennettu nykyiselle jäsenelle</translation>
    </message>
    <message>
        <source>The offers and consents just ticked are saved to {name}.</source>
        <translation>Juuri valitut tarjoukset ja suostumukset on tallennettu jäsenelle {name}.</translation>
    </message>
    <message>
        <source>The offers and consents just ticked are saved to the member.</source>
        <translation>Juuri valitut tarjoukset ja suostumukset on tallennettu jäsenelle.</translation>
    </message>
    <message>
        <source>No new member was created.</source>
        <translation>Uutta jäsentä ei luotu.</translation>
    </message>
    <message>
        <source>For support: Engage id {id}</source>
        <translation>Tukea varten: Engage-tunnus {id}</translation>
    </message>
    <message>
        <source>Saved as: {type}</source>
        <translation>Tallennettu tyyppinä: {type}</translation>
    </message>
    <message>
        <source>The customer confirms by e-mail.</source>
        <translation>Asiakas vahvistaa sähköpostitse.</translation>
    </message>
    <message>
        <source>{name} is now a member</source>
        <translation>{name} on nyt jäsen</translation>
    </message>
    <message>
        <source>The new member is saved</source>
        <translation>Uusi jäsen on tallennettu</translation>
    </message>
    <message>
        <source>{name} is saved</source>
        <translation>{name} on tallennettu</translation>
    </message>
    <message>
        <source>The new contact is saved</source>
        <translation>Uusi yhteystieto on tallennettu</translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Jäsennumero: {number}</translation>
    </message>
    <message>
        <source>The customer confirms the membership by e-mail.</source>
        <translation>Asiakas vahvistaa jäsenyyden sähköpostitse.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected to Engage</source>
        <translation>Yhteys Engageen toimii</translation>
    </message>
    <message>
        <source>{host} answered over a valid secure connection and accepted the API key ({ms} ms).</source>
        <translation>{host} vastasi kelvollisen suojatun yhteyden kautta ja hyväksyi API-avaimen ({ms} ms).</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Osoitetta ei löydy</translation>
    </message>
    <message>
        <source>No server named {host} can be found. Check the spelling of the Engage address, and that this till&apos;s network can look names up (DNS).</source>
        <translation>Palvelinta {host} ei löydy. Tarkista Engage-osoitteen kirjoitusasu ja se, että nimipalvelu (DNS) toimii tämän kassan verkossa.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Yhteys hylättiin</translation>
    </message>
    <message>
        <source>{host} refused the connection: nothing answers at that address and port. Check the Engage address.</source>
        <translation>{host} hylkäsi yhteyden: tässä osoitteessa ja portissa ei vastaa mikään. Tarkista Engage-osoite.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Ei yhteyttä</translation>
    </message>
    <message>
        <source>{host} could not be reached in time. A firewall or proxy may be blocking this till, or the network is down.</source>
        <translation>Palvelimeen {host} ei saatu yhteyttä ajoissa. Palomuuri tai välityspalvelin voi estää tämän kassan yhteydet, tai verkko ei toimi.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Varmenne on vanhentunut</translation>
    </message>
    <message>
        <source>The security certificate of {host} has expired, so posapp will not send the API key there. If the till&apos;s clock is right, tell whoever runs {host} (or the store&apos;s proxy).</source>
        <translation>Palvelimen {host} varmenne on vanhentunut, joten posapp ei lähetä sinne API-avainta. Jos kassan kellonaika on oikein, ilmoita asiasta palvelimen {host} (tai myymälän välityspalvelimen) ylläpitäjälle.</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>Varmenne ei ole vielä voimassa</translation>
    </message>
    <message>
        <source>The security certificate of {host} is not valid yet. Check this till&apos;s date and time.</source>
        <translation>Palvelimen {host} varmenne ei ole vielä voimassa. Tarkista tämän kassan päivämäärä ja kellonaika.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Itse allekirjoitettu varmenne</translation>
    </message>
    <message>
        <source>{host} presented a self-signed certificate that this till does not trust. If the chain&apos;s proxy inspects TLS traffic, set ca_bundle in [engage] to its certificate authority file.</source>
        <translation>{host} esitti itse allekirjoitetun varmenteen, johon tämä kassa ei luota. Jos ketjun välityspalvelin tarkastaa TLS-liikenteen, aseta [engage]-osion ca_bundle osoittamaan välityspalvelimen varmentajan (CA) tiedostoon.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Varmenteeseen ei luoteta</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this till does not trust. If the chain&apos;s proxy inspects TLS traffic, set ca_bundle in [engage] to its certificate authority file.</source>
        <translation>Palvelimen {host} varmenteen on myöntänyt varmentaja, johon tämä kassa ei luota. Jos ketjun välityspalvelin tarkastaa TLS-liikenteen, aseta [engage]-osion ca_bundle osoittamaan välityspalvelimen varmentajan (CA) tiedostoon.</translation>
    </message>
    <message>
        <source>Certificate for another server</source>
        <translation>Varmenne on toiselle palvelimelle</translation>
    </message>
    <message>
        <source>The certificate presented is not valid for {host}. Check the Engage address, such as https://acme.voyado.com.</source>
        <translation>Esitetty varmenne ei kelpaa palvelimelle {host}. Tarkista Engage-osoite (esimerkiksi https://acme.voyado.com).</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Suojattu yhteys epäonnistui</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {host} could not be set up. Check that the address starts with https:// and points at Engage.</source>
        <translation>Suojattua (TLS) yhteyttä palvelimeen {host} ei voitu muodostaa. Tarkista, että osoite alkaa https:// ja johtaa Engageen.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Yhteyttä ei saada</translation>
    </message>
    <message>
        <source>posapp could not connect to {host}. Check the address and the till&apos;s network.</source>
        <translation>posapp ei saanut yhteyttä palvelimeen {host}. Tarkista osoite ja kassan verkkoyhteys.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-avain hylättiin</translation>
    </message>
    <message>
        <source>{host} answered, but refused the API key (HTTP {status}). Check that the key is complete, belongs to this tenant and has not been revoked.</source>
        <translation>{host} vastasi mutta hylkäsi API-avaimen (HTTP {status}). Tarkista, että avain on kokonainen, kuuluu tähän Engage-ympäristöön eikä sitä ole peruttu.</translation>
    </message>
    <message>
        <source>Something other than Engage answered</source>
        <translation>Vastaus ei tullut Engagesta</translation>
    </message>
    <message>
        <source>The answer from {host} is not Engage&apos;s (HTTP {status}, a web page rather than data). A proxy is in the way, or the address is not the tenant&apos;s Engage address.</source>
        <translation>Palvelimen {host} vastaus ei tule Engagesta (HTTP {status}, verkkosivu, ei dataa). Välissä on välityspalvelin, tai osoite ei ole ympäristön Engage-osoite.</translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation>Engagessa oli ongelma</translation>
    </message>
    <message>
        <source>{host} answered with an internal error (HTTP {status}). The address is probably right; try again later, or ask Voyado.</source>
        <translation>{host} vastasi sisäisellä virheellä (HTTP {status}). Osoite on luultavasti oikein; yritä myöhemmin uudelleen tai ota yhteyttä Voyadoon.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Vastausta ei tullut ajoissa</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not answer in time. Try again; if it persists, a proxy may be holding the request.</source>
        <translation>{host} hyväksyi yhteyden mutta ei vastannut ajoissa. Yritä uudelleen; jos ongelma jatkuu, välityspalvelin voi pidätellä pyyntöä.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Yhteys katkesi</translation>
    </message>
    <message>
        <source>The connection to {host} broke during the test. Try again; if it persists, check the network and any proxy.</source>
        <translation>Yhteys palvelimeen {host} katkesi testin aikana. Yritä uudelleen; jos ongelma jatkuu, tarkista verkko ja mahdollinen välityspalvelin.</translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation>Engage on ruuhkautunut</translation>
    </message>
    <message>
        <source>{host} asked posapp to slow down (HTTP 429). Wait a minute and test again.</source>
        <translation>{host} pyysi harventamaan pyyntöjä (HTTP 429). Odota minuutti ja testaa uudelleen.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Odottamaton vastaus</translation>
    </message>
    <message>
        <source>{host} answered in a way posapp did not expect. The details below tell IT what came back.</source>
        <translation>{host} vastasi tavalla, jota posapp ei odottanut. Alla olevista tiedoista näkyy, mitä palvelin palautti.</translation>
    </message>
    <message>
        <source>{host} answered and accepted the API key ({ms} ms). This is a plain http:// test server on this computer, not a tenant.</source>
        <translation>{host} vastasi ja hyväksyi API-avaimen ({ms} ms). Tämä on tämän tietokoneen suojaamaton http://-testipalvelin, ei Engage-ympäristö.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Optional</source>
        <translation>Vapaaehtoinen</translation>
    </message>
    <message>
        <source>Needed to join the club</source>
        <translation>Tarvitaan, jotta voit liittyä kerhoon</translation>
    </message>
    <message>
        <source>Required: the customer must agree to become a member</source>
        <translation>Pakollinen: asiakkaan on hyväksyttävä, jotta hänestä tulee jäsen</translation>
    </message>
    <message>
        <source>Please tick this to join</source>
        <translation>Valitse tämä, jotta voit liittyä</translation>
    </message>
    <message>
        <source>The customer must agree to this to become a member</source>
        <translation>Asiakkaan on hyväksyttävä tämä, jotta hänestä tulee jäsen</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>It is not known yet whether the signup was saved. Retry checks first, so the customer cannot be registered twice.</source>
        <translation>Vielä ei tiedetä, tallentuiko liittyminen. Uusi yritys tarkistaa sen ensin, joten asiakas ei voi tallentua kahdesti.</translation>
    </message>
    <message>
        <source>The signup was saved.</source>
        <translation>Liittyminen tallentui.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Engage took too long</source>
        <translation>Engage vastasi liian hitaasti</translation>
    </message>
    <message>
        <source>Engage gave up on the request and rolled it back.</source>
        <translation>Engage keskeytti pyynnön ja perui sen.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, carry on with the sale and sign the customer up later.</source>
        <translation>Paina ”Yritä uudelleen”. Jos ongelma toistuu, jatka myyntiä ja liitä asiakas jäseneksi myöhemmin.</translation>
    </message>
    <message>
        <source>No answer from Engage</source>
        <translation>Engage ei vastaa</translation>
    </message>
    <message>
        <source>Engage did not answer in time.</source>
        <translation>Engage ei vastannut ajoissa.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Yhteys katkesi</translation>
    </message>
    <message>
        <source>The connection to Engage broke during the request.</source>
        <translation>Yhteys Engageen katkesi kesken pyynnön.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, check the store&apos;s network.</source>
        <translation>Paina ”Yritä uudelleen”. Jos ongelma toistuu, tarkista myymälän verkkoyhteys.</translation>
    </message>
    <message>
        <source>Engage&apos;s certificate was not accepted</source>
        <translation>Engagen varmennetta ei hyväksytty</translation>
    </message>
    <message>
        <source>The certificate of Engage&apos;s address was not accepted, so posapp sent nothing. Something on the network may be in the way, or the till&apos;s date and time may be wrong.</source>
        <translation>Engagen osoitteen varmennetta ei hyväksytty, joten posapp ei lähettänyt mitään. Jokin verkossa voi olla tiellä, tai kassan päivämäärä ja kellonaika voivat olla väärin.</translation>
    </message>
    <message>
        <source>Tell IT the details below. The sale can go on without the signup.</source>
        <translation>Kerro IT-tuelle alla olevat tekniset tiedot. Myyntiä voi jatkaa ilman liittymistä.</translation>
    </message>
    <message>
        <source>Cannot reach Engage</source>
        <translation>Engageen ei saada yhteyttä</translation>
    </message>
    <message>
        <source>posapp could not connect to Engage.</source>
        <translation>posapp ei saanut yhteyttä Engageen.</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then press Retry. The sale can go on without the signup.</source>
        <translation>Tarkista verkkokaapeli tai Wi-Fi ja paina ”Yritä uudelleen”. Myyntiä voi jatkaa ilman liittymistä.</translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation>Engage on ruuhkautunut</translation>
    </message>
    <message>
        <source>Engage received too many requests and asked posapp to wait.</source>
        <translation>Engage sai liikaa pyyntöjä ja pyysi odottamaan.</translation>
    </message>
    <message>
        <source>Wait a few seconds, then press Retry.</source>
        <translation>Odota muutama sekunti ja paina ”Yritä uudelleen”.</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Vastausta ei voi lukea</translation>
    </message>
    <message>
        <source>The answer from Engage could not be read. A proxy or the network may be in the way.</source>
        <translation>Engagen vastausta ei voitu lukea. Syynä voi olla välityspalvelin tai verkko.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, tell IT the details below.</source>
        <translation>Paina ”Yritä uudelleen”. Jos ongelma toistuu, kerro IT-tuelle alla olevat tekniset tiedot.</translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation>Engagessa oli ongelma</translation>
    </message>
    <message>
        <source>Engage reported an internal error.</source>
        <translation>Engage ilmoitti sisäisestä virheestä.</translation>
    </message>
    <message>
        <source>Signup in progress</source>
        <translation>Liittyminen on kesken</translation>
    </message>
    <message>
        <source>A signup with this key is being saved right now, perhaps at another till.</source>
        <translation>Liittymistä tällä tunnisteella tallennetaan parhaillaan, ehkä toisella kassalla.</translation>
    </message>
    <message>
        <source>Wait a moment, then press Retry to look it up.</source>
        <translation>Odota hetki ja tarkista tilanne painamalla ”Yritä uudelleen”.</translation>
    </message>
    <message>
        <source>Engage refused the API key</source>
        <translation>Engage hylkäsi API-avaimen</translation>
    </message>
    <message>
        <source>Engage refused posapp&apos;s API key.</source>
        <translation>Engage hylkäsi tämän kassan API-avaimen.</translation>
    </message>
    <message>
        <source>Tell IT: the API key of this till is wrong, expired or lacks rights. The sale can go on without the signup.</source>
        <translation>Ilmoita IT-tuelle: tämän kassan API-avain on väärä tai vanhentunut, tai siltä puuttuu oikeuksia. Myyntiä voi jatkaa ilman liittymistä.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Mitään ei lähetetty</translation>
    </message>
    <message>
        <source>Engage received an empty signup.</source>
        <translation>Engageen saapui tyhjä liittymispyyntö.</translation>
    </message>
    <message>
        <source>Tell IT: this is a fault in posapp.</source>
        <translation>Ilmoita IT-tuelle: vika on posapp-sovelluksessa.</translation>
    </message>
    <message>
        <source>Engage did not accept the signup</source>
        <translation>Engage ei hyväksynyt liittymistä</translation>
    </message>
    <message>
        <source>Engage refused the details but did not say which field.</source>
        <translation>Engage hylkäsi tiedot mutta ei kertonut, mikä kenttä oli virheellinen.</translation>
    </message>
    <message>
        <source>Check the details with the customer and save again. If they look right, tell IT the details below.</source>
        <translation>Tarkista tiedot asiakkaan kanssa ja tallenna uudelleen. Jos tiedot ovat oikein, kerro IT-tuelle alla olevat tekniset tiedot.</translation>
    </message>
    <message>
        <source>Check the marked fields</source>
        <translation>Tarkista merkityt kentät</translation>
    </message>
    <message>
        <source>Engage did not accept some of the fields.</source>
        <translation>Engage ei hyväksynyt kaikkia kenttiä.</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>Korjaa merkityt kentät ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Asiakas on jo jäsen</translation>
    </message>
    <message>
        <source>This customer is already a member.</source>
        <translation>Tällä asiakkaalla on jo jäsenyys.</translation>
    </message>
    <message>
        <source>Open the member to check their details.</source>
        <translation>Avaa jäsen ja tarkista hänen tietonsa.</translation>
    </message>
    <message>
        <source>No member found</source>
        <translation>Jäsentä ei löytynyt</translation>
    </message>
    <message>
        <source>No member has this key.</source>
        <translation>Tällä tunnisteella ei löydy jäsentä.</translation>
    </message>
    <message>
        <source>Check the key, or sign the customer up.</source>
        <translation>Tarkista tunniste tai liitä asiakas jäseneksi.</translation>
    </message>
    <message>
        <source>More than one member</source>
        <translation>Useita jäseniä</translation>
    </message>
    <message>
        <source>Several members match this key.</source>
        <translation>Tällä tunnisteella löytyy useita jäseniä.</translation>
    </message>
    <message>
        <source>Search with a more specific key.</source>
        <translation>Hae tarkemmalla tunnisteella.</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Tarkista tunniste</translation>
    </message>
    <message>
        <source>Engage did not accept the search.</source>
        <translation>Engage ei hyväksynyt hakua.</translation>
    </message>
    <message>
        <source>Check what was typed and try again.</source>
        <translation>Tarkista syötetyt tiedot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Engage could not do this</source>
        <translation>Engage ei voinut suorittaa pyyntöä</translation>
    </message>
    <message>
        <source>Engage refused the request.</source>
        <translation>Engage hylkäsi pyynnön.</translation>
    </message>
    <message>
        <source>Tell IT the details below.</source>
        <translation>Kerro IT-tuelle alla olevat tekniset tiedot.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <source>posapp ran into an unexpected fault.</source>
        <translation>Sovelluksessa tapahtui odottamaton virhe.</translation>
    </message>
    <message>
        <source>Nothing typed is lost. Try again; if it persists, tell IT.</source>
        <translation>Syötetyt tiedot ovat tallessa. Yritä uudelleen; jos ongelma jatkuu, ilmoita IT-tuelle.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yyppi</translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation>&amp;Matkapuhelin</translation>
    </message>
    <message>
        <source>&amp;Personal identity number</source>
        <translation>&amp;Henkilötunnus</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Sähköposti</translation>
    </message>
    <message>
        <source>Member &amp;number</source>
        <translation>&amp;Jäsennumero</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>S&amp;ukunimi</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Sy&amp;ntymäaika</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>M&amp;aa</translation>
    </message>
    <message>
        <source>S&amp;treet address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Postito&amp;imipaikka</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Kie&amp;li</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>Sukupu&amp;oli</translation>
    </message>
    <message>
        <source>Offers by e-m&amp;ail</source>
        <translation>Ta&amp;rjouksia sähköpostiin</translation>
    </message>
    <message>
        <source>Offers by te&amp;xt message</source>
        <translation>Tarjouksia teksti&amp;viestinä</translation>
    </message>
    <message>
        <source>e.g. 070-174 06 05</source>
        <translation>esim. 040 123 4567</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN or Finnish DDMMYY-NNNX</source>
        <translation>PPKKVV-NNNT tai ruotsalainen VVVVKKPP-NNNN</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nimi@esimerkki.fi</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>pp.kk.vvvv</translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation>Skannaa tai kirjoita kortin numero</translation>
    </message>
    <message>
        <source>Mobile number; local numbers are read in the selected country</source>
        <translation>Matkapuhelinnumero; ilman maatunnusta annettu numero tulkitaan valitun maan numeroksi</translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer, or Finnish HETU</source>
        <translation>Suomalainen henkilötunnus tai ruotsalainen personnummer tai samordningsnummer</translation>
    </message>
    <message>
        <source>Type a country name or code to search the list</source>
        <translation>Hae luettelosta kirjoittamalla maan nimi tai maakoodi</translation>
    </message>
    <message>
        <source>Year, month and day, such as 1990-01-31, or day first: 31.1.1990</source>
        <translation>Päivä, kuukausi ja vuosi, esim. 31.1.1990 tai 1990-01-31</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by e-mail</source>
        <translation>Valitse vain, jos asiakas haluaa tarjouksia sähköpostiin</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by text message</source>
        <translation>Valitse vain, jos asiakas haluaa tarjouksia tekstiviestinä</translation>
    </message>
    <message>
        <source>Offe&amp;rs by post</source>
        <translation>Tarjouksia &amp;postitse</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by post</source>
        <translation>Valitse vain, jos asiakas haluaa tarjouksia postitse</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address, for offers and the club&apos;s messages</source>
        <translation>Asiakkaan sähköpostiosoite tarjouksia ja klubin viestejä varten</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>Asiakkaan etunimi</translation>
    </message>
    <message>
        <source>The customer&apos;s last name</source>
        <translation>Asiakkaan sukunimi</translation>
    </message>
    <message>
        <source>The number on the customer&apos;s membership card</source>
        <translation>Asiakkaan jäsenkortin numero</translation>
    </message>
    <message>
        <source>Street name and number</source>
        <translation>Katuosoite ja numero</translation>
    </message>
    <message>
        <source>The postcode, without the town</source>
        <translation>Postinumero ilman postitoimipaikkaa</translation>
    </message>
    <message>
        <source>The town or city</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Only if the customer wants to say</source>
        <translation>Vain jos asiakas haluaa kertoa</translation>
    </message>
    <message>
        <source>The language the club writes to the customer in</source>
        <translation>Kieli, jolla klubi kirjoittaa asiakkaalle</translation>
    </message>
    <message>
        <source>The kind of membership: it decides the key and the fields</source>
        <translation>Jäsenyyden tyyppi: se määrää tunnisteen ja kentät</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{name} (required)</source>
        <translation>{name} (pakollinen)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nainen</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mies</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Engage did not accept this field</source>
        <translation>Engage ei hyväksynyt tätä kenttää</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pakollinen</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>syntynyt {date}</translation>
    </message>
</context>
<context>
    <name>FindMemberFlow</name>
    <message>
        <source>Saved. This is what Engage holds now.</source>
        <translation>Tallennettu. Nämä tiedot ovat nyt Engagessa.</translation>
    </message>
    <message>
        <source>Saving a change again is safe: it cannot create anything twice.</source>
        <translation>Muutoksen voi tallentaa uudelleen turvallisesti: mitään ei synny kahteen kertaan.</translation>
    </message>
</context>
<context>
    <name>FindMemberPage</name>
    <message>
        <source>(not set)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation>(nimeä ei ole tallennettu)</translation>
    </message>
    <message>
        <source>No member found with {field} {value}.</source>
        <translation>Jäsentä ei löytynyt tiedolla {field} {value}.</translation>
    </message>
    <message numerus="yes">
        <source>%n members have {field} {value}. Search by something only one of them has, such as the personal identity number.</source>
        <translation>
            <numerusform>%n jäsenellä on {field} {value}. Hae tiedolla, joka on vain yhdellä heistä, esimerkiksi henkilötunnuksella.</numerusform>
            <numerusform>%n jäsenellä on {field} {value}. Hae tiedolla, joka on vain yhdellä heistä, esimerkiksi henkilötunnuksella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Jäsennumero: {number}</translation>
    </message>
    <message>
        <source>Member since: {date}</source>
        <translation>Jäsen alkaen: {date}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Asking Engage…</source>
        <translation>Odotetaan Engagen vastausta…</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Hae jäsen</translation>
    </message>
    <message>
        <source>Search &amp;by</source>
        <translation>Haku&amp;peruste</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Hakuperuste</translation>
    </message>
    <message>
        <source>Which key to search by: mobile number, personal identity number, e-mail or member number</source>
        <translation>Millä haetaan: matkapuhelinnumero, henkilötunnus, sähköposti tai jäsennumero</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <source>Sign &amp;up instead</source>
        <translation>Liitä &amp;uudeksi jäseneksi</translation>
    </message>
    <message>
        <source>Sign up instead</source>
        <translation>Liitä uudeksi jäseneksi</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tarjoukset</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Untick to stop the offers; the change is saved with Save changes</source>
        <translation>Poista valinta lopettaaksesi tarjoukset; muutos tallentuu painikkeella Tallenna muutokset</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Tallenna muutokset</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation>← Takaisin lomakkeelle</translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation>Takaisin lomakkeelle</translation>
    </message>
    <message>
        <source>Key to search for</source>
        <translation>Haettava tunniste</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Oletko vielä paikalla?</translation>
    </message>
    <message>
        <source>To keep your details private, we&apos;ll clear the form when the countdown ends.</source>
        <translation>Jotta tietosi pysyvät turvassa, tyhjennämme lomakkeen, kun aika loppuu.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Olen vielä tässä</translation>
    </message>
    <message>
        <source>Clear my details now</source>
        <translation>Tyhjennä tietoni nyt</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n sekunti jäljellä</numerusform>
            <numerusform>%n sekuntia jäljellä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>Still working on it — one moment…</source>
        <translation>Vielä hetki, käsittelemme tietojasi…</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Tarkistathan merkityt kentät.</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>Signing you up…</source>
        <translation>Liitämme sinut jäseneksi…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Liity</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Tarkistathan merkityt kentät.</translation>
    </message>
    <message>
        <source>Read the terms</source>
        <translation>Lue ehdot</translation>
    </message>
    <message>
        <source>Read the full terms</source>
        <translation>Lue ehdot kokonaan</translation>
    </message>
    <message>
        <source>Join the club</source>
        <translation>Liity asiakasklubiin</translation>
    </message>
</context>
<context>
    <name>KioskTexts</name>
    <message>
        <source>Mobile number</source>
        <translation>Matkapuhelinnumero</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>Membership card number</source>
        <translation>Jäsenkortin numero</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Yes, send me offers by e-mail</source>
        <translation>Kyllä, tarjouksia sähköpostiini</translation>
    </message>
    <message>
        <source>Yes, send me offers by text message</source>
        <translation>Kyllä, tarjouksia tekstiviestinä</translation>
    </message>
    <message>
        <source>Yes, send me offers by post</source>
        <translation>Kyllä, tarjouksia postitse</translation>
    </message>
    <message>
        <source>Tick to get our offers by post. You can stop them at any time.</source>
        <translation>Valitse, jos haluat tarjouksemme postitse. Voit perua ne milloin tahansa.</translation>
    </message>
    <message>
        <source>Your mobile number. A number from abroad starts with + and the country code.</source>
        <translation>Matkapuhelinnumerosi. Ulkomainen numero alkaa +-merkillä ja maatunnuksella.</translation>
    </message>
    <message>
        <source>Your personal identity number</source>
        <translation>Henkilötunnuksesi</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Sähköpostiosoitteesi</translation>
    </message>
    <message>
        <source>The number on your membership card</source>
        <translation>Jäsenkorttisi numero</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Etunimesi</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Sukunimesi</translation>
    </message>
    <message>
        <source>Your date of birth: day, month and year</source>
        <translation>Syntymäaikasi: päivä, kuukausi ja vuosi</translation>
    </message>
    <message>
        <source>Tick to get our offers by e-mail. You can stop them at any time.</source>
        <translation>Valitse, jos haluat tarjouksemme sähköpostiisi. Voit perua ne milloin tahansa.</translation>
    </message>
    <message>
        <source>Tick to get our offers by text message. You can stop them at any time.</source>
        <translation>Valitse, jos haluat tarjouksemme tekstiviestinä. Voit perua ne milloin tahansa.</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation>{label} (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Please fill this in</source>
        <translation>Täytäthän tämän kentän</translation>
    </message>
    <message>
        <source>Please check this</source>
        <translation>Tarkistathan tämän kentän</translation>
    </message>
    <message>
        <source>By tapping Join you become a member of our customer club and accept its membership terms, which staff can give you on paper. We keep your details only to run your membership, and you can leave at any time.</source>
        <translation>Kun napautat Liity-painiketta, sinusta tulee asiakasklubimme jäsen ja hyväksyt klubin jäsenehdot, jotka saat halutessasi henkilökunnalta myös paperisena. Käytämme tietojasi vain jäsenyytesi hoitamiseen, ja voit erota klubista milloin tahansa.</translation>
    </message>
    <message>
        <source>We keep your details only to run your membership, and you can leave at any time.</source>
        <translation>Säilytämme tietojasi vain jäsenyytesi hoitamiseksi, ja voit erota milloin tahansa.</translation>
    </message>
    <message>
        <source>Would you like offers from us? (optional)</source>
        <translation>Haluatko tarjouksia meiltä? (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>We couldn&apos;t finish your signup</source>
        <translation>Liittyminen jäi kesken</translation>
    </message>
    <message>
        <source>Some of your details could not be accepted. Please check what you typed and try again.</source>
        <translation>Osaa tiedoistasi ei voitu hyväksyä. Tarkista kirjoittamasi tiedot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Our membership system is not answering right now. Please try again in a moment, or ask a member of staff for help.</source>
        <translation>Jäsenjärjestelmämme ei vastaa juuri nyt. Yritä hetken kuluttua uudelleen tai pyydä apua henkilökunnalta.</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please ask a member of staff for help.</source>
        <translation>Jotain meni vikaan meidän päässämme. Pyydä apua henkilökunnalta.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Join our customer club</source>
        <translation>Liity asiakasklubiin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n odottaa</numerusform>
            <numerusform>%n odottaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for staff</source>
        <translation>
            <numerusform>%n henkilökunnalle</numerusform>
            <numerusform>%n henkilökunnalle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait on this till; open the list</source>
        <translation>
            <numerusform>%n liittyminen odottaa tässä kassassa; avaa luettelo</numerusform>
            <numerusform>%n liittymistä odottaa tässä kassassa; avaa luettelo</numerusform>
        </translation>
    </message>
    <message>
        <source>Another member already has this key</source>
        <translation>Toinen jäsen on jo rekisteröity tällä tiedolla</translation>
    </message>
    <message>
        <source>Start a new signup?</source>
        <translation>Aloitetaanko uusi rekisteröinti?</translation>
    </message>
    <message>
        <source>The signup on the form is not saved. Empty the form and lose what was typed?</source>
        <translation>Lomakkeen rekisteröintiä ei ole tallennettu. Tyhjennetäänkö lomake ja hylätään kirjoitettu?</translation>
    </message>
    <message>
        <source>&amp;Empty the form</source>
        <translation>&amp;Tyhjennä lomake</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Jatka kirjoittamista</translation>
    </message>
    <message>
        <source>Waiting signups</source>
        <translation>Odottavat rekisteröinnit</translation>
    </message>
    <message>
        <source>Member signup</source>
        <translation>Jäseneksi liittäminen</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Hae jäsen</translation>
    </message>
    <message>
        <source>Find a member and correct their country or language (Ctrl+F)</source>
        <translation>Etsi jäsen ja korjaa maa tai kieli (Ctrl+F)</translation>
    </message>
    <message>
        <source>Store {store} · {country}</source>
        <translation>Myymälä {store} · {country}</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Not kept on this till</source>
        <translation>Ei tallenneta tähän kassaan</translation>
    </message>
    <message>
        <source>Signups are not kept on this till; open for what to do</source>
        <translation>Liittymisiä ei tallenneta tähän kassaan; avaa nähdäksesi, mitä tehdä</translation>
    </message>
    <message>
        <source>posapp — {view}</source>
        <translation>posapp — {view}</translation>
    </message>
    <message>
        <source>Demo mode: posapp talks to its built-in Engage emulator. No real members are created.</source>
        <translation>Demotila: posapp käyttää sisäänrakennettua Engage-emulaattoria. Oikeita jäseniä ei luoda.</translation>
    </message>
    <message>
        <source>Demo mode, no real members are created</source>
        <translation>Demotila, oikeita jäseniä ei luoda</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Uusi jäsen</translation>
    </message>
    <message>
        <source>Scan or type the customer&apos;s key, fill in the marked fields, then press Enter.</source>
        <translation>Skannaa tai kirjoita asiakkaan tunniste, täytä merkityt kentät ja paina Enter.</translation>
    </message>
    <message>
        <source>Close posapp?</source>
        <translation>Suljetaanko posapp?</translation>
    </message>
    <message>
        <source>The signup on the form is not saved. Close anyway and lose what was typed?</source>
        <translation>Lomakkeen liittymistä ei ole tallennettu. Suljetaanko silti, jolloin kirjoitettu menetetään?</translation>
    </message>
    <message>
        <source>Finishing the save before closing…</source>
        <translation>Viimeistellään tallennus ennen sulkemista…</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Iso kirjain</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Seuraava kenttä</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjaimet</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Numerot</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Thank you!</source>
        <translation>Kiitos!</translation>
    </message>
    <message>
        <source>You&apos;re signed up. We will send your confirmation e-mail shortly.</source>
        <translation>Olet liittynyt. Lähetämme vahvistusviestin sähköpostiisi pian.</translation>
    </message>
    <message>
        <source>You&apos;re signed up. It reaches our membership system in a moment; there is nothing more to do.</source>
        <translation>Olet liittynyt. Tiedot siirtyvät jäsenjärjestelmäämme hetken kuluttua; sinun ei tarvitse tehdä muuta.</translation>
    </message>
    <message>
        <source>Please check your e-mail: our message tells you what happens next.</source>
        <translation>Katso sähköpostisi: viestistämme näet, mitä seuraavaksi tapahtuu.</translation>
    </message>
    <message>
        <source>You&apos;re all set. Staff at the till are happy to help with anything about your membership.</source>
        <translation>Kaikki on valmista. Kassan henkilökunta auttaa mielellään kaikessa jäsenyyteesi liittyvässä.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Aloita alusta</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears itself in %n seconds</source>
        <translation>
            <numerusform>Näyttö tyhjenee %n sekunnin kuluttua</numerusform>
            <numerusform>Näyttö tyhjenee %n sekunnin kuluttua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Henkilökunnan PIN-koodi</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-koodi</translation>
    </message>
    <message>
        <source>Digits only; they are not shown.</source>
        <translation>Vain numeroita; niitä ei näytetä.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Väärä PIN-koodi. Yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>Väärä PIN-koodi. %n yritys jäljellä ennen taukoa.</numerusform>
            <numerusform>Väärä PIN-koodi. %n yritystä jäljellä ennen taukoa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Liian monta väärää PIN-koodia. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Liian monta väärää PIN-koodia. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Liian monta väärää PIN-koodia. Yritä uudelleen %n minuutin kuluttua.</numerusform>
            <numerusform>Liian monta väärää PIN-koodia. Yritä uudelleen %n minuutin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Vain henkilökunnalle</translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave the kiosk.</source>
        <translation>Syötä PIN-koodi poistuaksesi kioskista.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n numero syötetty</numerusform>
            <numerusform>%n numeroa syötetty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>For IT: {details}</source>
        <translation>IT-tuelle: {details}</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>SetupAccess</name>
    <message>
        <source>Set-up</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Set-up (staff only)</source>
        <translation>Asetukset (vain henkilökunnalle)</translation>
    </message>
    <message>
        <source>Engage address, API key and store; asks for the staff PIN ({shortcut})</source>
        <translation>Engage-osoite, API-avain ja myymälä; kysyy henkilökunnan PIN-koodia ({shortcut})</translation>
    </message>
    <message>
        <source>Set-up is not available here: this till has no staff PIN. IT can run posapp --setup.</source>
        <translation>Asetukset eivät ole käytettävissä: tälle kassalle ei ole määritetty henkilökunnan PIN-koodia. IT-tuki voi suorittaa komennon posapp --setup.</translation>
    </message>
    <message>
        <source>Set-up is for staff only.</source>
        <translation>Asetukset ovat vain henkilökunnan käytössä.</translation>
    </message>
    <message>
        <source>Demo mode: the PIN is {pin}.</source>
        <translation>Esittelytila: PIN-koodi on {pin}.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Enter the tenant&apos;s Engage address, such as https://acme.voyado.com.</source>
        <translation>Anna ympäristön Engage-osoite, esimerkiksi https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer.</source>
        <translation>Käytä https://-osoitetta. Pelkkä http:// sallitaan vain tähän tietokoneeseen.</translation>
    </message>
    <message>
        <source>Remove everything from the ? or # on.</source>
        <translation>Poista kaikki merkistä ? tai # alkaen.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Valitse maa luettelosta.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Arvoa ei voi käyttää.</translation>
    </message>
    <message>
        <source>This user may not change that file or its folder. Run the set-up as a user who may, or point POSAPP_CONFIG at another file.</source>
        <translation>Tällä käyttäjällä ei ole oikeutta muuttaa tiedostoa tai sen kansiota. Suorita asetukset käyttäjänä, jolla oikeus on, tai osoita POSAPP_CONFIG toiseen tiedostoon.</translation>
    </message>
    <message>
        <source>It is on a read-only disk. Point POSAPP_CONFIG at a file on another disk.</source>
        <translation>Tiedosto on vain luku -levyllä. Osoita POSAPP_CONFIG tiedostoon toisella levyllä.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then save again.</source>
        <translation>Levy on täynnä. Vapauta tilaa ja tallenna sitten uudelleen.</translation>
    </message>
    <message>
        <source>A folder on the way to it is missing or is a file. Check the path, or point POSAPP_CONFIG at another file.</source>
        <translation>Jokin polun kansioista puuttuu tai on tiedosto. Tarkista polku tai osoita POSAPP_CONFIG toiseen tiedostoon.</translation>
    </message>
    <message>
        <source>That name is a folder, not a file. Point POSAPP_CONFIG at a file.</source>
        <translation>Nimi on kansio eikä tiedosto. Osoita POSAPP_CONFIG tiedostoon.</translation>
    </message>
    <message>
        <source>Run the set-up as a user who may change that file, or point POSAPP_CONFIG at another file.</source>
        <translation>Suorita asetukset käyttäjänä, jolla on oikeus muuttaa tiedostoa, tai osoita POSAPP_CONFIG toiseen tiedostoon.</translation>
    </message>
    <message>
        <source>posapp set-up</source>
        <translation>posapp – asetukset</translation>
    </message>
    <message>
        <source>Set up posapp</source>
        <translation>Ota posapp käyttöön</translation>
    </message>
    <message>
        <source>Connects this till to Voyado Engage. The settings are saved in {path}; the API key is never written there.</source>
        <translation>Yhdistää tämän kassan Voyado Engageen. Asetukset tallennetaan tiedostoon {path}; API-avainta ei koskaan kirjoiteta sinne.</translation>
    </message>
    <message>
        <source>Engage &amp;address</source>
        <translation>&amp;Engage-osoite</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>A&amp;PI-avain</translation>
    </message>
    <message>
        <source>&amp;Store id</source>
        <translation>&amp;Myymälätunnus</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Lähde</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>M&amp;aa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Engage address</source>
        <translation>Engage-osoite</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-avain</translation>
    </message>
    <message>
        <source>Store external id</source>
        <translation>Myymälän ulkoinen tunnus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The tenant&apos;s Engage address, such as https://acme.voyado.com.</source>
        <translation>Ympäristön Engage-osoite, esimerkiksi https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>The API key from Engage&apos;s configuration. It is not shown, and never written to the file.</source>
        <translation>API-avain Engagen määrityksistä. Sitä ei näytetä eikä koskaan kirjoiteta tiedostoon.</translation>
    </message>
    <message>
        <source>Sent to Engage as storeExternalId: the store that recruits the member.</source>
        <translation>Lähetetään Engageen kenttänä storeExternalId: myymälä, jossa jäsen liittyy.</translation>
    </message>
    <message>
        <source>Sent to Engage as source, such as POS.</source>
        <translation>Lähetetään Engageen kenttänä source, esimerkiksi POS.</translation>
    </message>
    <message>
        <source>The default country of new members and of local phone numbers.</source>
        <translation>Uusien jäsenten ja ilman maatunnusta annettujen puhelinnumeroiden oletusmaa.</translation>
    </message>
    <message>
        <source>The language of posapp&apos;s screens at this till.</source>
        <translation>Sovelluksen kieli tällä kassalla.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testaa yhteys</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testaa yhteys</translation>
    </message>
    <message>
        <source>Looks up a member that cannot exist: proves the address, the certificate and the API key.</source>
        <translation>Hakee jäsentä, jota ei voi olla olemassa; näin tarkistetaan osoite, varmenne ja API-avain.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>The existing file cannot be read</source>
        <translation>Nykyistä tiedostoa ei voi lukea</translation>
    </message>
    <message>
        <source>Saving writes a new file; the old one is kept beside it as {name}.bak.</source>
        <translation>Tallennus kirjoittaa uuden tiedoston; vanha säilytetään samassa kansiossa nimellä {name}.bak.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>{variable} is set on this computer: it is used instead of a key saved here.</source>
        <translation>Tällä tietokoneella on asetettu ympäristömuuttuja {variable}: sitä käytetään tänne tallennetun avaimen sijaan.</translation>
    </message>
    <message>
        <source>This machine has no credential store: set {variable} for the posapp service.</source>
        <translation>Tällä koneella ei ole tunnistetietovarastoa: aseta ympäristömuuttuja {variable} posapp-palvelulle.</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s credential store ({store}), never in the file.</source>
        <translation>Säilytetään järjestelmän tunnistetietovarastossa ({store}), ei koskaan tiedostossa.</translation>
    </message>
    <message>
        <source>Saved — type a new key to replace it</source>
        <translation>Tallennettu – vaihda kirjoittamalla uusi avain</translation>
    </message>
    <message>
        <source>The key from Engage&apos;s configuration</source>
        <translation>Avain Engagen määrityksistä</translation>
    </message>
    <message>
        <source>The [engage] settings cannot be used</source>
        <translation>[engage]-asetuksia ei voi käyttää</translation>
    </message>
    <message>
        <source>Correct these lines in the file, then test again.</source>
        <translation>Korjaa nämä rivit tiedostossa ja testaa sitten uudelleen.</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Anna API-avain, niin voit testata yhteyden.</translation>
    </message>
    <message>
        <source>Testing the connection to {host}…</source>
        <translation>Testataan yhteyttä palvelimeen {host}…</translation>
    </message>
    <message>
        <source>{path} cannot be written.</source>
        <translation>Tiedostoon {path} ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The API key was not saved: this machine has no credential store. Set {variable} for the posapp service.</source>
        <translation>API-avainta ei tallennettu: tällä koneella ei ole tunnistetietovarastoa. Aseta ympäristömuuttuja {variable} posapp-palvelulle.</translation>
    </message>
    <message>
        <source>The API key was not saved: the system&apos;s credential store refused it. It may be locked; unlock it and save again.</source>
        <translation>API-avainta ei tallennettu: järjestelmän tunnistetietovarasto ei hyväksynyt sitä. Varasto voi olla lukittu; avaa lukitus ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>For IT: {detail}</source>
        <translation>IT-tuelle: {detail}</translation>
    </message>
    <message>
        <source>Not saved: other settings in the file are wrong</source>
        <translation>Ei tallennettu: tiedoston muissa asetuksissa on virheitä</translation>
    </message>
    <message>
        <source>Correct these lines in the file, then save again.</source>
        <translation>Korjaa nämä rivit tiedostossa ja tallenna sitten uudelleen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Anna API-avain.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Saved, but without the API key</source>
        <translation>Tallennettu ilman API-avainta</translation>
    </message>
    <message>
        <source>The settings are in {path}.</source>
        <translation>Asetukset ovat tiedostossa {path}.</translation>
    </message>
    <message>
        <source>They take effect when posapp starts again.</source>
        <translation>Ne tulevat voimaan, kun posapp käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>{variable} is set on this computer: it is used as the API key.</source>
        <translation>Tällä tietokoneella on asetettu ympäristömuuttuja {variable}: sitä käytetään API-avaimena.</translation>
    </message>
    <message>
        <source>The API key is kept in the system&apos;s credential store.</source>
        <translation>API-avain säilytetään järjestelmän tunnistetietovarastossa.</translation>
    </message>
</context>
<context>
    <name>SignupFlow</name>
    <message>
        <source>Engage did not accept the marked fields.</source>
        <translation>Engage ei hyväksynyt merkittyjä kenttiä.</translation>
    </message>
</context>
<context>
    <name>SignupForm</name>
    <message>
        <source>Saving to Engage…</source>
        <translation>Tallennetaan Engageen…</translation>
    </message>
    <message>
        <source>The customer agrees to</source>
        <translation>Asiakas haluaa</translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation>&amp;Tallenna jäsen</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>Tallenna jäsen</translation>
    </message>
    <message>
        <source>Enter saves from any field when the form is complete</source>
        <translation>Kun lomake on valmis, Enter tallentaa missä tahansa kentässä</translation>
    </message>
    <message>
        <source>Fill in {field} to save.</source>
        <translation>Täytä ensin kenttä ”{field}”.</translation>
    </message>
    <message>
        <source>Correct {field} to save.</source>
        <translation>Korjaa ensin kenttä ”{field}”.</translation>
    </message>
    <message>
        <source>The customer must agree to the terms marked * to save.</source>
        <translation>Asiakkaan on hyväksyttävä *-merkityt ehdot ennen tallennusta.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Close the terms</source>
        <translation>Sulje ehdot</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Ehdot</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Another member already has this key.</source>
        <translation>Toinen jäsen on jo rekisteröity tällä tiedolla.</translation>
    </message>
    <message>
        <source>Engage did not accept: {fields}</source>
        <translation>Engage ei hyväksynyt: {fields}</translation>
    </message>
    <message>
        <source>Several members have this key.</source>
        <translation>Usea jäsen on rekisteröity tällä tiedolla.</translation>
    </message>
    <message>
        <source>Engage refused the signup.</source>
        <translation>Engage hylkäsi liittymisen.</translation>
    </message>
    <message>
        <source>Waiting signups</source>
        <translation>Odottavat liittymiset</translation>
    </message>
    <message>
        <source>Signups are not kept on this till: the outbox could not be opened. Tell IT (see the log).</source>
        <translation>Liittymisiä ei säilytetä tässä kassassa: lähtevien kansiota ei voitu avata. Ilmoita IT-tuelle (katso loki).</translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait to be sent to Engage, the oldest since {since}. They are sent by themselves when Engage answers.</source>
        <translation>
            <numerusform>%n liittyminen odottaa lähetystä Engageen {since} lähtien. Se lähtee itsestään, kun Engage vastaa.</numerusform>
            <numerusform>%n liittymistä odottaa lähetystä Engageen, vanhin {since} lähtien. Ne lähtevät itsestään, kun Engage vastaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signup waits to be sent to Engage.</source>
        <translation>Yksikään liittyminen ei odota lähetystä Engageen.</translation>
    </message>
    <message>
        <source>Sending is paused: Engage refused this till&apos;s API key. Tell IT.</source>
        <translation>Lähetys on keskeytetty: Engage hylkäsi tämän kassan API-avaimen. Ilmoita IT-tuelle.</translation>
    </message>
    <message>
        <source>&amp;Signups for staff to settle:</source>
        <translation>&amp;Henkilökunnan hoidettavat liittymiset:</translation>
    </message>
    <message>
        <source>None: nothing needs staff.</source>
        <translation>Ei yhtään: mikään ei vaadi henkilökuntaa.</translation>
    </message>
    <message>
        <source>&amp;Open on the form</source>
        <translation>&amp;Avaa lomakkeelle</translation>
    </message>
    <message>
        <source>Open on the signup form</source>
        <translation>Avaa liittymislomakkeelle</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>Discard this signup</source>
        <translation>Hylkää tämä liittyminen</translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation>← Takaisin liittymiseen</translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation>Takaisin liittymiseen</translation>
    </message>
    <message>
        <source>Discard the signup?</source>
        <translation>Hylätäänkö liittyminen?</translation>
    </message>
    <message>
        <source>The customer&apos;s details are deleted from this till and never reach Engage. Discard?</source>
        <translation>Asiakkaan tiedot poistetaan tästä kassasta, eivätkä ne koskaan päädy Engageen. Hylätäänkö?</translation>
    </message>
</context>
<context>
    <name>WelcomeHeader</name>
    <message>
        <source>Join our customer club</source>
        <translation>Liity asiakasklubiin</translation>
    </message>
    <message>
        <source>It takes less than a minute.</source>
        <translation>Se vie alle minuutin.</translation>
    </message>
    <message>
        <source>Fill in your details</source>
        <translation>Täytä tietosi</translation>
    </message>
    <message>
        <source>Tap Join</source>
        <translation>Napauta Liity-painiketta</translation>
    </message>
    <message>
        <source>Confirm with the link in the e-mail we send you</source>
        <translation>Vahvista jäsenyys linkistä, jonka lähetämme sähköpostiisi</translation>
    </message>
    <message>
        <source>Enjoy your member offers</source>
        <translation>Nauti jäsentarjouksista</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Too long</source>
        <translation>Liian pitkä</translation>
    </message>
    <message>
        <source>Too long — at most {max} characters</source>
        <translation>Liian pitkä – enintään {max} merkkiä</translation>
    </message>
    <message>
        <source>Enter {digits} more digits</source>
        <translation>Syötä vielä {digits} numeroa</translation>
    </message>
    <message>
        <source>Enter 1 more digit</source>
        <translation>Syötä vielä 1 numero</translation>
    </message>
    <message>
        <source>Enter at least {digits} more digits</source>
        <translation>Numeroita puuttuu vielä vähintään {digits}</translation>
    </message>
    <message>
        <source>Enter at least 1 more digit</source>
        <translation>Numeroita puuttuu vielä vähintään 1</translation>
    </message>
    <message>
        <source>Enter {count} more characters</source>
        <translation>Syötä vielä {count} merkkiä</translation>
    </message>
    <message>
        <source>Enter 1 more character</source>
        <translation>Syötä vielä 1 merkki</translation>
    </message>
    <message>
        <source>No spaces allowed</source>
        <translation>Ei välilyöntejä</translation>
    </message>
    <message>
        <source>Contains characters that cannot be used</source>
        <translation>Sisältää merkkejä, joita ei voi käyttää</translation>
    </message>
    <message>
        <source>Date is in the future</source>
        <translation>Päivämäärä on tulevaisuudessa</translation>
    </message>
    <message>
        <source>No such date</source>
        <translation>Päivämäärää ei ole olemassa</translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( )</source>
        <translation>Vain numeroita, välilyöntejä ja + - ( )</translation>
    </message>
    <message>
        <source>+ can only come first</source>
        <translation>+ voi olla vain alussa</translation>
    </message>
    <message>
        <source>Enter more digits</source>
        <translation>Syötä lisää numeroita</translation>
    </message>
    <message>
        <source>Enter the country code</source>
        <translation>Syötä maatunnus</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Tuntematon maatunnus</translation>
    </message>
    <message>
        <source>Start with + and the country code</source>
        <translation>Aloita +-merkillä ja maatunnuksella</translation>
    </message>
    <message>
        <source>Foreign number? Start with + and the country code</source>
        <translation>Ulkomainen numero? Aloita +-merkillä ja maatunnuksella</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Liikaa numeroita</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Tämä ei ole matkapuhelinnumero</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Virheellinen puhelinnumero</translation>
    </message>
    <message>
        <source>Not a personal identity number</source>
        <translation>Tämä ei ole henkilötunnus</translation>
    </message>
    <message>
        <source>Wrong length — use 10 or 12 digits</source>
        <translation>Väärä pituus – käytä 10 tai 12 numeroa</translation>
    </message>
    <message>
        <source>The year must start with 18, 19 or 20</source>
        <translation>Vuoden on alettava 18, 19 tai 20</translation>
    </message>
    <message>
        <source>Check digit is wrong — check the number</source>
        <translation>Tarkistusmerkki on väärä – tarkista tunnus</translation>
    </message>
    <message>
        <source>No such date — check the number</source>
        <translation>Virheellinen päivämäärä – tarkista tunnus</translation>
    </message>
    <message>
        <source>The three digits after the date must be 002–899</source>
        <translation>Päivämäärän jälkeisten numeroiden on oltava 002–899</translation>
    </message>
    <message>
        <source>Temporary identity numbers are not accepted</source>
        <translation>Väliaikaista henkilötunnusta ei hyväksytä</translation>
    </message>
    <message>
        <source>Add @ and the domain</source>
        <translation>Lisää @ ja verkkotunnus</translation>
    </message>
    <message>
        <source>Only one @ allowed</source>
        <translation>Vain yksi @-merkki sallitaan</translation>
    </message>
    <message>
        <source>Enter the part before @</source>
        <translation>Kirjoita osa ennen @-merkkiä</translation>
    </message>
    <message>
        <source>Check the part before @</source>
        <translation>Tarkista osa ennen @-merkkiä</translation>
    </message>
    <message>
        <source>The part before @ is too long — at most {max} characters</source>
        <translation>Osa ennen @-merkkiä on liian pitkä – enintään {max} merkkiä</translation>
    </message>
    <message>
        <source>Enter the part after @</source>
        <translation>Kirjoita osa @-merkin jälkeen</translation>
    </message>
    <message>
        <source>Finish the part after @, e.g. .se</source>
        <translation>Täydennä osa @-merkin jälkeen, esim. .fi</translation>
    </message>
    <message>
        <source>Check the part after @</source>
        <translation>Tarkista osa @-merkin jälkeen</translation>
    </message>
    <message>
        <source>Contains a Cyrillic letter: {letter} — retype it</source>
        <translation>Sisältää kyrillisen kirjaimen: {letter} – kirjoita se uudelleen</translation>
    </message>
    <message>
        <source>Contains a Greek letter: {letter} — retype it</source>
        <translation>Sisältää kreikkalaisen kirjaimen: {letter} – kirjoita se uudelleen</translation>
    </message>
    <message>
        <source>A letter from another alphabet: {letter} — retype it</source>
        <translation>Kirjain toisesta aakkostosta: {letter} – kirjoita se uudelleen</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Tarkoititko osoitetta {suggestion}?</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD</source>
        <translation>Kirjoita muodossa pp.kk.vvvv</translation>
    </message>
    <message>
        <source>More than {years} years ago</source>
        <translation>Yli {years} vuotta sitten</translation>
    </message>
    <message>
        <source>Use only letters, spaces and - &apos; .</source>
        <translation>Vain kirjaimia, välilyöntejä ja - &apos; .</translation>
    </message>
    <message>
        <source>Enter at least one letter</source>
        <translation>Kirjoita vähintään yksi kirjain</translation>
    </message>
    <message>
        <source>Use a two-letter country code</source>
        <translation>Käytä kaksikirjaimista maakoodia</translation>
    </message>
    <message>
        <source>Not a known country code</source>
        <translation>Tuntematon maakoodi</translation>
    </message>
    <message>
        <source>Use a two-letter language code, e.g. sv</source>
        <translation>Käytä kaksikirjaimista kielikoodia, esim. fi</translation>
    </message>
    <message>
        <source>Not a known language code</source>
        <translation>Tuntematon kielikoodi</translation>
    </message>
    <message>
        <source>Choose Male, Female or Other</source>
        <translation>Valitse mies, nainen tai muu</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces and -</source>
        <translation>Vain kirjaimia, numeroita, välilyöntejä ja -</translation>
    </message>
</context>
</TS>
