<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AlreadyMemberDialog</name>
    <message>
        <source>Already a member</source>
        <translation>Allerede medlem</translation>
    </message>
    <message>
        <source>This customer is already a member: Engage holds their {field}. Nothing new was saved.</source>
        <translation>Kunden er allerede medlem: Engage har kundens {field}. Ingenting nytt ble lagret.</translation>
    </message>
    <message>
        <source>This customer is already a member. Nothing new was saved.</source>
        <translation>Kunden er allerede medlem. Ingenting nytt ble lagret.</translation>
    </message>
    <message>
        <source>&amp;Save the ticked boxes to this member</source>
        <translation>&amp;Lagre avkryssingene hos medlemmet</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>&amp;Vis medlemmet</translation>
    </message>
    <message>
        <source>&amp;Back to form</source>
        <translation>&amp;Tilbake til skjemaet</translation>
    </message>
    <message>
        <source>For support: Engage id {id}</source>
        <translation>For brukerstøtte: Engage-id {id}</translation>
    </message>
    <message>
        <source>The existing member could not be looked up just now.</source>
        <translation>Det eksisterende medlemmet kunne ikke hentes akkurat nå.</translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation>(intet navn lagret)</translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Medlemsnummer: {number}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Land: {country}</translation>
    </message>
</context>
<context>
    <name>AlreadyOpen</name>
    <message>
        <source>posapp is already open</source>
        <extracomment>The exit status of a second posapp on a till (scripts and IT can tell it from a failure).</extracomment>
        <translation>posapp er allerede åpent</translation>
    </message>
    <message>
        <source>posapp is already open on this till. Use the window that is open: this one closes now, and nothing is lost.</source>
        <translation>posapp er allerede åpent på denne kassen. Bruk vinduet som er åpent: dette lukkes nå, og ingenting går tapt.</translation>
    </message>
    <message>
        <source>&amp;Close this window</source>
        <translation>&amp;Lukk dette vinduet</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>&amp;New signup</source>
        <translation>&amp;Ny registrering</translation>
    </message>
    <message>
        <source>New signup</source>
        <translation>Ny registrering</translation>
    </message>
    <message>
        <source>Saved on this till</source>
        <translation>Lagret i denne kassen</translation>
    </message>
    <message>
        <source>It will be sent to Engage when Engage answers. Nothing more to do: carry on with the next customer.</source>
        <translation>Den sendes til Engage når Engage svarer. Ikke mer å gjøre: fortsett med neste kunde.</translation>
    </message>
    <message>
        <source>Saved to the existing member</source>
        <translation>Lagret hos det eksisterende medlemmet</translation>
    </message>
    <message>
        <source>The offers and consents just ticked are saved to {name}.</source>
        <translation>Tilbudene og samtykkene som nettopp ble krysset av, er lagret hos {name}.</translation>
    </message>
    <message>
        <source>The offers and consents just ticked are saved to the member.</source>
        <translation>Tilbudene og samtykkene som nettopp ble krysset av, er lagret hos medlemmet.</translation>
    </message>
    <message>
        <source>No new member was created.</source>
        <translation>Det ble ikke opprettet noe nytt medlem.</translation>
    </message>
    <message>
        <source>For support: Engage id {id}</source>
        <translation>For brukerstøtte: Engage-ID {id}</translation>
    </message>
    <message>
        <source>Saved as: {type}</source>
        <translation>Lagret som: {type}</translation>
    </message>
    <message>
        <source>The customer confirms by e-mail.</source>
        <translation>Kunden bekrefter via e-post.</translation>
    </message>
    <message>
        <source>{name} is now a member</source>
        <translation>{name} er nå medlem</translation>
    </message>
    <message>
        <source>The new member is saved</source>
        <translation>Det nye medlemmet er lagret</translation>
    </message>
    <message>
        <source>{name} is saved</source>
        <translation>{name} er lagret</translation>
    </message>
    <message>
        <source>The new contact is saved</source>
        <translation>Den nye kontakten er lagret</translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Medlemsnummer: {number}</translation>
    </message>
    <message>
        <source>The customer confirms the membership by e-mail.</source>
        <translation>Kunden bekrefter medlemskapet via e-post.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected to Engage</source>
        <translation>Koblet til Engage</translation>
    </message>
    <message>
        <source>{host} answered over a valid secure connection and accepted the API key ({ms} ms).</source>
        <translation>{host} svarte over en gyldig sikker tilkobling og godtok API-nøkkelen ({ms} ms).</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Fant ikke adressen</translation>
    </message>
    <message>
        <source>No server named {host} can be found. Check the spelling of the Engage address, and that this till&apos;s network can look names up (DNS).</source>
        <translation>Finner ingen server som heter {host}. Kontroller stavemåten i Engage-adressen, og at nettverket til kassen kan slå opp navn (DNS).</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Tilkoblingen ble avvist</translation>
    </message>
    <message>
        <source>{host} refused the connection: nothing answers at that address and port. Check the Engage address.</source>
        <translation>{host} avviste tilkoblingen: ingenting svarer på den adressen og porten. Kontroller Engage-adressen.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Ingen tilkobling</translation>
    </message>
    <message>
        <source>{host} could not be reached in time. A firewall or proxy may be blocking this till, or the network is down.</source>
        <translation>{host} kunne ikke nås i tide. En brannmur eller proxy kan blokkere denne kassen, eller nettverket er nede.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Sertifikatet er utløpt</translation>
    </message>
    <message>
        <source>The security certificate of {host} has expired, so posapp will not send the API key there. If the till&apos;s clock is right, tell whoever runs {host} (or the store&apos;s proxy).</source>
        <translation>Sikkerhetssertifikatet til {host} er utløpt, så posapp sender ikke API-nøkkelen dit. Hvis klokken på kassen går riktig, si fra til den som drifter {host} (eller butikkens proxy).</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>Sertifikatet er ikke gyldig ennå</translation>
    </message>
    <message>
        <source>The security certificate of {host} is not valid yet. Check this till&apos;s date and time.</source>
        <translation>Sikkerhetssertifikatet til {host} er ikke gyldig ennå. Kontroller dato og klokkeslett på kassen.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selvsignert sertifikat</translation>
    </message>
    <message>
        <source>{host} presented a self-signed certificate that this till does not trust. If the chain&apos;s proxy inspects TLS traffic, set ca_bundle in [engage] to its certificate authority file.</source>
        <translation>{host} presenterte et selvsignert sertifikat som denne kassen ikke stoler på. Hvis kjedens proxy inspiserer TLS-trafikk, sett ca_bundle under [engage] til proxyens CA-fil (sertifikatutsteder).</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Sertifikatet er ikke klarert</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this till does not trust. If the chain&apos;s proxy inspects TLS traffic, set ca_bundle in [engage] to its certificate authority file.</source>
        <translation>Sertifikatet til {host} er utstedt av en sertifikatutsteder som denne kassen ikke stoler på. Hvis kjedens proxy inspiserer TLS-trafikk, sett ca_bundle under [engage] til proxyens CA-fil (sertifikatutsteder).</translation>
    </message>
    <message>
        <source>Certificate for another server</source>
        <translation>Sertifikat for en annen server</translation>
    </message>
    <message>
        <source>The certificate presented is not valid for {host}. Check the Engage address, such as https://acme.voyado.com.</source>
        <translation>Sertifikatet som ble presentert, gjelder ikke for {host}. Kontroller Engage-adressen, f.eks. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sikker tilkobling mislyktes</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {host} could not be set up. Check that the address starts with https:// and points at Engage.</source>
        <translation>Kunne ikke opprette en sikker tilkobling (TLS) til {host}. Kontroller at adressen begynner med https:// og peker til Engage.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Kan ikke koble til</translation>
    </message>
    <message>
        <source>posapp could not connect to {host}. Check the address and the till&apos;s network.</source>
        <translation>posapp kunne ikke koble til {host}. Kontroller adressen og nettverket til kassen.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-nøkkelen ble avvist</translation>
    </message>
    <message>
        <source>{host} answered, but refused the API key (HTTP {status}). Check that the key is complete, belongs to this tenant and has not been revoked.</source>
        <translation>{host} svarte, men avviste API-nøkkelen (HTTP {status}). Kontroller at nøkkelen er fullstendig, hører til dette Engage-miljøet og ikke er tilbakekalt.</translation>
    </message>
    <message>
        <source>Something other than Engage answered</source>
        <translation>Noe annet enn Engage svarte</translation>
    </message>
    <message>
        <source>The answer from {host} is not Engage&apos;s (HTTP {status}, a web page rather than data). A proxy is in the way, or the address is not the tenant&apos;s Engage address.</source>
        <translation>Svaret fra {host} kommer ikke fra Engage (HTTP {status}, en nettside i stedet for data). En proxy er i veien, eller adressen er ikke Engage-adressen til miljøet deres.</translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation>Feil hos Engage</translation>
    </message>
    <message>
        <source>{host} answered with an internal error (HTTP {status}). The address is probably right; try again later, or ask Voyado.</source>
        <translation>{host} svarte med en intern feil (HTTP {status}). Adressen er trolig riktig; prøv igjen senere, eller kontakt Voyado.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Fikk ikke svar i tide</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not answer in time. Try again; if it persists, a proxy may be holding the request.</source>
        <translation>{host} godtok tilkoblingen, men svarte ikke i tide. Prøv igjen; hvis det vedvarer, kan en proxy holde igjen forespørselen.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Tilkoblingen ble brutt</translation>
    </message>
    <message>
        <source>The connection to {host} broke during the test. Try again; if it persists, check the network and any proxy.</source>
        <translation>Tilkoblingen til {host} ble brutt under testen. Prøv igjen; hvis det vedvarer, kontroller nettverket og eventuell proxy.</translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation>Engage er opptatt</translation>
    </message>
    <message>
        <source>{host} asked posapp to slow down (HTTP 429). Wait a minute and test again.</source>
        <translation>{host} ba posapp om å sette ned farten (HTTP 429). Vent et minutt og test igjen.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Uventet svar</translation>
    </message>
    <message>
        <source>{host} answered in a way posapp did not expect. The details below tell IT what came back.</source>
        <translation>{host} svarte på en måte posapp ikke ventet. Informasjonen nedenfor viser IT hva som kom tilbake.</translation>
    </message>
    <message>
        <source>{host} answered and accepted the API key ({ms} ms). This is a plain http:// test server on this computer, not a tenant.</source>
        <translation>{host} svarte og godtok API-nøkkelen ({ms} ms). Dette er en testserver med vanlig http:// på denne datamaskinen, ikke et ekte Engage-miljø.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Optional</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Needed to join the club</source>
        <translation>Trengs for å bli med i klubben</translation>
    </message>
    <message>
        <source>Required: the customer must agree to become a member</source>
        <translation>Obligatorisk: kunden må godta for å bli medlem</translation>
    </message>
    <message>
        <source>Please tick this to join</source>
        <translation>Kryss av her for å bli med</translation>
    </message>
    <message>
        <source>The customer must agree to this to become a member</source>
        <translation>Kunden må godta dette for å bli medlem</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>It is not known yet whether the signup was saved. Retry checks first, so the customer cannot be registered twice.</source>
        <translation>Det er ennå uklart om registreringen ble lagret. Knappen Prøv igjen sjekker det først, så kunden ikke blir registrert to ganger.</translation>
    </message>
    <message>
        <source>The signup was saved.</source>
        <translation>Registreringen ble lagret.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Engage took too long</source>
        <translation>Engage brukte for lang tid</translation>
    </message>
    <message>
        <source>Engage gave up on the request and rolled it back.</source>
        <translation>Engage ga opp forespørselen og rullet den tilbake.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, carry on with the sale and sign the customer up later.</source>
        <translation>Trykk på Prøv igjen. Hvis det skjer igjen, fortsett med salget og registrer kunden senere.</translation>
    </message>
    <message>
        <source>No answer from Engage</source>
        <translation>Ingen svar fra Engage</translation>
    </message>
    <message>
        <source>Engage did not answer in time.</source>
        <translation>Engage svarte ikke i tide.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Tilkoblingen ble brutt</translation>
    </message>
    <message>
        <source>The connection to Engage broke during the request.</source>
        <translation>Tilkoblingen til Engage ble brutt midt i forespørselen.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, check the store&apos;s network.</source>
        <translation>Trykk på Prøv igjen. Hvis det skjer igjen, sjekk nettverket i butikken.</translation>
    </message>
    <message>
        <source>Engage&apos;s certificate was not accepted</source>
        <translation>Engages sertifikat ble ikke godtatt</translation>
    </message>
    <message>
        <source>The certificate of Engage&apos;s address was not accepted, so posapp sent nothing. Something on the network may be in the way, or the till&apos;s date and time may be wrong.</source>
        <translation>Sikkerhetssertifikatet til Engages adresse ble ikke godtatt, så posapp sendte ingenting. Noe i nettverket kan stå i veien, eller dato og klokkeslett på kassen kan være feil.</translation>
    </message>
    <message>
        <source>Tell IT the details below. The sale can go on without the signup.</source>
        <translation>Gi IT informasjonen nedenfor. Salget kan fullføres uten registreringen.</translation>
    </message>
    <message>
        <source>Cannot reach Engage</source>
        <translation>Får ikke kontakt med Engage</translation>
    </message>
    <message>
        <source>posapp could not connect to Engage.</source>
        <translation>posapp kunne ikke koble til Engage.</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then press Retry. The sale can go on without the signup.</source>
        <translation>Sjekk nettverkskabelen eller wifi, og trykk deretter på Prøv igjen. Salget kan fullføres uten registreringen.</translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation>Engage er opptatt</translation>
    </message>
    <message>
        <source>Engage received too many requests and asked posapp to wait.</source>
        <translation>Engage fikk for mange forespørsler og ba posapp vente.</translation>
    </message>
    <message>
        <source>Wait a few seconds, then press Retry.</source>
        <translation>Vent noen sekunder, og trykk deretter på Prøv igjen.</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Uleselig svar</translation>
    </message>
    <message>
        <source>The answer from Engage could not be read. A proxy or the network may be in the way.</source>
        <translation>Svaret fra Engage kunne ikke leses. En proxy eller nettverket kan være i veien.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, tell IT the details below.</source>
        <translation>Trykk på Prøv igjen. Hvis det skjer igjen, gi IT informasjonen nedenfor.</translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation>Feil hos Engage</translation>
    </message>
    <message>
        <source>Engage reported an internal error.</source>
        <translation>Engage meldte om en intern feil.</translation>
    </message>
    <message>
        <source>Signup in progress</source>
        <translation>Registrering pågår</translation>
    </message>
    <message>
        <source>A signup with this key is being saved right now, perhaps at another till.</source>
        <translation>En registrering med den samme opplysningen lagres akkurat nå, kanskje i en annen kasse.</translation>
    </message>
    <message>
        <source>Wait a moment, then press Retry to look it up.</source>
        <translation>Vent litt, og trykk deretter på Prøv igjen for å hente den.</translation>
    </message>
    <message>
        <source>Engage refused the API key</source>
        <translation>Engage avviste API-nøkkelen</translation>
    </message>
    <message>
        <source>Engage refused posapp&apos;s API key.</source>
        <translation>Engage avviste API-nøkkelen til posapp.</translation>
    </message>
    <message>
        <source>Tell IT: the API key of this till is wrong, expired or lacks rights. The sale can go on without the signup.</source>
        <translation>Si fra til IT: API-nøkkelen til denne kassen er feil, utløpt eller mangler rettigheter. Salget kan fullføres uten registreringen.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Ingenting ble sendt</translation>
    </message>
    <message>
        <source>Engage received an empty signup.</source>
        <translation>Engage mottok en tom registrering.</translation>
    </message>
    <message>
        <source>Tell IT: this is a fault in posapp.</source>
        <translation>Si fra til IT: dette er en feil i posapp.</translation>
    </message>
    <message>
        <source>Engage did not accept the signup</source>
        <translation>Engage godtok ikke registreringen</translation>
    </message>
    <message>
        <source>Engage refused the details but did not say which field.</source>
        <translation>Engage avviste opplysningene, men sa ikke hvilket felt.</translation>
    </message>
    <message>
        <source>Check the details with the customer and save again. If they look right, tell IT the details below.</source>
        <translation>Sjekk opplysningene med kunden, og lagre på nytt. Hvis alt ser riktig ut, gi IT informasjonen nedenfor.</translation>
    </message>
    <message>
        <source>Check the marked fields</source>
        <translation>Sjekk de merkede feltene</translation>
    </message>
    <message>
        <source>Engage did not accept some of the fields.</source>
        <translation>Engage godtok ikke alle feltene.</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>Rett de merkede feltene, og lagre på nytt.</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Allerede medlem</translation>
    </message>
    <message>
        <source>This customer is already a member.</source>
        <translation>Kunden er allerede medlem.</translation>
    </message>
    <message>
        <source>Open the member to check their details.</source>
        <translation>Vis medlemmet for å sjekke opplysningene.</translation>
    </message>
    <message>
        <source>No member found</source>
        <translation>Fant ingen medlem</translation>
    </message>
    <message>
        <source>No member has this key.</source>
        <translation>Ingen medlemmer er registrert med det du søkte på.</translation>
    </message>
    <message>
        <source>Check the key, or sign the customer up.</source>
        <translation>Sjekk det du søkte på, eller registrer kunden som nytt medlem.</translation>
    </message>
    <message>
        <source>More than one member</source>
        <translation>Mer enn ett medlem</translation>
    </message>
    <message>
        <source>Several members match this key.</source>
        <translation>Flere medlemmer passer med det du søkte på.</translation>
    </message>
    <message>
        <source>Search with a more specific key.</source>
        <translation>Søk på noe mer unikt, f.eks. personnummer.</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Sjekk søket</translation>
    </message>
    <message>
        <source>Engage did not accept the search.</source>
        <translation>Engage godtok ikke søket.</translation>
    </message>
    <message>
        <source>Check what was typed and try again.</source>
        <translation>Sjekk det som ble skrevet, og prøv igjen.</translation>
    </message>
    <message>
        <source>Engage could not do this</source>
        <translation>Engage kunne ikke gjøre dette</translation>
    </message>
    <message>
        <source>Engage refused the request.</source>
        <translation>Engage avviste forespørselen.</translation>
    </message>
    <message>
        <source>Tell IT the details below.</source>
        <translation>Gi IT informasjonen nedenfor.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <source>posapp ran into an unexpected fault.</source>
        <translation>posapp støtte på en uventet feil.</translation>
    </message>
    <message>
        <source>Nothing typed is lost. Try again; if it persists, tell IT.</source>
        <translation>Ingenting av det som er skrevet, er tapt. Prøv igjen; hvis feilen vedvarer, si fra til IT.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation>&amp;Mobilnummer</translation>
    </message>
    <message>
        <source>&amp;Personal identity number</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Member &amp;number</source>
        <translation>Medlems&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Ette&amp;rnavn</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fødsels&amp;dato</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>L&amp;and</translation>
    </message>
    <message>
        <source>S&amp;treet address</source>
        <translation>&amp;Gateadresse</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>P&amp;ostnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Post&amp;sted</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Språ&amp;k</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>K&amp;jønn</translation>
    </message>
    <message>
        <source>Offers by e-m&amp;ail</source>
        <translation>&amp;Tilbud på e-post</translation>
    </message>
    <message>
        <source>Offers by te&amp;xt message</source>
        <translation>T&amp;ilbud på SMS</translation>
    </message>
    <message>
        <source>e.g. 070-174 06 05</source>
        <translation>f.eks. 412 34 567</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN or Finnish DDMMYY-NNNX</source>
        <translation>ÅÅÅÅMMDD-NNNN eller finsk DDMMÅÅ-NNNX</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation>Skann eller skriv inn kortnummeret</translation>
    </message>
    <message>
        <source>Mobile number; local numbers are read in the selected country</source>
        <translation>Mobilnummer; numre uten landskode tolkes etter valgt land</translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer, or Finnish HETU</source>
        <translation>Svensk personnummer eller samordningsnummer, eller finsk personbeteckning (HETU)</translation>
    </message>
    <message>
        <source>Type a country name or code to search the list</source>
        <translation>Skriv et landnavn eller en landskode for å søke i listen</translation>
    </message>
    <message>
        <source>Year, month and day, such as 1990-01-31, or day first: 31.1.1990</source>
        <translation>Dag, måned og år, f.eks. 31.01.1990 eller 1990-01-31</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by e-mail</source>
        <translation>Krysses bare av hvis kunden sier ja til tilbud på e-post</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by text message</source>
        <translation>Krysses bare av hvis kunden sier ja til tilbud på SMS</translation>
    </message>
    <message>
        <source>Offe&amp;rs by post</source>
        <translation>Tilbud i &amp;vanlig post</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by post</source>
        <translation>Krysses bare av hvis kunden sier ja til tilbud i posten</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address, for offers and the club&apos;s messages</source>
        <translation>Kundens e-postadresse, for tilbud og utsendelser fra klubben</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>Kundens fornavn</translation>
    </message>
    <message>
        <source>The customer&apos;s last name</source>
        <translation>Kundens etternavn</translation>
    </message>
    <message>
        <source>The number on the customer&apos;s membership card</source>
        <translation>Nummeret på kundens medlemskort</translation>
    </message>
    <message>
        <source>Street name and number</source>
        <translation>Gatenavn og nummer</translation>
    </message>
    <message>
        <source>The postcode, without the town</source>
        <translation>Postnummeret, uten sted</translation>
    </message>
    <message>
        <source>The town or city</source>
        <translation>Poststedet</translation>
    </message>
    <message>
        <source>Only if the customer wants to say</source>
        <translation>Bare hvis kunden vil oppgi det</translation>
    </message>
    <message>
        <source>The language the club writes to the customer in</source>
        <translation>Språket klubben skriver til kunden på</translation>
    </message>
    <message>
        <source>The kind of membership: it decides the key and the fields</source>
        <translation>Type medlemskap: den avgjør nøkkelen og feltene</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{name} (required)</source>
        <translation>{name} (må fylles ut)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinne</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Engage did not accept this field</source>
        <translation>Engage godtok ikke dette feltet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Må fylles ut</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>født {date}</translation>
    </message>
</context>
<context>
    <name>FindMemberFlow</name>
    <message>
        <source>Saved. This is what Engage holds now.</source>
        <translation>Lagret. Slik ser opplysningene ut i Engage nå.</translation>
    </message>
    <message>
        <source>Saving a change again is safe: it cannot create anything twice.</source>
        <translation>Det er trygt å lagre endringen på nytt: ingenting kan bli opprettet to ganger.</translation>
    </message>
</context>
<context>
    <name>FindMemberPage</name>
    <message>
        <source>(not set)</source>
        <translation>(ikke angitt)</translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation>(intet navn lagret)</translation>
    </message>
    <message>
        <source>No member found with {field} {value}.</source>
        <translation>Fant ingen medlem med {field} {value}.</translation>
    </message>
    <message numerus="yes">
        <source>%n members have {field} {value}. Search by something only one of them has, such as the personal identity number.</source>
        <translation>
            <numerusform>%n medlem har {field} {value}. Søk på noe bare én av dem har, for eksempel fødselsnummeret.</numerusform>
            <numerusform>%n medlemmer har {field} {value}. Søk på noe bare én av dem har, for eksempel fødselsnummeret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Medlemsnummer: {number}</translation>
    </message>
    <message>
        <source>Member since: {date}</source>
        <translation>Medlem siden: {date}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Asking Engage…</source>
        <translation>Spør Engage…</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Finn medlem</translation>
    </message>
    <message>
        <source>Search &amp;by</source>
        <translation>Søk e&amp;tter</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Søk etter</translation>
    </message>
    <message>
        <source>Which key to search by: mobile number, personal identity number, e-mail or member number</source>
        <translation>Hva du søker på: mobilnummer, personnummer, e-post eller medlemsnummer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Sign &amp;up instead</source>
        <translation>&amp;Registrer i stedet</translation>
    </message>
    <message>
        <source>Sign up instead</source>
        <translation>Registrer i stedet</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Untick to stop the offers; the change is saved with Save changes</source>
        <translation>Fjern krysset for å stoppe tilbudene; endringen lagres med Lagre endringer</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation>← Tilbake til registreringen</translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation>Tilbake til registreringen</translation>
    </message>
    <message>
        <source>Key to search for</source>
        <translation>Det du søker på</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Er du fortsatt der?</translation>
    </message>
    <message>
        <source>To keep your details private, we&apos;ll clear the form when the countdown ends.</source>
        <translation>For å beskytte opplysningene dine tømmer vi skjemaet når nedtellingen er ferdig.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Jeg er her fortsatt</translation>
    </message>
    <message>
        <source>Clear my details now</source>
        <translation>Slett opplysningene mine nå</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n sekund igjen</numerusform>
            <numerusform>%n sekunder igjen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>Still working on it — one moment…</source>
        <translation>Vi jobber med saken – et øyeblikk…</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Se over de merkede feltene.</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>Signing you up…</source>
        <translation>Registrerer deg…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Bli medlem</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Se over de merkede feltene.</translation>
    </message>
    <message>
        <source>Read the terms</source>
        <translation>Les vilkårene</translation>
    </message>
    <message>
        <source>Read the full terms</source>
        <translation>Les hele vilkårene</translation>
    </message>
    <message>
        <source>Join the club</source>
        <translation>Bli medlem i klubben</translation>
    </message>
</context>
<context>
    <name>KioskTexts</name>
    <message>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadresse</translation>
    </message>
    <message>
        <source>Membership card number</source>
        <translation>Nummer på medlemskortet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Yes, send me offers by e-mail</source>
        <translation>Ja, jeg vil ha tilbud på e-post</translation>
    </message>
    <message>
        <source>Yes, send me offers by text message</source>
        <translation>Ja, jeg vil ha tilbud på SMS</translation>
    </message>
    <message>
        <source>Yes, send me offers by post</source>
        <translation>Ja, jeg vil ha tilbud i posten</translation>
    </message>
    <message>
        <source>Tick to get our offers by post. You can stop them at any time.</source>
        <translation>Kryss av for å få tilbudene våre i posten. Du kan si dem opp når som helst.</translation>
    </message>
    <message>
        <source>Your mobile number. A number from abroad starts with + and the country code.</source>
        <translation>Mobilnummeret ditt. Et utenlandsk nummer begynner med + og landskoden.</translation>
    </message>
    <message>
        <source>Your personal identity number</source>
        <translation>Personnummeret ditt</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>E-postadressen din</translation>
    </message>
    <message>
        <source>The number on your membership card</source>
        <translation>Nummeret på medlemskortet ditt</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Fornavnet ditt</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Etternavnet ditt</translation>
    </message>
    <message>
        <source>Your date of birth: day, month and year</source>
        <translation>Fødselsdatoen din: dag, måned og år</translation>
    </message>
    <message>
        <source>Tick to get our offers by e-mail. You can stop them at any time.</source>
        <translation>Kryss av for å få tilbudene våre på e-post. Du kan si dem opp når som helst.</translation>
    </message>
    <message>
        <source>Tick to get our offers by text message. You can stop them at any time.</source>
        <translation>Kryss av for å få tilbudene våre på SMS. Du kan si dem opp når som helst.</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation>{label} (valgfritt)</translation>
    </message>
    <message>
        <source>Please fill this in</source>
        <translation>Fyll ut dette feltet</translation>
    </message>
    <message>
        <source>Please check this</source>
        <translation>Sjekk dette</translation>
    </message>
    <message>
        <source>By tapping Join you become a member of our customer club and accept its membership terms, which staff can give you on paper. We keep your details only to run your membership, and you can leave at any time.</source>
        <translation>Når du trykker på Bli medlem, blir du medlem av kundeklubben vår og godtar medlemsvilkårene, som du kan få på papir av de ansatte. Vi lagrer opplysningene dine bare for å administrere medlemskapet ditt, og du kan melde deg ut når du vil.</translation>
    </message>
    <message>
        <source>We keep your details only to run your membership, and you can leave at any time.</source>
        <translation>Vi tar vare på opplysningene dine bare for å drive medlemskapet ditt, og du kan melde deg ut når som helst.</translation>
    </message>
    <message>
        <source>Would you like offers from us? (optional)</source>
        <translation>Vil du ha tilbud fra oss? (valgfritt)</translation>
    </message>
    <message>
        <source>We couldn&apos;t finish your signup</source>
        <translation>Vi fikk ikke fullført registreringen din</translation>
    </message>
    <message>
        <source>Some of your details could not be accepted. Please check what you typed and try again.</source>
        <translation>Noen av opplysningene dine kunne ikke godtas. Sjekk det du skrev, og prøv igjen.</translation>
    </message>
    <message>
        <source>Our membership system is not answering right now. Please try again in a moment, or ask a member of staff for help.</source>
        <translation>Medlemssystemet vårt svarer ikke akkurat nå. Prøv igjen om litt, eller spør en av de ansatte om hjelp.</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please ask a member of staff for help.</source>
        <translation>Noe gikk galt hos oss. Spør en av de ansatte om hjelp.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Join our customer club</source>
        <translation>Bli medlem i kundeklubben vår</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for staff</source>
        <translation>
            <numerusform>%n til de ansatte</numerusform>
            <numerusform>%n til de ansatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait on this till; open the list</source>
        <translation>
            <numerusform>%n innmelding venter i denne kassen; åpne listen</numerusform>
            <numerusform>%n innmeldinger venter i denne kassen; åpne listen</numerusform>
        </translation>
    </message>
    <message>
        <source>Another member already has this key</source>
        <translation>Et annet medlem er allerede registrert med dette</translation>
    </message>
    <message>
        <source>Start a new signup?</source>
        <translation>Starte en ny registrering?</translation>
    </message>
    <message>
        <source>The signup on the form is not saved. Empty the form and lose what was typed?</source>
        <translation>Registreringen i skjemaet er ikke lagret. Tømme skjemaet og miste det som er skrevet?</translation>
    </message>
    <message>
        <source>&amp;Empty the form</source>
        <translation>&amp;Tøm skjemaet</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Fortsett å skrive</translation>
    </message>
    <message>
        <source>Waiting signups</source>
        <translation>Ventende registreringer</translation>
    </message>
    <message>
        <source>Member signup</source>
        <translation>Medlemsregistrering</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Finn medlem</translation>
    </message>
    <message>
        <source>Find a member and correct their country or language (Ctrl+F)</source>
        <translation>Finn et medlem og rett land eller språk (Ctrl+F)</translation>
    </message>
    <message>
        <source>Store {store} · {country}</source>
        <translation>Butikk {store} · {country}</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Not kept on this till</source>
        <translation>Lagres ikke i denne kassen</translation>
    </message>
    <message>
        <source>Signups are not kept on this till; open for what to do</source>
        <translation>Påmeldinger lagres ikke i denne kassen; åpne for å se hva du skal gjøre</translation>
    </message>
    <message>
        <source>posapp — {view}</source>
        <translation>posapp — {view}</translation>
    </message>
    <message>
        <source>Demo mode: posapp talks to its built-in Engage emulator. No real members are created.</source>
        <translation>Demomodus: posapp snakker med sin innebygde Engage-emulator. Ingen ekte medlemmer blir opprettet.</translation>
    </message>
    <message>
        <source>Demo mode, no real members are created</source>
        <translation>Demomodus, ingen ekte medlemmer blir opprettet</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nytt medlem</translation>
    </message>
    <message>
        <source>Scan or type the customer&apos;s key, fill in the marked fields, then press Enter.</source>
        <translation>Skann eller skriv inn kundens opplysninger, fyll ut de merkede feltene og trykk Enter.</translation>
    </message>
    <message>
        <source>Close posapp?</source>
        <translation>Lukke posapp?</translation>
    </message>
    <message>
        <source>The signup on the form is not saved. Close anyway and lose what was typed?</source>
        <translation>Innmeldingen i skjemaet er ikke lagret. Lukke likevel og miste det som er skrevet?</translation>
    </message>
    <message>
        <source>Finishing the save before closing…</source>
        <translation>Fullfører lagringen før lukking …</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Stor bokstav</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Neste felt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellomrom</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Bokstaver</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Sifre</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Thank you!</source>
        <translation>Takk!</translation>
    </message>
    <message>
        <source>You&apos;re signed up. We will send your confirmation e-mail shortly.</source>
        <translation>Du er meldt inn. Vi sender deg en bekreftelse på e-post om kort tid.</translation>
    </message>
    <message>
        <source>You&apos;re signed up. It reaches our membership system in a moment; there is nothing more to do.</source>
        <translation>Du er meldt inn. Den når medlemssystemet vårt om et øyeblikk; du trenger ikke gjøre noe mer.</translation>
    </message>
    <message>
        <source>Please check your e-mail: our message tells you what happens next.</source>
        <translation>Sjekk e-posten din: meldingen vår forteller hva som skjer videre.</translation>
    </message>
    <message>
        <source>You&apos;re all set. Staff at the till are happy to help with anything about your membership.</source>
        <translation>Da er alt klart. De ansatte i kassen hjelper gjerne med alt som gjelder medlemskapet ditt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start på nytt</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears itself in %n seconds</source>
        <translation>
            <numerusform>Skjermen tømmes om %n sekund</numerusform>
            <numerusform>Skjermen tømmes om %n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-kode for ansatte</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-kode</translation>
    </message>
    <message>
        <source>Digits only; they are not shown.</source>
        <translation>Bare sifre; de vises ikke.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Feil PIN-kode. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>Feil PIN-kode. %n forsøk igjen før en pause.</numerusform>
            <numerusform>Feil PIN-kode. %n forsøk igjen før en pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>For mange feil PIN-koder. Prøv igjen om %n sekund.</numerusform>
            <numerusform>For mange feil PIN-koder. Prøv igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>For mange feil PIN-koder. Prøv igjen om %n minutt.</numerusform>
            <numerusform>For mange feil PIN-koder. Prøv igjen om %n minutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Kun for ansatte</translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave the kiosk.</source>
        <translation>Tast inn PIN-koden for ansatte for å avslutte kioskmodus.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n siffer tastet inn</numerusform>
            <numerusform>%n sifre tastet inn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>For IT: {details}</source>
        <translation>For IT: {details}</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
</context>
<context>
    <name>SetupAccess</name>
    <message>
        <source>Set-up</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <source>Set-up (staff only)</source>
        <translation>Oppsett (kun for ansatte)</translation>
    </message>
    <message>
        <source>Engage address, API key and store; asks for the staff PIN ({shortcut})</source>
        <translation>Engage-adresse, API-nøkkel og butikk; ber om PIN-koden for ansatte ({shortcut})</translation>
    </message>
    <message>
        <source>Set-up is not available here: this till has no staff PIN. IT can run posapp --setup.</source>
        <translation>Oppsett er ikke tilgjengelig her: denne kassen har ingen PIN-kode for ansatte. IT kan kjøre posapp --setup.</translation>
    </message>
    <message>
        <source>Set-up is for staff only.</source>
        <translation>Oppsett er kun for ansatte.</translation>
    </message>
    <message>
        <source>Demo mode: the PIN is {pin}.</source>
        <translation>Demomodus: PIN-koden er {pin}.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Enter the tenant&apos;s Engage address, such as https://acme.voyado.com.</source>
        <translation>Skriv inn Engage-adressen til miljøet deres, f.eks. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer.</source>
        <translation>Bruk https://. Vanlig http:// er bare tillatt mot denne datamaskinen.</translation>
    </message>
    <message>
        <source>Remove everything from the ? or # on.</source>
        <translation>Fjern alt fra ? eller # og utover.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Må fylles ut.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Velg et land fra listen.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Verdien kan ikke brukes.</translation>
    </message>
    <message>
        <source>This user may not change that file or its folder. Run the set-up as a user who may, or point POSAPP_CONFIG at another file.</source>
        <translation>Denne brukeren har ikke lov til å endre filen eller mappen den ligger i. Kjør oppsettet som en bruker som har det, eller la POSAPP_CONFIG peke på en annen fil.</translation>
    </message>
    <message>
        <source>It is on a read-only disk. Point POSAPP_CONFIG at a file on another disk.</source>
        <translation>Filen ligger på en skrivebeskyttet disk. La POSAPP_CONFIG peke på en fil på en annen disk.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then save again.</source>
        <translation>Disken er full. Frigjør litt plass, og lagre på nytt.</translation>
    </message>
    <message>
        <source>A folder on the way to it is missing or is a file. Check the path, or point POSAPP_CONFIG at another file.</source>
        <translation>En mappe på veien dit mangler eller er en fil. Sjekk stien, eller la POSAPP_CONFIG peke på en annen fil.</translation>
    </message>
    <message>
        <source>That name is a folder, not a file. Point POSAPP_CONFIG at a file.</source>
        <translation>Navnet er en mappe, ikke en fil. La POSAPP_CONFIG peke på en fil.</translation>
    </message>
    <message>
        <source>Run the set-up as a user who may change that file, or point POSAPP_CONFIG at another file.</source>
        <translation>Kjør oppsettet som en bruker som har lov til å endre filen, eller la POSAPP_CONFIG peke på en annen fil.</translation>
    </message>
    <message>
        <source>posapp set-up</source>
        <translation>posapp – oppsett</translation>
    </message>
    <message>
        <source>Set up posapp</source>
        <translation>Sett opp posapp</translation>
    </message>
    <message>
        <source>Connects this till to Voyado Engage. The settings are saved in {path}; the API key is never written there.</source>
        <translation>Kobler denne kassen til Voyado Engage. Innstillingene lagres i {path}; API-nøkkelen skrives aldri dit.</translation>
    </message>
    <message>
        <source>Engage &amp;address</source>
        <translation>Engage-&amp;adresse</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;nøkkel</translation>
    </message>
    <message>
        <source>&amp;Store id</source>
        <translation>&amp;Butikk-ID</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Kilde</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Engage address</source>
        <translation>Engage-adresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>Store external id</source>
        <translation>Butikkens eksterne ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The tenant&apos;s Engage address, such as https://acme.voyado.com.</source>
        <translation>Engage-adressen til miljøet deres, f.eks. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>The API key from Engage&apos;s configuration. It is not shown, and never written to the file.</source>
        <translation>API-nøkkelen fra konfigurasjonen i Engage. Den vises ikke og skrives aldri til filen.</translation>
    </message>
    <message>
        <source>Sent to Engage as storeExternalId: the store that recruits the member.</source>
        <translation>Sendes til Engage som storeExternalId: butikken som verver medlemmet.</translation>
    </message>
    <message>
        <source>Sent to Engage as source, such as POS.</source>
        <translation>Sendes til Engage som source, f.eks. POS.</translation>
    </message>
    <message>
        <source>The default country of new members and of local phone numbers.</source>
        <translation>Standardland for nye medlemmer og for telefonnumre uten landskode.</translation>
    </message>
    <message>
        <source>The language of posapp&apos;s screens at this till.</source>
        <translation>Språket i posapp på denne kassen.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>Looks up a member that cannot exist: proves the address, the certificate and the API key.</source>
        <translation>Søker etter et medlem som ikke kan finnes: bekrefter adressen, sertifikatet og API-nøkkelen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>The existing file cannot be read</source>
        <translation>Den eksisterende filen kan ikke leses</translation>
    </message>
    <message>
        <source>Saving writes a new file; the old one is kept beside it as {name}.bak.</source>
        <translation>Når du lagrer, skrives en ny fil; den gamle beholdes ved siden av som {name}.bak.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{variable} is set on this computer: it is used instead of a key saved here.</source>
        <translation>{variable} er satt på denne datamaskinen: den brukes i stedet for en nøkkel som lagres her.</translation>
    </message>
    <message>
        <source>This machine has no credential store: set {variable} for the posapp service.</source>
        <translation>Maskinen har ikke noe legitimasjonslager: sett {variable} for tjenesten posapp.</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s credential store ({store}), never in the file.</source>
        <translation>Lagres i systemets legitimasjonslager ({store}), aldri i filen.</translation>
    </message>
    <message>
        <source>Saved — type a new key to replace it</source>
        <translation>Lagret – skriv inn en ny nøkkel for å erstatte den</translation>
    </message>
    <message>
        <source>The key from Engage&apos;s configuration</source>
        <translation>Nøkkelen fra konfigurasjonen i Engage</translation>
    </message>
    <message>
        <source>The [engage] settings cannot be used</source>
        <translation>Innstillingene under [engage] kan ikke brukes</translation>
    </message>
    <message>
        <source>Correct these lines in the file, then test again.</source>
        <translation>Rett disse linjene i filen, og test på nytt.</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Skriv inn API-nøkkelen for å teste tilkoblingen.</translation>
    </message>
    <message>
        <source>Testing the connection to {host}…</source>
        <translation>Tester tilkoblingen til {host}…</translation>
    </message>
    <message>
        <source>{path} cannot be written.</source>
        <translation>Kan ikke skrive til {path}.</translation>
    </message>
    <message>
        <source>The API key was not saved: this machine has no credential store. Set {variable} for the posapp service.</source>
        <translation>API-nøkkelen ble ikke lagret: maskinen har ikke noe legitimasjonslager. Sett {variable} for tjenesten posapp.</translation>
    </message>
    <message>
        <source>The API key was not saved: the system&apos;s credential store refused it. It may be locked; unlock it and save again.</source>
        <translation>API-nøkkelen ble ikke lagret: systemets legitimasjonslager avviste den. Det kan være låst; lås det opp og lagre på nytt.</translation>
    </message>
    <message>
        <source>For IT: {detail}</source>
        <translation>For IT: {detail}</translation>
    </message>
    <message>
        <source>Not saved: other settings in the file are wrong</source>
        <translation>Ikke lagret: andre innstillinger i filen er feil</translation>
    </message>
    <message>
        <source>Correct these lines in the file, then save again.</source>
        <translation>Rett disse linjene i filen, og lagre deretter på nytt.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Skriv inn API-nøkkelen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Saved, but without the API key</source>
        <translation>Lagret, men uten API-nøkkelen</translation>
    </message>
    <message>
        <source>The settings are in {path}.</source>
        <translation>Innstillingene ligger i {path}.</translation>
    </message>
    <message>
        <source>They take effect when posapp starts again.</source>
        <translation>De trer i kraft når posapp startes på nytt.</translation>
    </message>
    <message>
        <source>{variable} is set on this computer: it is used as the API key.</source>
        <translation>{variable} er satt på denne datamaskinen: den brukes som API-nøkkel.</translation>
    </message>
    <message>
        <source>The API key is kept in the system&apos;s credential store.</source>
        <translation>API-nøkkelen lagres i systemets legitimasjonslager.</translation>
    </message>
</context>
<context>
    <name>SignupFlow</name>
    <message>
        <source>Engage did not accept the marked fields.</source>
        <translation>Engage godtok ikke de merkede feltene.</translation>
    </message>
</context>
<context>
    <name>SignupForm</name>
    <message>
        <source>Saving to Engage…</source>
        <translation>Lagrer i Engage…</translation>
    </message>
    <message>
        <source>The customer agrees to</source>
        <translation>Kunden samtykker til</translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation>&amp;Lagre medlem</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>Lagre medlem</translation>
    </message>
    <message>
        <source>Enter saves from any field when the form is complete</source>
        <translation>Enter lagrer fra hvilket som helst felt når skjemaet er fylt ut</translation>
    </message>
    <message>
        <source>Fill in {field} to save.</source>
        <translation>Fyll ut feltet {field} for å lagre.</translation>
    </message>
    <message>
        <source>Correct {field} to save.</source>
        <translation>Rett feltet {field} for å lagre.</translation>
    </message>
    <message>
        <source>The customer must agree to the terms marked * to save.</source>
        <translation>Kunden må godta vilkårene merket med * før du kan lagre.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the terms</source>
        <translation>Lukk vilkårene</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Vilkår</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Another member already has this key.</source>
        <translation>Et annet medlem er allerede registrert med dette.</translation>
    </message>
    <message>
        <source>Engage did not accept: {fields}</source>
        <translation>Engage godtok ikke: {fields}</translation>
    </message>
    <message>
        <source>Several members have this key.</source>
        <translation>Flere medlemmer er registrert med dette.</translation>
    </message>
    <message>
        <source>Engage refused the signup.</source>
        <translation>Engage avviste innmeldingen.</translation>
    </message>
    <message>
        <source>Waiting signups</source>
        <translation>Ventende innmeldinger</translation>
    </message>
    <message>
        <source>Signups are not kept on this till: the outbox could not be opened. Tell IT (see the log).</source>
        <translation>Innmeldinger lagres ikke i denne kassen: utboksen kunne ikke åpnes. Si fra til IT (se loggen).</translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait to be sent to Engage, the oldest since {since}. They are sent by themselves when Engage answers.</source>
        <translation>
            <numerusform>%n innmelding venter på å bli sendt til Engage, siden {since}. Den sendes av seg selv når Engage svarer.</numerusform>
            <numerusform>%n innmeldinger venter på å bli sendt til Engage, den eldste siden {since}. De sendes av seg selv når Engage svarer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signup waits to be sent to Engage.</source>
        <translation>Ingen innmelding venter på å bli sendt til Engage.</translation>
    </message>
    <message>
        <source>Sending is paused: Engage refused this till&apos;s API key. Tell IT.</source>
        <translation>Sendingen er stanset: Engage avviste API-nøkkelen til denne kassen. Si fra til IT.</translation>
    </message>
    <message>
        <source>&amp;Signups for staff to settle:</source>
        <translation>&amp;Innmeldinger de ansatte må ordne:</translation>
    </message>
    <message>
        <source>None: nothing needs staff.</source>
        <translation>Ingen: ingenting trenger de ansatte.</translation>
    </message>
    <message>
        <source>&amp;Open on the form</source>
        <translation>Å&amp;pne i skjemaet</translation>
    </message>
    <message>
        <source>Open on the signup form</source>
        <translation>Åpne i innmeldingsskjemaet</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>Discard this signup</source>
        <translation>Forkast denne innmeldingen</translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation>← Tilbake til innmelding</translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation>Tilbake til innmelding</translation>
    </message>
    <message>
        <source>Discard the signup?</source>
        <translation>Forkaste innmeldingen?</translation>
    </message>
    <message>
        <source>The customer&apos;s details are deleted from this till and never reach Engage. Discard?</source>
        <translation>Kundens opplysninger slettes fra denne kassen og når aldri Engage. Forkaste?</translation>
    </message>
</context>
<context>
    <name>WelcomeHeader</name>
    <message>
        <source>Join our customer club</source>
        <translation>Bli medlem i kundeklubben vår</translation>
    </message>
    <message>
        <source>It takes less than a minute.</source>
        <translation>Det tar under ett minutt.</translation>
    </message>
    <message>
        <source>Fill in your details</source>
        <translation>Fyll ut opplysningene dine</translation>
    </message>
    <message>
        <source>Tap Join</source>
        <translation>Trykk på Bli medlem</translation>
    </message>
    <message>
        <source>Confirm with the link in the e-mail we send you</source>
        <translation>Bekreft med lenken i e-posten vi sender deg</translation>
    </message>
    <message>
        <source>Enjoy your member offers</source>
        <translation>Nyt medlemstilbudene dine</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Too long</source>
        <translation>For langt</translation>
    </message>
    <message>
        <source>Too long — at most {max} characters</source>
        <translation>For langt – høyst {max} tegn</translation>
    </message>
    <message>
        <source>Enter {digits} more digits</source>
        <translation>Skriv inn {digits} sifre til</translation>
    </message>
    <message>
        <source>Enter 1 more digit</source>
        <translation>Skriv inn 1 siffer til</translation>
    </message>
    <message>
        <source>Enter at least {digits} more digits</source>
        <translation>Skriv inn minst {digits} sifre til</translation>
    </message>
    <message>
        <source>Enter at least 1 more digit</source>
        <translation>Skriv inn minst 1 siffer til</translation>
    </message>
    <message>
        <source>Enter {count} more characters</source>
        <translation>Skriv inn {count} tegn til</translation>
    </message>
    <message>
        <source>Enter 1 more character</source>
        <translation>Skriv inn 1 tegn til</translation>
    </message>
    <message>
        <source>No spaces allowed</source>
        <translation>Mellomrom er ikke tillatt</translation>
    </message>
    <message>
        <source>Contains characters that cannot be used</source>
        <translation>Inneholder tegn som ikke kan brukes</translation>
    </message>
    <message>
        <source>Date is in the future</source>
        <translation>Datoen er fram i tid</translation>
    </message>
    <message>
        <source>No such date</source>
        <translation>Datoen finnes ikke</translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( )</source>
        <translation>Bruk bare sifre, mellomrom og + - ( )</translation>
    </message>
    <message>
        <source>+ can only come first</source>
        <translation>+ kan bare stå først</translation>
    </message>
    <message>
        <source>Enter more digits</source>
        <translation>Skriv inn flere sifre</translation>
    </message>
    <message>
        <source>Enter the country code</source>
        <translation>Skriv inn landskoden</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Ukjent landskode</translation>
    </message>
    <message>
        <source>Start with + and the country code</source>
        <translation>Begynn med + og landskoden</translation>
    </message>
    <message>
        <source>Foreign number? Start with + and the country code</source>
        <translation>Utenlandsk nummer? Begynn med + og landskoden</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>For mange sifre</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Ikke et mobilnummer</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Ikke et gyldig telefonnummer</translation>
    </message>
    <message>
        <source>Not a personal identity number</source>
        <translation>Ikke et personnummer</translation>
    </message>
    <message>
        <source>Wrong length — use 10 or 12 digits</source>
        <translation>Feil lengde – bruk 10 eller 12 sifre</translation>
    </message>
    <message>
        <source>The year must start with 18, 19 or 20</source>
        <translation>Årstallet må begynne med 18, 19 eller 20</translation>
    </message>
    <message>
        <source>Check digit is wrong — check the number</source>
        <translation>Feil kontrollsiffer – sjekk nummeret</translation>
    </message>
    <message>
        <source>No such date — check the number</source>
        <translation>Datoen finnes ikke – sjekk nummeret</translation>
    </message>
    <message>
        <source>The three digits after the date must be 002–899</source>
        <translation>De tre sifrene etter datoen må være 002–899</translation>
    </message>
    <message>
        <source>Temporary identity numbers are not accepted</source>
        <translation>Midlertidige identitetsnumre godtas ikke</translation>
    </message>
    <message>
        <source>Add @ and the domain</source>
        <translation>Legg til @ og domenet</translation>
    </message>
    <message>
        <source>Only one @ allowed</source>
        <translation>Bare én @ er tillatt</translation>
    </message>
    <message>
        <source>Enter the part before @</source>
        <translation>Skriv inn delen før @</translation>
    </message>
    <message>
        <source>Check the part before @</source>
        <translation>Sjekk delen før @</translation>
    </message>
    <message>
        <source>The part before @ is too long — at most {max} characters</source>
        <translation>Delen før @ er for lang – høyst {max} tegn</translation>
    </message>
    <message>
        <source>Enter the part after @</source>
        <translation>Skriv inn delen etter @</translation>
    </message>
    <message>
        <source>Finish the part after @, e.g. .se</source>
        <translation>Skriv ferdig delen etter @, f.eks. .no</translation>
    </message>
    <message>
        <source>Check the part after @</source>
        <translation>Sjekk delen etter @</translation>
    </message>
    <message>
        <source>Contains a Cyrillic letter: {letter} — retype it</source>
        <translation>Inneholder en kyrillisk bokstav: {letter} – skriv den på nytt</translation>
    </message>
    <message>
        <source>Contains a Greek letter: {letter} — retype it</source>
        <translation>Inneholder en gresk bokstav: {letter} – skriv den på nytt</translation>
    </message>
    <message>
        <source>A letter from another alphabet: {letter} — retype it</source>
        <translation>En bokstav fra et annet alfabet: {letter} – skriv den på nytt</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Mente du {suggestion}?</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD</source>
        <translation>Skriv datoen som dd.mm.åååå</translation>
    </message>
    <message>
        <source>More than {years} years ago</source>
        <translation>Mer enn {years} år siden</translation>
    </message>
    <message>
        <source>Use only letters, spaces and - &apos; .</source>
        <translation>Bruk bare bokstaver, mellomrom og - &apos; .</translation>
    </message>
    <message>
        <source>Enter at least one letter</source>
        <translation>Skriv inn minst én bokstav</translation>
    </message>
    <message>
        <source>Use a two-letter country code</source>
        <translation>Bruk en landskode på to bokstaver</translation>
    </message>
    <message>
        <source>Not a known country code</source>
        <translation>Ukjent landskode</translation>
    </message>
    <message>
        <source>Use a two-letter language code, e.g. sv</source>
        <translation>Bruk en språkkode på to bokstaver, f.eks. nb</translation>
    </message>
    <message>
        <source>Not a known language code</source>
        <translation>Ukjent språkkode</translation>
    </message>
    <message>
        <source>Choose Male, Female or Other</source>
        <translation>Velg Mann, Kvinne eller Annet</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces and -</source>
        <translation>Bruk bare bokstaver, sifre, mellomrom og -</translation>
    </message>
</context>
</TS>
