<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AlreadyMemberDialog</name>
    <message>
        <source>Already a member</source>
        <translation>Allerede medlem</translation>
    </message>
    <message>
        <source>This customer is already a member: Engage holds their {field}. Nothing new was saved.</source>
        <translation>Kunden er allerede medlem: Engage har kundens {field}. Intet nyt blev gemt.</translation>
    </message>
    <message>
        <source>This customer is already a member. Nothing new was saved.</source>
        <translation>Kunden er allerede medlem. Der blev ikke gemt noget nyt.</translation>
    </message>
    <message>
        <source>&amp;Save the ticked boxes to this member</source>
        <translation>&amp;Gem afkrydsningerne hos medlemmet</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>&amp;Vis medlemmet</translation>
    </message>
    <message>
        <source>&amp;Back to form</source>
        <translation>&amp;Tilbage til formularen</translation>
    </message>
    <message>
        <source>For support: Engage id {id}</source>
        <translation>Til support: Engage-id {id}</translation>
    </message>
    <message>
        <source>The existing member could not be looked up just now.</source>
        <translation>Det eksisterende medlem kunne ikke slås op lige nu.</translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation>(intet navn gemt)</translation>
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
        <translation>posapp er allerede åben</translation>
    </message>
    <message>
        <source>posapp is already open on this till. Use the window that is open: this one closes now, and nothing is lost.</source>
        <translation>posapp er allerede åben på denne kasse. Brug det vindue, der er åbent: dette lukker nu, og intet går tabt.</translation>
    </message>
    <message>
        <source>&amp;Close this window</source>
        <translation>&amp;Luk dette vindue</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>&amp;New signup</source>
        <translation>&amp;Ny tilmelding</translation>
    </message>
    <message>
        <source>New signup</source>
        <translation>Ny tilmelding</translation>
    </message>
    <message>
        <source>Saved on this till</source>
        <translation>Gemt i denne kasse</translation>
    </message>
    <message>
        <source>It will be sent to Engage when Engage answers. Nothing more to do: carry on with the next customer.</source>
        <translation>Den sendes til Engage, når Engage svarer. Intet mere at gøre: fortsæt med den næste kunde.</translation>
    </message>
    <message>
        <source>Saved to the existing member</source>
        <translation>Gemt hos det eksisterende medlem</translation>
    </message>
    <message>
        <source>The offers and consents just ticked are saved to {name}.</source>
        <translation>De tilbud og samtykker, der lige blev sat kryds ved, er gemt hos {name}.</translation>
    </message>
    <message>
        <source>The offers and consents just ticked are saved to the member.</source>
        <translation>De tilbud og samtykker, der lige blev sat kryds ved, er gemt hos medlemmet.</translation>
    </message>
    <message>
        <source>No new member was created.</source>
        <translation>Der blev ikke oprettet et nyt medlem.</translation>
    </message>
    <message>
        <source>For support: Engage id {id}</source>
        <translation>Til support: Engage-id {id}</translation>
    </message>
    <message>
        <source>Saved as: {type}</source>
        <translation>Gemt som: {type}</translation>
    </message>
    <message>
        <source>The customer confirms by e-mail.</source>
        <translation>Kunden bekræfter via e-mail.</translation>
    </message>
    <message>
        <source>{name} is now a member</source>
        <translation>{name} er nu medlem</translation>
    </message>
    <message>
        <source>The new member is saved</source>
        <translation>Det nye medlem er gemt</translation>
    </message>
    <message>
        <source>{name} is saved</source>
        <translation>{name} er gemt</translation>
    </message>
    <message>
        <source>The new contact is saved</source>
        <translation>Den nye kontakt er gemt</translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Medlemsnummer: {number}</translation>
    </message>
    <message>
        <source>The customer confirms the membership by e-mail.</source>
        <translation>Kunden bekræfter medlemskabet via e-mail.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected to Engage</source>
        <translation>Forbundet til Engage</translation>
    </message>
    <message>
        <source>{host} answered over a valid secure connection and accepted the API key ({ms} ms).</source>
        <translation>{host} svarede over en gyldig, sikker forbindelse og accepterede API-nøglen ({ms} ms).</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Adressen blev ikke fundet</translation>
    </message>
    <message>
        <source>No server named {host} can be found. Check the spelling of the Engage address, and that this till&apos;s network can look names up (DNS).</source>
        <translation>Der findes ingen server med navnet {host}. Kontrollér stavningen af Engage-adressen, og at kassens netværk kan slå navne op (DNS).</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Forbindelsen blev afvist</translation>
    </message>
    <message>
        <source>{host} refused the connection: nothing answers at that address and port. Check the Engage address.</source>
        <translation>{host} afviste forbindelsen: intet svarer på den adresse og port. Kontrollér Engage-adressen.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Ingen forbindelse</translation>
    </message>
    <message>
        <source>{host} could not be reached in time. A firewall or proxy may be blocking this till, or the network is down.</source>
        <translation>{host} kunne ikke nås i tide. En firewall eller proxy blokerer måske denne kasse, eller netværket er nede.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certifikatet er udløbet</translation>
    </message>
    <message>
        <source>The security certificate of {host} has expired, so posapp will not send the API key there. If the till&apos;s clock is right, tell whoever runs {host} (or the store&apos;s proxy).</source>
        <translation>Sikkerhedscertifikatet for {host} er udløbet, så posapp sender ikke API-nøglen dertil. Hvis kassens ur går rigtigt, så giv besked til den, der driver {host} (eller butikkens proxy).</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>Certifikatet er ikke gyldigt endnu</translation>
    </message>
    <message>
        <source>The security certificate of {host} is not valid yet. Check this till&apos;s date and time.</source>
        <translation>Sikkerhedscertifikatet for {host} er ikke gyldigt endnu. Kontrollér kassens dato og klokkeslæt.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selvsigneret certifikat</translation>
    </message>
    <message>
        <source>{host} presented a self-signed certificate that this till does not trust. If the chain&apos;s proxy inspects TLS traffic, set ca_bundle in [engage] to its certificate authority file.</source>
        <translation>{host} præsenterede et selvsigneret certifikat, som denne kasse ikke stoler på. Hvis kædens proxy inspicerer TLS-trafik, så sæt ca_bundle under [engage] til proxyens CA-fil (certifikatudsteder).</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certifikatet er ikke betroet</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this till does not trust. If the chain&apos;s proxy inspects TLS traffic, set ca_bundle in [engage] to its certificate authority file.</source>
        <translation>Certifikatet for {host} er udstedt af en certifikatudsteder, som denne kasse ikke stoler på. Hvis kædens proxy inspicerer TLS-trafik, så sæt ca_bundle under [engage] til proxyens CA-fil (certifikatudsteder).</translation>
    </message>
    <message>
        <source>Certificate for another server</source>
        <translation>Certifikat til en anden server</translation>
    </message>
    <message>
        <source>The certificate presented is not valid for {host}. Check the Engage address, such as https://acme.voyado.com.</source>
        <translation>Det præsenterede certifikat gælder ikke for {host}. Kontrollér Engage-adressen, f.eks. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sikker forbindelse mislykkedes</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {host} could not be set up. Check that the address starts with https:// and points at Engage.</source>
        <translation>Der kunne ikke oprettes en sikker forbindelse (TLS) til {host}. Kontrollér, at adressen begynder med https:// og peger på Engage.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Kan ikke oprette forbindelse</translation>
    </message>
    <message>
        <source>posapp could not connect to {host}. Check the address and the till&apos;s network.</source>
        <translation>posapp kunne ikke oprette forbindelse til {host}. Kontrollér adressen og kassens netværk.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-nøglen blev afvist</translation>
    </message>
    <message>
        <source>{host} answered, but refused the API key (HTTP {status}). Check that the key is complete, belongs to this tenant and has not been revoked.</source>
        <translation>{host} svarede, men afviste API-nøglen (HTTP {status}). Kontrollér, at nøglen er fuldstændig, hører til dette Engage-miljø og ikke er blevet tilbagekaldt.</translation>
    </message>
    <message>
        <source>Something other than Engage answered</source>
        <translation>Noget andet end Engage svarede</translation>
    </message>
    <message>
        <source>The answer from {host} is not Engage&apos;s (HTTP {status}, a web page rather than data). A proxy is in the way, or the address is not the tenant&apos;s Engage address.</source>
        <translation>Svaret fra {host} kommer ikke fra Engage (HTTP {status}, en webside i stedet for data). En proxy er i vejen, eller adressen er ikke Engage-adressen til jeres miljø.</translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation>Fejl hos Engage</translation>
    </message>
    <message>
        <source>{host} answered with an internal error (HTTP {status}). The address is probably right; try again later, or ask Voyado.</source>
        <translation>{host} svarede med en intern fejl (HTTP {status}). Adressen er sikkert rigtig; prøv igen senere, eller kontakt Voyado.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Intet svar i tide</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not answer in time. Try again; if it persists, a proxy may be holding the request.</source>
        <translation>{host} accepterede forbindelsen, men svarede ikke i tide. Prøv igen; hvis det fortsætter, holder en proxy måske forespørgslen tilbage.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Forbindelsen blev afbrudt</translation>
    </message>
    <message>
        <source>The connection to {host} broke during the test. Try again; if it persists, check the network and any proxy.</source>
        <translation>Forbindelsen til {host} blev afbrudt under testen. Prøv igen; hvis det fortsætter, så kontrollér netværket og en eventuel proxy.</translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation>Engage har travlt</translation>
    </message>
    <message>
        <source>{host} asked posapp to slow down (HTTP 429). Wait a minute and test again.</source>
        <translation>{host} bad posapp om at sætte tempoet ned (HTTP 429). Vent et minut, og test igen.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Uventet svar</translation>
    </message>
    <message>
        <source>{host} answered in a way posapp did not expect. The details below tell IT what came back.</source>
        <translation>{host} svarede på en måde, som posapp ikke havde ventet. Informationen herunder viser IT, hvad der kom tilbage.</translation>
    </message>
    <message>
        <source>{host} answered and accepted the API key ({ms} ms). This is a plain http:// test server on this computer, not a tenant.</source>
        <translation>{host} svarede og accepterede API-nøglen ({ms} ms). Dette er en testserver med almindelig http:// på denne computer, ikke et rigtigt Engage-miljø.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <source>Needed to join the club</source>
        <translation>Skal til for at blive medlem af klubben</translation>
    </message>
    <message>
        <source>Required: the customer must agree to become a member</source>
        <translation>Obligatorisk: kunden skal acceptere for at blive medlem</translation>
    </message>
    <message>
        <source>Please tick this to join</source>
        <translation>Sæt kryds her for at blive medlem</translation>
    </message>
    <message>
        <source>The customer must agree to this to become a member</source>
        <translation>Kunden skal acceptere dette for at blive medlem</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annullér</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>It is not known yet whether the signup was saved. Retry checks first, so the customer cannot be registered twice.</source>
        <translation>Det vides endnu ikke, om tilmeldingen blev gemt. Knappen Prøv igen tjekker det først, så kunden ikke bliver tilmeldt to gange.</translation>
    </message>
    <message>
        <source>The signup was saved.</source>
        <translation>Tilmeldingen blev gemt.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
    <message>
        <source>Engage took too long</source>
        <translation>Engage brugte for lang tid</translation>
    </message>
    <message>
        <source>Engage gave up on the request and rolled it back.</source>
        <translation>Engage opgav forespørgslen og rullede den tilbage.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, carry on with the sale and sign the customer up later.</source>
        <translation>Tryk på Prøv igen. Hvis det bliver ved, så fortsæt med salget, og tilmeld kunden senere.</translation>
    </message>
    <message>
        <source>No answer from Engage</source>
        <translation>Intet svar fra Engage</translation>
    </message>
    <message>
        <source>Engage did not answer in time.</source>
        <translation>Engage svarede ikke i tide.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Forbindelsen blev afbrudt</translation>
    </message>
    <message>
        <source>The connection to Engage broke during the request.</source>
        <translation>Forbindelsen til Engage blev afbrudt midt i forespørgslen.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, check the store&apos;s network.</source>
        <translation>Tryk på Prøv igen. Hvis det bliver ved, så tjek butikkens netværk.</translation>
    </message>
    <message>
        <source>Engage&apos;s certificate was not accepted</source>
        <translation>Engages certifikat blev ikke godkendt</translation>
    </message>
    <message>
        <source>The certificate of Engage&apos;s address was not accepted, so posapp sent nothing. Something on the network may be in the way, or the till&apos;s date and time may be wrong.</source>
        <translation>Sikkerhedscertifikatet for Engages adresse blev ikke godkendt, så posapp sendte ingenting. Noget på netværket kan stå i vejen, eller kassens dato og klokkeslæt kan være forkert.</translation>
    </message>
    <message>
        <source>Tell IT the details below. The sale can go on without the signup.</source>
        <translation>Giv IT informationen herunder. Salget kan gennemføres uden tilmeldingen.</translation>
    </message>
    <message>
        <source>Cannot reach Engage</source>
        <translation>Kan ikke nå Engage</translation>
    </message>
    <message>
        <source>posapp could not connect to Engage.</source>
        <translation>posapp kunne ikke oprette forbindelse til Engage.</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then press Retry. The sale can go on without the signup.</source>
        <translation>Tjek netværkskablet eller wi-fi, og tryk så på Prøv igen. Salget kan gennemføres uden tilmeldingen.</translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation>Engage har travlt</translation>
    </message>
    <message>
        <source>Engage received too many requests and asked posapp to wait.</source>
        <translation>Engage har fået for mange forespørgsler og bad posapp om at vente.</translation>
    </message>
    <message>
        <source>Wait a few seconds, then press Retry.</source>
        <translation>Vent et par sekunder, og tryk så på Prøv igen.</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Ulæseligt svar</translation>
    </message>
    <message>
        <source>The answer from Engage could not be read. A proxy or the network may be in the way.</source>
        <translation>Svaret fra Engage kunne ikke læses. En proxy eller netværket er måske i vejen.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, tell IT the details below.</source>
        <translation>Tryk på Prøv igen. Hvis det bliver ved, så giv IT informationen herunder.</translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation>Fejl hos Engage</translation>
    </message>
    <message>
        <source>Engage reported an internal error.</source>
        <translation>Engage meldte om en intern fejl.</translation>
    </message>
    <message>
        <source>Signup in progress</source>
        <translation>Tilmelding i gang</translation>
    </message>
    <message>
        <source>A signup with this key is being saved right now, perhaps at another till.</source>
        <translation>En tilmelding med den samme oplysning bliver gemt lige nu, måske ved en anden kasse.</translation>
    </message>
    <message>
        <source>Wait a moment, then press Retry to look it up.</source>
        <translation>Vent lidt, og tryk så på Prøv igen for at hente den.</translation>
    </message>
    <message>
        <source>Engage refused the API key</source>
        <translation>Engage afviste API-nøglen</translation>
    </message>
    <message>
        <source>Engage refused posapp&apos;s API key.</source>
        <translation>Engage afviste posapps API-nøgle.</translation>
    </message>
    <message>
        <source>Tell IT: the API key of this till is wrong, expired or lacks rights. The sale can go on without the signup.</source>
        <translation>Giv IT besked: kassens API-nøgle er forkert, udløbet eller mangler rettigheder. Salget kan gennemføres uden tilmeldingen.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Intet blev sendt</translation>
    </message>
    <message>
        <source>Engage received an empty signup.</source>
        <translation>Engage modtog en tom tilmelding.</translation>
    </message>
    <message>
        <source>Tell IT: this is a fault in posapp.</source>
        <translation>Giv IT besked: dette er en fejl i posapp.</translation>
    </message>
    <message>
        <source>Engage did not accept the signup</source>
        <translation>Engage accepterede ikke tilmeldingen</translation>
    </message>
    <message>
        <source>Engage refused the details but did not say which field.</source>
        <translation>Engage afviste oplysningerne, men sagde ikke hvilket felt.</translation>
    </message>
    <message>
        <source>Check the details with the customer and save again. If they look right, tell IT the details below.</source>
        <translation>Tjek oplysningerne med kunden, og gem igen. Hvis alt ser rigtigt ud, så giv IT informationen herunder.</translation>
    </message>
    <message>
        <source>Check the marked fields</source>
        <translation>Tjek de markerede felter</translation>
    </message>
    <message>
        <source>Engage did not accept some of the fields.</source>
        <translation>Engage accepterede ikke alle felterne.</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>Ret de markerede felter, og gem igen.</translation>
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
        <translation>Vis medlemmet for at tjekke oplysningerne.</translation>
    </message>
    <message>
        <source>No member found</source>
        <translation>Intet medlem fundet</translation>
    </message>
    <message>
        <source>No member has this key.</source>
        <translation>Intet medlem er registreret med det, du søgte på.</translation>
    </message>
    <message>
        <source>Check the key, or sign the customer up.</source>
        <translation>Tjek det, du søgte på, eller tilmeld kunden som nyt medlem.</translation>
    </message>
    <message>
        <source>More than one member</source>
        <translation>Mere end ét medlem</translation>
    </message>
    <message>
        <source>Several members match this key.</source>
        <translation>Flere medlemmer passer med det, du søgte på.</translation>
    </message>
    <message>
        <source>Search with a more specific key.</source>
        <translation>Søg på noget mere entydigt, f.eks. personnummer.</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Tjek søgningen</translation>
    </message>
    <message>
        <source>Engage did not accept the search.</source>
        <translation>Engage accepterede ikke søgningen.</translation>
    </message>
    <message>
        <source>Check what was typed and try again.</source>
        <translation>Tjek det indtastede, og prøv igen.</translation>
    </message>
    <message>
        <source>Engage could not do this</source>
        <translation>Engage kunne ikke udføre dette</translation>
    </message>
    <message>
        <source>Engage refused the request.</source>
        <translation>Engage afviste forespørgslen.</translation>
    </message>
    <message>
        <source>Tell IT the details below.</source>
        <translation>Giv IT informationen herunder.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>posapp ran into an unexpected fault.</source>
        <translation>posapp stødte på en uventet fejl.</translation>
    </message>
    <message>
        <source>Nothing typed is lost. Try again; if it persists, tell IT.</source>
        <translation>Intet af det indtastede er gået tabt. Prøv igen; hvis fejlen fortsætter, så giv IT besked.</translation>
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
        <translation>E-m&amp;ail</translation>
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
        <translation>&amp;Efternavn</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fødsels&amp;dato</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>S&amp;treet address</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>P&amp;ostnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>&amp;Køn</translation>
    </message>
    <message>
        <source>Offers by e-m&amp;ail</source>
        <translation>&amp;Tilbud på e-mail</translation>
    </message>
    <message>
        <source>Offers by te&amp;xt message</source>
        <translation>T&amp;ilbud på sms</translation>
    </message>
    <message>
        <source>e.g. 070-174 06 05</source>
        <translation>f.eks. 20 12 34 56</translation>
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
        <translation>Scan eller indtast kortnummeret</translation>
    </message>
    <message>
        <source>Mobile number; local numbers are read in the selected country</source>
        <translation>Mobilnummer; numre uden landekode læses ud fra det valgte land</translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer, or Finnish HETU</source>
        <translation>Svensk personnummer eller samordningsnummer, eller finsk personbeteckning (HETU)</translation>
    </message>
    <message>
        <source>Type a country name or code to search the list</source>
        <translation>Skriv et landenavn eller en landekode for at søge på listen</translation>
    </message>
    <message>
        <source>Year, month and day, such as 1990-01-31, or day first: 31.1.1990</source>
        <translation>Dag, måned og år, f.eks. 31.01.1990 eller 1990-01-31</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by e-mail</source>
        <translation>Markeres kun, hvis kunden siger ja til tilbud på e-mail</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by text message</source>
        <translation>Markeres kun, hvis kunden siger ja til tilbud på sms</translation>
    </message>
    <message>
        <source>Offe&amp;rs by post</source>
        <translation>Tilbud &amp;via posten</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by post</source>
        <translation>Markeres kun, hvis kunden siger ja til tilbud med posten</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address, for offers and the club&apos;s messages</source>
        <translation>Kundens e-mailadresse, til tilbud og nyheder fra klubben</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>Kundens fornavn</translation>
    </message>
    <message>
        <source>The customer&apos;s last name</source>
        <translation>Kundens efternavn</translation>
    </message>
    <message>
        <source>The number on the customer&apos;s membership card</source>
        <translation>Nummeret på kundens medlemskort</translation>
    </message>
    <message>
        <source>Street name and number</source>
        <translation>Vejnavn og nummer</translation>
    </message>
    <message>
        <source>The postcode, without the town</source>
        <translation>Postnummeret, uden by</translation>
    </message>
    <message>
        <source>The town or city</source>
        <translation>Byen</translation>
    </message>
    <message>
        <source>Only if the customer wants to say</source>
        <translation>Kun hvis kunden vil oplyse det</translation>
    </message>
    <message>
        <source>The language the club writes to the customer in</source>
        <translation>Det sprog, klubben skriver til kunden på</translation>
    </message>
    <message>
        <source>The kind of membership: it decides the key and the fields</source>
        <translation>Typen af medlemskab: den afgør nøglen og felterne</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{name} (required)</source>
        <translation>{name} (skal udfyldes)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinde</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mand</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Engage did not accept this field</source>
        <translation>Engage accepterede ikke dette felt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Skal udfyldes</translation>
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
        <translation>Gemt. Sådan ser oplysningerne ud i Engage nu.</translation>
    </message>
    <message>
        <source>Saving a change again is safe: it cannot create anything twice.</source>
        <translation>Det er sikkert at gemme ændringen igen: intet kan blive oprettet to gange.</translation>
    </message>
</context>
<context>
    <name>FindMemberPage</name>
    <message>
        <source>(not set)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation>(intet navn gemt)</translation>
    </message>
    <message>
        <source>No member found with {field} {value}.</source>
        <translation>Intet medlem fundet med {field} {value}.</translation>
    </message>
    <message numerus="yes">
        <source>%n members have {field} {value}. Search by something only one of them has, such as the personal identity number.</source>
        <translation>
            <numerusform>%n medlem har {field} {value}. Søg på noget, kun én af dem har, for eksempel CPR-nummeret.</numerusform>
            <numerusform>%n medlemmer har {field} {value}. Søg på noget, kun én af dem har, for eksempel CPR-nummeret.</numerusform>
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
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Asking Engage…</source>
        <translation>Spørger Engage…</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Find medlem</translation>
    </message>
    <message>
        <source>Search &amp;by</source>
        <translation>Søg &amp;efter</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Søg efter</translation>
    </message>
    <message>
        <source>Which key to search by: mobile number, personal identity number, e-mail or member number</source>
        <translation>Hvad du søger på: mobilnummer, personnummer, e-mail eller medlemsnummer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Sø&amp;g</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Sign &amp;up instead</source>
        <translation>&amp;Tilmeld i stedet</translation>
    </message>
    <message>
        <source>Sign up instead</source>
        <translation>Tilmeld i stedet</translation>
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
        <translation>Fjern krydset for at stoppe tilbuddene; ændringen gemmes med Gem ændringer</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Gem ændringer</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation>← Tilbage til tilmeldingen</translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation>Tilbage til tilmeldingen</translation>
    </message>
    <message>
        <source>Key to search for</source>
        <translation>Det, du søger på</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Er du der stadig?</translation>
    </message>
    <message>
        <source>To keep your details private, we&apos;ll clear the form when the countdown ends.</source>
        <translation>For at beskytte dine oplysninger rydder vi formularen, når nedtællingen er slut.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Jeg er her stadig</translation>
    </message>
    <message>
        <source>Clear my details now</source>
        <translation>Slet mine oplysninger nu</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n sekund tilbage</numerusform>
            <numerusform>%n sekunder tilbage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>Still working on it — one moment…</source>
        <translation>Vi arbejder på det – et øjeblik…</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Tjek venligst de markerede felter.</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>Signing you up…</source>
        <translation>Tilmelder dig…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Bliv medlem</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Tjek venligst de markerede felter.</translation>
    </message>
    <message>
        <source>Read the terms</source>
        <translation>Læs vilkårene</translation>
    </message>
    <message>
        <source>Read the full terms</source>
        <translation>Læs alle vilkårene</translation>
    </message>
    <message>
        <source>Join the club</source>
        <translation>Bliv medlem af klubben</translation>
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
        <translation>E-mailadresse</translation>
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
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Yes, send me offers by e-mail</source>
        <translation>Ja tak, send mig tilbud på e-mail</translation>
    </message>
    <message>
        <source>Yes, send me offers by text message</source>
        <translation>Ja tak, send mig tilbud på sms</translation>
    </message>
    <message>
        <source>Yes, send me offers by post</source>
        <translation>Ja tak, send mig tilbud med posten</translation>
    </message>
    <message>
        <source>Tick to get our offers by post. You can stop them at any time.</source>
        <translation>Sæt kryds for at få vores tilbud med posten. Du kan framelde dem når som helst.</translation>
    </message>
    <message>
        <source>Your mobile number. A number from abroad starts with + and the country code.</source>
        <translation>Dit mobilnummer. Et udenlandsk nummer starter med + og landekoden.</translation>
    </message>
    <message>
        <source>Your personal identity number</source>
        <translation>Dit personnummer</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Din e-mailadresse</translation>
    </message>
    <message>
        <source>The number on your membership card</source>
        <translation>Nummeret på dit medlemskort</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Dit fornavn</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Dit efternavn</translation>
    </message>
    <message>
        <source>Your date of birth: day, month and year</source>
        <translation>Din fødselsdato: dag, måned og år</translation>
    </message>
    <message>
        <source>Tick to get our offers by e-mail. You can stop them at any time.</source>
        <translation>Sæt kryds for at få vores tilbud på e-mail. Du kan framelde dem når som helst.</translation>
    </message>
    <message>
        <source>Tick to get our offers by text message. You can stop them at any time.</source>
        <translation>Sæt kryds for at få vores tilbud på sms. Du kan framelde dem når som helst.</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation>{label} (valgfrit)</translation>
    </message>
    <message>
        <source>Please fill this in</source>
        <translation>Udfyld venligst dette felt</translation>
    </message>
    <message>
        <source>Please check this</source>
        <translation>Tjek venligst dette</translation>
    </message>
    <message>
        <source>By tapping Join you become a member of our customer club and accept its membership terms, which staff can give you on paper. We keep your details only to run your membership, and you can leave at any time.</source>
        <translation>Når du trykker på Bliv medlem, bliver du medlem af vores kundeklub og accepterer medlemsbetingelserne, som du kan få på papir af personalet. Vi gemmer kun dine oplysninger for at administrere dit medlemskab, og du kan melde dig ud når som helst.</translation>
    </message>
    <message>
        <source>We keep your details only to run your membership, and you can leave at any time.</source>
        <translation>Vi gemmer kun dine oplysninger for at passe dit medlemskab, og du kan melde dig ud når som helst.</translation>
    </message>
    <message>
        <source>Would you like offers from us? (optional)</source>
        <translation>Vil du have tilbud fra os? (valgfrit)</translation>
    </message>
    <message>
        <source>We couldn&apos;t finish your signup</source>
        <translation>Vi kunne ikke gennemføre din tilmelding</translation>
    </message>
    <message>
        <source>Some of your details could not be accepted. Please check what you typed and try again.</source>
        <translation>Nogle af dine oplysninger kunne ikke godkendes. Tjek det, du skrev, og prøv igen.</translation>
    </message>
    <message>
        <source>Our membership system is not answering right now. Please try again in a moment, or ask a member of staff for help.</source>
        <translation>Vores medlemssystem svarer ikke lige nu. Prøv igen om lidt, eller bed personalet om hjælp.</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please ask a member of staff for help.</source>
        <translation>Noget gik galt hos os. Bed personalet om hjælp.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Join our customer club</source>
        <translation>Bliv medlem af vores kundeklub</translation>
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
            <numerusform>%n til personalet</numerusform>
            <numerusform>%n til personalet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait on this till; open the list</source>
        <translation>
            <numerusform>%n tilmelding venter i denne kasse; åbn listen</numerusform>
            <numerusform>%n tilmeldinger venter i denne kasse; åbn listen</numerusform>
        </translation>
    </message>
    <message>
        <source>Another member already has this key</source>
        <translation>Et andet medlem er allerede registreret med dette</translation>
    </message>
    <message>
        <source>Start a new signup?</source>
        <translation>Start en ny tilmelding?</translation>
    </message>
    <message>
        <source>The signup on the form is not saved. Empty the form and lose what was typed?</source>
        <translation>Tilmeldingen i formularen er ikke gemt. Tøm formularen og mist det, der er skrevet?</translation>
    </message>
    <message>
        <source>&amp;Empty the form</source>
        <translation>&amp;Tøm formularen</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Fortsæt med at skrive</translation>
    </message>
    <message>
        <source>Waiting signups</source>
        <translation>Ventende tilmeldinger</translation>
    </message>
    <message>
        <source>Member signup</source>
        <translation>Medlemstilmelding</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Find medlem</translation>
    </message>
    <message>
        <source>Find a member and correct their country or language (Ctrl+F)</source>
        <translation>Find et medlem og ret land eller sprog (Ctrl+F)</translation>
    </message>
    <message>
        <source>Store {store} · {country}</source>
        <translation>Butik {store} · {country}</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Not kept on this till</source>
        <translation>Gemmes ikke i denne kasse</translation>
    </message>
    <message>
        <source>Signups are not kept on this till; open for what to do</source>
        <translation>Tilmeldinger gemmes ikke i denne kasse; åbn for at se, hvad du skal gøre</translation>
    </message>
    <message>
        <source>posapp — {view}</source>
        <translation>posapp — {view}</translation>
    </message>
    <message>
        <source>Demo mode: posapp talks to its built-in Engage emulator. No real members are created.</source>
        <translation>Demotilstand: posapp taler med sin indbyggede Engage-emulator. Der oprettes ingen rigtige medlemmer.</translation>
    </message>
    <message>
        <source>Demo mode, no real members are created</source>
        <translation>Demotilstand, der oprettes ingen rigtige medlemmer</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <source>Scan or type the customer&apos;s key, fill in the marked fields, then press Enter.</source>
        <translation>Scan eller indtast kundens oplysninger, udfyld de markerede felter, og tryk på Enter.</translation>
    </message>
    <message>
        <source>Close posapp?</source>
        <translation>Lukke posapp?</translation>
    </message>
    <message>
        <source>The signup on the form is not saved. Close anyway and lose what was typed?</source>
        <translation>Tilmeldingen i formularen er ikke gemt. Luk alligevel og mist det, der er skrevet?</translation>
    </message>
    <message>
        <source>Finishing the save before closing…</source>
        <translation>Afslutter gemningen før lukning …</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Stort bogstav</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Næste felt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellemrum</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Bogstaver</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Cifre</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Thank you!</source>
        <translation>Tak!</translation>
    </message>
    <message>
        <source>You&apos;re signed up. We will send your confirmation e-mail shortly.</source>
        <translation>Du er tilmeldt. Vi sender din bekræftelse på e-mail om kort tid.</translation>
    </message>
    <message>
        <source>You&apos;re signed up. It reaches our membership system in a moment; there is nothing more to do.</source>
        <translation>Du er tilmeldt. Den når vores medlemssystem om et øjeblik; du behøver ikke gøre mere.</translation>
    </message>
    <message>
        <source>Please check your e-mail: our message tells you what happens next.</source>
        <translation>Tjek din e-mail: vores besked fortæller, hvad der sker nu.</translation>
    </message>
    <message>
        <source>You&apos;re all set. Staff at the till are happy to help with anything about your membership.</source>
        <translation>Så er alt klar. Personalet ved kassen hjælper gerne med alt om dit medlemskab.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start forfra</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears itself in %n seconds</source>
        <translation>
            <numerusform>Skærmen ryddes om %n sekund</numerusform>
            <numerusform>Skærmen ryddes om %n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Personalets pinkode</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;Pinkode</translation>
    </message>
    <message>
        <source>Digits only; they are not shown.</source>
        <translation>Kun cifre; de vises ikke.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Forkert pinkode. Prøv igen.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>Forkert pinkode. %n forsøg tilbage før en pause.</numerusform>
            <numerusform>Forkert pinkode. %n forsøg tilbage før en pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>For mange forkerte pinkoder. Prøv igen om %n sekund.</numerusform>
            <numerusform>For mange forkerte pinkoder. Prøv igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>For mange forkerte pinkoder. Prøv igen om %n minut.</numerusform>
            <numerusform>For mange forkerte pinkoder. Prøv igen om %n minutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Kun for personale</translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave the kiosk.</source>
        <translation>Indtast personalets pinkode for at forlade kiosktilstanden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n ciffer indtastet</numerusform>
            <numerusform>%n cifre indtastet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>For IT: {details}</source>
        <translation>Til IT: {details}</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
</context>
<context>
    <name>SetupAccess</name>
    <message>
        <source>Set-up</source>
        <translation>Opsætning</translation>
    </message>
    <message>
        <source>Set-up (staff only)</source>
        <translation>Opsætning (kun for personale)</translation>
    </message>
    <message>
        <source>Engage address, API key and store; asks for the staff PIN ({shortcut})</source>
        <translation>Engage-adresse, API-nøgle og butik; kræver personalets pinkode ({shortcut})</translation>
    </message>
    <message>
        <source>Set-up is not available here: this till has no staff PIN. IT can run posapp --setup.</source>
        <translation>Opsætning er ikke tilgængelig her: kassen har ingen pinkode for personalet. IT kan køre posapp --setup.</translation>
    </message>
    <message>
        <source>Set-up is for staff only.</source>
        <translation>Opsætning er kun for personale.</translation>
    </message>
    <message>
        <source>Demo mode: the PIN is {pin}.</source>
        <translation>Demotilstand: pinkoden er {pin}.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Enter the tenant&apos;s Engage address, such as https://acme.voyado.com.</source>
        <translation>Indtast Engage-adressen til jeres miljø, f.eks. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer.</source>
        <translation>Brug https://. Almindelig http:// er kun tilladt til denne computer.</translation>
    </message>
    <message>
        <source>Remove everything from the ? or # on.</source>
        <translation>Fjern alt fra ? eller # og frem.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Skal udfyldes.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Vælg et land på listen.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Værdien kan ikke bruges.</translation>
    </message>
    <message>
        <source>This user may not change that file or its folder. Run the set-up as a user who may, or point POSAPP_CONFIG at another file.</source>
        <translation>Denne bruger må ikke ændre filen eller mappen, den ligger i. Kør opsætningen som en bruger, der må, eller lad POSAPP_CONFIG pege på en anden fil.</translation>
    </message>
    <message>
        <source>It is on a read-only disk. Point POSAPP_CONFIG at a file on another disk.</source>
        <translation>Filen ligger på en skrivebeskyttet disk. Lad POSAPP_CONFIG pege på en fil på en anden disk.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then save again.</source>
        <translation>Disken er fuld. Frigør noget plads, og gem igen.</translation>
    </message>
    <message>
        <source>A folder on the way to it is missing or is a file. Check the path, or point POSAPP_CONFIG at another file.</source>
        <translation>En mappe på vejen derhen mangler eller er en fil. Tjek stien, eller lad POSAPP_CONFIG pege på en anden fil.</translation>
    </message>
    <message>
        <source>That name is a folder, not a file. Point POSAPP_CONFIG at a file.</source>
        <translation>Navnet er en mappe, ikke en fil. Lad POSAPP_CONFIG pege på en fil.</translation>
    </message>
    <message>
        <source>Run the set-up as a user who may change that file, or point POSAPP_CONFIG at another file.</source>
        <translation>Kør opsætningen som en bruger, der må ændre filen, eller lad POSAPP_CONFIG pege på en anden fil.</translation>
    </message>
    <message>
        <source>posapp set-up</source>
        <translation>posapp – opsætning</translation>
    </message>
    <message>
        <source>Set up posapp</source>
        <translation>Opsæt posapp</translation>
    </message>
    <message>
        <source>Connects this till to Voyado Engage. The settings are saved in {path}; the API key is never written there.</source>
        <translation>Forbinder denne kasse med Voyado Engage. Indstillingerne gemmes i {path}; API-nøglen skrives aldrig dertil.</translation>
    </message>
    <message>
        <source>Engage &amp;address</source>
        <translation>Engage-&amp;adresse</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;nøgle</translation>
    </message>
    <message>
        <source>&amp;Store id</source>
        <translation>&amp;Butiks-id</translation>
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
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>Engage address</source>
        <translation>Engage-adresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <source>Store external id</source>
        <translation>Butikkens eksterne id</translation>
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
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The tenant&apos;s Engage address, such as https://acme.voyado.com.</source>
        <translation>Engage-adressen til jeres miljø, f.eks. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>The API key from Engage&apos;s configuration. It is not shown, and never written to the file.</source>
        <translation>API-nøglen fra Engages konfiguration. Den vises ikke og skrives aldrig til filen.</translation>
    </message>
    <message>
        <source>Sent to Engage as storeExternalId: the store that recruits the member.</source>
        <translation>Sendes til Engage som storeExternalId: den butik, der hverver medlemmet.</translation>
    </message>
    <message>
        <source>Sent to Engage as source, such as POS.</source>
        <translation>Sendes til Engage som source, f.eks. POS.</translation>
    </message>
    <message>
        <source>The default country of new members and of local phone numbers.</source>
        <translation>Standardland for nye medlemmer og for telefonnumre uden landekode.</translation>
    </message>
    <message>
        <source>The language of posapp&apos;s screens at this till.</source>
        <translation>Sproget i posapp ved denne kasse.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <source>Looks up a member that cannot exist: proves the address, the certificate and the API key.</source>
        <translation>Søger efter et medlem, der ikke kan findes: bekræfter adressen, certifikatet og API-nøglen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>The existing file cannot be read</source>
        <translation>Den eksisterende fil kan ikke læses</translation>
    </message>
    <message>
        <source>Saving writes a new file; the old one is kept beside it as {name}.bak.</source>
        <translation>Når du gemmer, skrives en ny fil; den gamle bevares ved siden af som {name}.bak.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>{variable} is set on this computer: it is used instead of a key saved here.</source>
        <translation>{variable} er sat på denne computer: den bruges i stedet for en nøgle, der gemmes her.</translation>
    </message>
    <message>
        <source>This machine has no credential store: set {variable} for the posapp service.</source>
        <translation>Maskinen har intet lager til legitimationsoplysninger: sæt {variable} for tjenesten posapp.</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s credential store ({store}), never in the file.</source>
        <translation>Gemmes i systemets lager til legitimationsoplysninger ({store}), aldrig i filen.</translation>
    </message>
    <message>
        <source>Saved — type a new key to replace it</source>
        <translation>Gemt – skriv en ny nøgle for at erstatte den</translation>
    </message>
    <message>
        <source>The key from Engage&apos;s configuration</source>
        <translation>Nøglen fra Engages konfiguration</translation>
    </message>
    <message>
        <source>The [engage] settings cannot be used</source>
        <translation>Indstillingerne under [engage] kan ikke bruges</translation>
    </message>
    <message>
        <source>Correct these lines in the file, then test again.</source>
        <translation>Ret disse linjer i filen, og test igen.</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Indtast API-nøglen for at teste forbindelsen.</translation>
    </message>
    <message>
        <source>Testing the connection to {host}…</source>
        <translation>Tester forbindelsen til {host}…</translation>
    </message>
    <message>
        <source>{path} cannot be written.</source>
        <translation>Der kan ikke skrives til {path}.</translation>
    </message>
    <message>
        <source>The API key was not saved: this machine has no credential store. Set {variable} for the posapp service.</source>
        <translation>API-nøglen blev ikke gemt: maskinen har intet lager til legitimationsoplysninger. Sæt {variable} for tjenesten posapp.</translation>
    </message>
    <message>
        <source>The API key was not saved: the system&apos;s credential store refused it. It may be locked; unlock it and save again.</source>
        <translation>API-nøglen blev ikke gemt: systemets lager til legitimationsoplysninger afviste den. Det kan være låst; lås det op, og gem igen.</translation>
    </message>
    <message>
        <source>For IT: {detail}</source>
        <translation>Til IT: {detail}</translation>
    </message>
    <message>
        <source>Not saved: other settings in the file are wrong</source>
        <translation>Ikke gemt: andre indstillinger i filen er forkerte</translation>
    </message>
    <message>
        <source>Correct these lines in the file, then save again.</source>
        <translation>Ret disse linjer i filen, og gem så igen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Indtast API-nøglen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Saved, but without the API key</source>
        <translation>Gemt, men uden API-nøglen</translation>
    </message>
    <message>
        <source>The settings are in {path}.</source>
        <translation>Indstillingerne ligger i {path}.</translation>
    </message>
    <message>
        <source>They take effect when posapp starts again.</source>
        <translation>De træder i kraft, når posapp startes igen.</translation>
    </message>
    <message>
        <source>{variable} is set on this computer: it is used as the API key.</source>
        <translation>{variable} er sat på denne computer: den bruges som API-nøgle.</translation>
    </message>
    <message>
        <source>The API key is kept in the system&apos;s credential store.</source>
        <translation>API-nøglen gemmes i systemets lager til legitimationsoplysninger.</translation>
    </message>
</context>
<context>
    <name>SignupFlow</name>
    <message>
        <source>Engage did not accept the marked fields.</source>
        <translation>Engage accepterede ikke de markerede felter.</translation>
    </message>
</context>
<context>
    <name>SignupForm</name>
    <message>
        <source>Saving to Engage…</source>
        <translation>Gemmer i Engage…</translation>
    </message>
    <message>
        <source>The customer agrees to</source>
        <translation>Kunden siger ja til</translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation>&amp;Gem medlem</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>Gem medlem</translation>
    </message>
    <message>
        <source>Enter saves from any field when the form is complete</source>
        <translation>Enter gemmer fra et hvilket som helst felt, når formularen er udfyldt</translation>
    </message>
    <message>
        <source>Fill in {field} to save.</source>
        <translation>Udfyld feltet {field} for at gemme.</translation>
    </message>
    <message>
        <source>Correct {field} to save.</source>
        <translation>Ret feltet {field} for at gemme.</translation>
    </message>
    <message>
        <source>The customer must agree to the terms marked * to save.</source>
        <translation>Kunden skal acceptere vilkårene markeret med *, før du kan gemme.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close the terms</source>
        <translation>Luk vilkårene</translation>
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
        <translation>Et andet medlem er allerede registreret med dette.</translation>
    </message>
    <message>
        <source>Engage did not accept: {fields}</source>
        <translation>Engage godtog ikke: {fields}</translation>
    </message>
    <message>
        <source>Several members have this key.</source>
        <translation>Flere medlemmer er registreret med dette.</translation>
    </message>
    <message>
        <source>Engage refused the signup.</source>
        <translation>Engage afviste tilmeldingen.</translation>
    </message>
    <message>
        <source>Waiting signups</source>
        <translation>Ventende tilmeldinger</translation>
    </message>
    <message>
        <source>Signups are not kept on this till: the outbox could not be opened. Tell IT (see the log).</source>
        <translation>Tilmeldinger gemmes ikke i denne kasse: udbakken kunne ikke åbnes. Giv IT besked (se loggen).</translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait to be sent to Engage, the oldest since {since}. They are sent by themselves when Engage answers.</source>
        <translation>
            <numerusform>%n tilmelding venter på at blive sendt til Engage, siden {since}. Den sendes af sig selv, når Engage svarer.</numerusform>
            <numerusform>%n tilmeldinger venter på at blive sendt til Engage, den ældste siden {since}. De sendes af sig selv, når Engage svarer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signup waits to be sent to Engage.</source>
        <translation>Ingen tilmelding venter på at blive sendt til Engage.</translation>
    </message>
    <message>
        <source>Sending is paused: Engage refused this till&apos;s API key. Tell IT.</source>
        <translation>Afsendelsen er sat på pause: Engage afviste denne kasses API-nøgle. Giv IT besked.</translation>
    </message>
    <message>
        <source>&amp;Signups for staff to settle:</source>
        <translation>&amp;Tilmeldinger, personalet skal ordne:</translation>
    </message>
    <message>
        <source>None: nothing needs staff.</source>
        <translation>Ingen: intet kræver personalet.</translation>
    </message>
    <message>
        <source>&amp;Open on the form</source>
        <translation>Å&amp;bn i formularen</translation>
    </message>
    <message>
        <source>Open on the signup form</source>
        <translation>Åbn i tilmeldingsformularen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>Discard this signup</source>
        <translation>Kassér denne tilmelding</translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation>← Tilbage til tilmelding</translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation>Tilbage til tilmelding</translation>
    </message>
    <message>
        <source>Discard the signup?</source>
        <translation>Kassér tilmeldingen?</translation>
    </message>
    <message>
        <source>The customer&apos;s details are deleted from this till and never reach Engage. Discard?</source>
        <translation>Kundens oplysninger slettes fra denne kasse og når aldrig Engage. Kassér?</translation>
    </message>
</context>
<context>
    <name>WelcomeHeader</name>
    <message>
        <source>Join our customer club</source>
        <translation>Bliv medlem af vores kundeklub</translation>
    </message>
    <message>
        <source>It takes less than a minute.</source>
        <translation>Det tager under et minut.</translation>
    </message>
    <message>
        <source>Fill in your details</source>
        <translation>Udfyld dine oplysninger</translation>
    </message>
    <message>
        <source>Tap Join</source>
        <translation>Tryk på Bliv medlem</translation>
    </message>
    <message>
        <source>Confirm with the link in the e-mail we send you</source>
        <translation>Bekræft med linket i den e-mail, vi sender dig</translation>
    </message>
    <message>
        <source>Enjoy your member offers</source>
        <translation>Nyd dine medlemstilbud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
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
        <translation>For langt – højst {max} tegn</translation>
    </message>
    <message>
        <source>Enter {digits} more digits</source>
        <translation>Indtast {digits} cifre mere</translation>
    </message>
    <message>
        <source>Enter 1 more digit</source>
        <translation>Indtast 1 ciffer mere</translation>
    </message>
    <message>
        <source>Enter at least {digits} more digits</source>
        <translation>Indtast mindst {digits} cifre mere</translation>
    </message>
    <message>
        <source>Enter at least 1 more digit</source>
        <translation>Indtast mindst 1 ciffer mere</translation>
    </message>
    <message>
        <source>Enter {count} more characters</source>
        <translation>Indtast {count} tegn mere</translation>
    </message>
    <message>
        <source>Enter 1 more character</source>
        <translation>Indtast 1 tegn mere</translation>
    </message>
    <message>
        <source>No spaces allowed</source>
        <translation>Mellemrum er ikke tilladt</translation>
    </message>
    <message>
        <source>Contains characters that cannot be used</source>
        <translation>Indeholder tegn, der ikke kan bruges</translation>
    </message>
    <message>
        <source>Date is in the future</source>
        <translation>Datoen ligger i fremtiden</translation>
    </message>
    <message>
        <source>No such date</source>
        <translation>Datoen findes ikke</translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( )</source>
        <translation>Brug kun cifre, mellemrum og + - ( )</translation>
    </message>
    <message>
        <source>+ can only come first</source>
        <translation>+ må kun stå først</translation>
    </message>
    <message>
        <source>Enter more digits</source>
        <translation>Indtast flere cifre</translation>
    </message>
    <message>
        <source>Enter the country code</source>
        <translation>Indtast landekoden</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Ukendt landekode</translation>
    </message>
    <message>
        <source>Start with + and the country code</source>
        <translation>Start med + og landekoden</translation>
    </message>
    <message>
        <source>Foreign number? Start with + and the country code</source>
        <translation>Udenlandsk nummer? Start med + og landekoden</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>For mange cifre</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Ikke et mobilnummer</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Ikke et gyldigt telefonnummer</translation>
    </message>
    <message>
        <source>Not a personal identity number</source>
        <translation>Ikke et personnummer</translation>
    </message>
    <message>
        <source>Wrong length — use 10 or 12 digits</source>
        <translation>Forkert længde – brug 10 eller 12 cifre</translation>
    </message>
    <message>
        <source>The year must start with 18, 19 or 20</source>
        <translation>Årstallet skal begynde med 18, 19 eller 20</translation>
    </message>
    <message>
        <source>Check digit is wrong — check the number</source>
        <translation>Forkert kontrolciffer – tjek nummeret</translation>
    </message>
    <message>
        <source>No such date — check the number</source>
        <translation>Datoen findes ikke – tjek nummeret</translation>
    </message>
    <message>
        <source>The three digits after the date must be 002–899</source>
        <translation>De tre cifre efter datoen skal være 002–899</translation>
    </message>
    <message>
        <source>Temporary identity numbers are not accepted</source>
        <translation>Midlertidige identitetsnumre accepteres ikke</translation>
    </message>
    <message>
        <source>Add @ and the domain</source>
        <translation>Tilføj @ og domænet</translation>
    </message>
    <message>
        <source>Only one @ allowed</source>
        <translation>Kun ét @ er tilladt</translation>
    </message>
    <message>
        <source>Enter the part before @</source>
        <translation>Skriv delen før @</translation>
    </message>
    <message>
        <source>Check the part before @</source>
        <translation>Tjek delen før @</translation>
    </message>
    <message>
        <source>The part before @ is too long — at most {max} characters</source>
        <translation>Delen før @ er for lang – højst {max} tegn</translation>
    </message>
    <message>
        <source>Enter the part after @</source>
        <translation>Skriv delen efter @</translation>
    </message>
    <message>
        <source>Finish the part after @, e.g. .se</source>
        <translation>Skriv delen efter @ færdig, f.eks. .dk</translation>
    </message>
    <message>
        <source>Check the part after @</source>
        <translation>Tjek delen efter @</translation>
    </message>
    <message>
        <source>Contains a Cyrillic letter: {letter} — retype it</source>
        <translation>Indeholder et kyrillisk bogstav: {letter} – skriv det igen</translation>
    </message>
    <message>
        <source>Contains a Greek letter: {letter} — retype it</source>
        <translation>Indeholder et græsk bogstav: {letter} – skriv det igen</translation>
    </message>
    <message>
        <source>A letter from another alphabet: {letter} — retype it</source>
        <translation>Et bogstav fra et andet alfabet: {letter} – skriv det igen</translation>
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
        <translation>Mere end {years} år siden</translation>
    </message>
    <message>
        <source>Use only letters, spaces and - &apos; .</source>
        <translation>Brug kun bogstaver, mellemrum og - &apos; .</translation>
    </message>
    <message>
        <source>Enter at least one letter</source>
        <translation>Skriv mindst ét bogstav</translation>
    </message>
    <message>
        <source>Use a two-letter country code</source>
        <translation>Brug en landekode på to bogstaver</translation>
    </message>
    <message>
        <source>Not a known country code</source>
        <translation>Ukendt landekode</translation>
    </message>
    <message>
        <source>Use a two-letter language code, e.g. sv</source>
        <translation>Brug en sprogkode på to bogstaver, f.eks. da</translation>
    </message>
    <message>
        <source>Not a known language code</source>
        <translation>Ukendt sprogkode</translation>
    </message>
    <message>
        <source>Choose Male, Female or Other</source>
        <translation>Vælg Mand, Kvinde eller Andet</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces and -</source>
        <translation>Brug kun bogstaver, cifre, mellemrum og -</translation>
    </message>
</context>
</TS>
