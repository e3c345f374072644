<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AlreadyMemberDialog</name>
    <message>
        <source>Already a member</source>
        <translation>Redan medlem</translation>
    </message>
    <message>
        <source>This customer is already a member: Engage holds their {field}. Nothing new was saved.</source>
        <translation>Kunden är redan medlem: Engage har kundens {field}. Inget nytt sparades.</translation>
    </message>
    <message>
        <source>This customer is already a member. Nothing new was saved.</source>
        <translation>Kunden är redan medlem. Inget nytt sparades.</translation>
    </message>
    <message>
        <source>&amp;Save the ticked boxes to this member</source>
        <translation>&amp;Spara de ikryssade rutorna hos medlemmen</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>&amp;Visa medlemmen</translation>
    </message>
    <message>
        <source>&amp;Back to form</source>
        <translation>&amp;Tillbaka till formuläret</translation>
    </message>
    <message>
        <source>For support: Engage id {id}</source>
        <translation>För support: Engage-id {id}</translation>
    </message>
    <message>
        <source>The existing member could not be looked up just now.</source>
        <translation>Den befintliga medlemmen gick inte att hämta just nu.</translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation>(inget namn sparat)</translation>
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
        <translation>posapp är redan öppet</translation>
    </message>
    <message>
        <source>posapp is already open on this till. Use the window that is open: this one closes now, and nothing is lost.</source>
        <translation>posapp är redan öppet på den här kassan. Använd fönstret som är öppet: det här stängs nu, och inget går förlorat.</translation>
    </message>
    <message>
        <source>&amp;Close this window</source>
        <translation>&amp;Stäng det här fönstret</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
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
        <translation>Sparad i den här kassan</translation>
    </message>
    <message>
        <source>It will be sent to Engage when Engage answers. Nothing more to do: carry on with the next customer.</source>
        <translation>Den skickas till Engage när Engage svarar. Inget mer att göra: fortsätt med nästa kund.</translation>
    </message>
    <message>
        <source>Saved to the existing member</source>
        <translation>Sparat hos den befintliga medlemmen</translation>
    </message>
    <message>
        <source>The offers and consents just ticked are saved to {name}.</source>
        <translation>Erbjudandena och samtyckena som just kryssades i är sparade hos {name}.</translation>
    </message>
    <message>
        <source>The offers and consents just ticked are saved to the member.</source>
        <translation>Erbjudandena och samtyckena som just kryssades i är sparade hos medlemmen.</translation>
    </message>
    <message>
        <source>No new member was created.</source>
        <translation>Ingen ny medlem skapades.</translation>
    </message>
    <message>
        <source>For support: Engage id {id}</source>
        <translation>För support: Engage-id {id}</translation>
    </message>
    <message>
        <source>Saved as: {type}</source>
        <translation>Sparad som: {type}</translation>
    </message>
    <message>
        <source>The customer confirms by e-mail.</source>
        <translation>Kunden bekräftar via e-post.</translation>
    </message>
    <message>
        <source>{name} is now a member</source>
        <translation>{name} är nu medlem</translation>
    </message>
    <message>
        <source>The new member is saved</source>
        <translation>Den nya medlemmen är sparad</translation>
    </message>
    <message>
        <source>{name} is saved</source>
        <translation>{name} är sparad</translation>
    </message>
    <message>
        <source>The new contact is saved</source>
        <translation>Den nya kontakten är sparad</translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Medlemsnummer: {number}</translation>
    </message>
    <message>
        <source>The customer confirms the membership by e-mail.</source>
        <translation>Kunden bekräftar medlemskapet via e-post.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected to Engage</source>
        <translation>Ansluten till Engage</translation>
    </message>
    <message>
        <source>{host} answered over a valid secure connection and accepted the API key ({ms} ms).</source>
        <translation>{host} svarade över en giltig säker anslutning och godkände API-nyckeln ({ms} ms).</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Adressen hittades inte</translation>
    </message>
    <message>
        <source>No server named {host} can be found. Check the spelling of the Engage address, and that this till&apos;s network can look names up (DNS).</source>
        <translation>Det finns ingen server som heter {host}. Kontrollera stavningen av Engage-adressen och att kassans nätverk kan slå upp namn (DNS).</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Anslutningen nekades</translation>
    </message>
    <message>
        <source>{host} refused the connection: nothing answers at that address and port. Check the Engage address.</source>
        <translation>{host} nekade anslutningen: inget svarar på den adressen och porten. Kontrollera Engage-adressen.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Ingen anslutning</translation>
    </message>
    <message>
        <source>{host} could not be reached in time. A firewall or proxy may be blocking this till, or the network is down.</source>
        <translation>{host} gick inte att nå i tid. En brandvägg eller proxy kan blockera kassan, eller så ligger nätverket nere.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certifikatet har gått ut</translation>
    </message>
    <message>
        <source>The security certificate of {host} has expired, so posapp will not send the API key there. If the till&apos;s clock is right, tell whoever runs {host} (or the store&apos;s proxy).</source>
        <translation>Säkerhetscertifikatet för {host} har gått ut, så posapp skickar inte API-nyckeln dit. Om kassans klocka går rätt: kontakta den som driftar {host} (eller butikens proxy).</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>Certifikatet är inte giltigt än</translation>
    </message>
    <message>
        <source>The security certificate of {host} is not valid yet. Check this till&apos;s date and time.</source>
        <translation>Säkerhetscertifikatet för {host} är inte giltigt än. Kontrollera kassans datum och tid.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Självsignerat certifikat</translation>
    </message>
    <message>
        <source>{host} presented a self-signed certificate that this till does not trust. If the chain&apos;s proxy inspects TLS traffic, set ca_bundle in [engage] to its certificate authority file.</source>
        <translation>{host} visade ett självsignerat certifikat som kassan inte litar på. Om kedjans proxy inspekterar TLS-trafik: sätt ca_bundle under [engage] till proxyns CA-fil (certifikatutfärdare).</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certifikatet är inte betrott</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this till does not trust. If the chain&apos;s proxy inspects TLS traffic, set ca_bundle in [engage] to its certificate authority file.</source>
        <translation>Certifikatet för {host} är utfärdat av en certifikatutfärdare som kassan inte litar på. Om kedjans proxy inspekterar TLS-trafik: sätt ca_bundle under [engage] till proxyns CA-fil (certifikatutfärdare).</translation>
    </message>
    <message>
        <source>Certificate for another server</source>
        <translation>Certifikat för en annan server</translation>
    </message>
    <message>
        <source>The certificate presented is not valid for {host}. Check the Engage address, such as https://acme.voyado.com.</source>
        <translation>Certifikatet som visades gäller inte för {host}. Kontrollera Engage-adressen, t.ex. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Den säkra anslutningen misslyckades</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {host} could not be set up. Check that the address starts with https:// and points at Engage.</source>
        <translation>Det gick inte att upprätta en säker anslutning (TLS) till {host}. Kontrollera att adressen börjar med https:// och pekar på Engage.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Kan inte ansluta</translation>
    </message>
    <message>
        <source>posapp could not connect to {host}. Check the address and the till&apos;s network.</source>
        <translation>posapp kunde inte ansluta till {host}. Kontrollera adressen och kassans nätverk.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-nyckeln avvisades</translation>
    </message>
    <message>
        <source>{host} answered, but refused the API key (HTTP {status}). Check that the key is complete, belongs to this tenant and has not been revoked.</source>
        <translation>{host} svarade men avvisade API-nyckeln (HTTP {status}). Kontrollera att nyckeln är fullständig, hör till den här Engage-miljön och inte har återkallats.</translation>
    </message>
    <message>
        <source>Something other than Engage answered</source>
        <translation>Något annat än Engage svarade</translation>
    </message>
    <message>
        <source>The answer from {host} is not Engage&apos;s (HTTP {status}, a web page rather than data). A proxy is in the way, or the address is not the tenant&apos;s Engage address.</source>
        <translation>Svaret från {host} kommer inte från Engage (HTTP {status}, en webbsida i stället för data). En proxy är i vägen, eller så är adressen inte Engage-adressen för er miljö.</translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation>Fel hos Engage</translation>
    </message>
    <message>
        <source>{host} answered with an internal error (HTTP {status}). The address is probably right; try again later, or ask Voyado.</source>
        <translation>{host} svarade med ett internt fel (HTTP {status}). Adressen är troligen rätt; försök igen senare eller kontakta Voyado.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Inget svar i tid</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not answer in time. Try again; if it persists, a proxy may be holding the request.</source>
        <translation>{host} tog emot anslutningen men svarade inte i tid. Försök igen; om det kvarstår kan en proxy hålla kvar begäran.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Anslutningen bröts</translation>
    </message>
    <message>
        <source>The connection to {host} broke during the test. Try again; if it persists, check the network and any proxy.</source>
        <translation>Anslutningen till {host} bröts under testet. Försök igen; om det kvarstår, kontrollera nätverket och eventuell proxy.</translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation>Engage är upptaget</translation>
    </message>
    <message>
        <source>{host} asked posapp to slow down (HTTP 429). Wait a minute and test again.</source>
        <translation>{host} bad posapp att sakta ner (HTTP 429). Vänta en minut och testa igen.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Oväntat svar</translation>
    </message>
    <message>
        <source>{host} answered in a way posapp did not expect. The details below tell IT what came back.</source>
        <translation>{host} svarade på ett sätt som posapp inte väntade sig. Informationen nedan visar IT vad som kom tillbaka.</translation>
    </message>
    <message>
        <source>{host} answered and accepted the API key ({ms} ms). This is a plain http:// test server on this computer, not a tenant.</source>
        <translation>{host} svarade och godkände API-nyckeln ({ms} ms). Det här är en testserver med vanlig http:// på den här datorn, inte en riktig Engage-miljö.</translation>
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
        <translation>Behövs för att gå med i klubben</translation>
    </message>
    <message>
        <source>Required: the customer must agree to become a member</source>
        <translation>Obligatoriskt: kunden måste godkänna för att bli medlem</translation>
    </message>
    <message>
        <source>Please tick this to join</source>
        <translation>Kryssa i här för att gå med</translation>
    </message>
    <message>
        <source>The customer must agree to this to become a member</source>
        <translation>Kunden måste godkänna detta för att bli medlem</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
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
        <translation>Det är ännu oklart om registreringen sparades. Knappen Försök igen kontrollerar det först, så att kunden inte registreras två gånger.</translation>
    </message>
    <message>
        <source>The signup was saved.</source>
        <translation>Registreringen sparades.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
    <message>
        <source>Engage took too long</source>
        <translation>Engage tog för lång tid</translation>
    </message>
    <message>
        <source>Engage gave up on the request and rolled it back.</source>
        <translation>Engage avbröt förfrågan och ångrade den.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, carry on with the sale and sign the customer up later.</source>
        <translation>Tryck på Försök igen. Om det händer igen, fortsätt med köpet och registrera kunden senare.</translation>
    </message>
    <message>
        <source>No answer from Engage</source>
        <translation>Inget svar från Engage</translation>
    </message>
    <message>
        <source>Engage did not answer in time.</source>
        <translation>Engage svarade inte i tid.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Anslutningen bröts</translation>
    </message>
    <message>
        <source>The connection to Engage broke during the request.</source>
        <translation>Anslutningen till Engage bröts mitt i förfrågan.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, check the store&apos;s network.</source>
        <translation>Tryck på Försök igen. Om det händer igen, kontrollera butikens nätverk.</translation>
    </message>
    <message>
        <source>Engage&apos;s certificate was not accepted</source>
        <translation>Engages certifikat godkändes inte</translation>
    </message>
    <message>
        <source>The certificate of Engage&apos;s address was not accepted, so posapp sent nothing. Something on the network may be in the way, or the till&apos;s date and time may be wrong.</source>
        <translation>Säkerhetscertifikatet för Engages adress godkändes inte, så posapp skickade ingenting. Något i nätverket kan stå i vägen, eller så är kassans datum och tid fel.</translation>
    </message>
    <message>
        <source>Tell IT the details below. The sale can go on without the signup.</source>
        <translation>Ge IT informationen nedan. Köpet kan slutföras utan registreringen.</translation>
    </message>
    <message>
        <source>Cannot reach Engage</source>
        <translation>Kan inte nå Engage</translation>
    </message>
    <message>
        <source>posapp could not connect to Engage.</source>
        <translation>posapp kunde inte ansluta till Engage.</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then press Retry. The sale can go on without the signup.</source>
        <translation>Kontrollera nätverkskabeln eller wifi och tryck sedan på Försök igen. Köpet kan slutföras utan registreringen.</translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation>Engage är upptaget</translation>
    </message>
    <message>
        <source>Engage received too many requests and asked posapp to wait.</source>
        <translation>Engage har fått för många förfrågningar och bad posapp att vänta.</translation>
    </message>
    <message>
        <source>Wait a few seconds, then press Retry.</source>
        <translation>Vänta några sekunder och tryck sedan på Försök igen.</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Oläsligt svar</translation>
    </message>
    <message>
        <source>The answer from Engage could not be read. A proxy or the network may be in the way.</source>
        <translation>Svaret från Engage gick inte att läsa. En proxy eller nätverket kan vara i vägen.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, tell IT the details below.</source>
        <translation>Tryck på Försök igen. Om det händer igen, ge IT informationen nedan.</translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation>Fel hos Engage</translation>
    </message>
    <message>
        <source>Engage reported an internal error.</source>
        <translation>Engage rapporterade ett internt fel.</translation>
    </message>
    <message>
        <source>Signup in progress</source>
        <translation>Registrering pågår</translation>
    </message>
    <message>
        <source>A signup with this key is being saved right now, perhaps at another till.</source>
        <translation>En registrering med samma uppgift sparas just nu, kanske i en annan kassa.</translation>
    </message>
    <message>
        <source>Wait a moment, then press Retry to look it up.</source>
        <translation>Vänta en stund och tryck sedan på Försök igen för att hämta den.</translation>
    </message>
    <message>
        <source>Engage refused the API key</source>
        <translation>Engage nekade API-nyckeln</translation>
    </message>
    <message>
        <source>Engage refused posapp&apos;s API key.</source>
        <translation>Engage godkände inte posapps API-nyckel.</translation>
    </message>
    <message>
        <source>Tell IT: the API key of this till is wrong, expired or lacks rights. The sale can go on without the signup.</source>
        <translation>Meddela IT: kassans API-nyckel är fel, har gått ut eller saknar behörighet. Köpet kan slutföras utan registreringen.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Inget skickades</translation>
    </message>
    <message>
        <source>Engage received an empty signup.</source>
        <translation>Engage fick en tom registrering.</translation>
    </message>
    <message>
        <source>Tell IT: this is a fault in posapp.</source>
        <translation>Meddela IT: det här är ett fel i posapp.</translation>
    </message>
    <message>
        <source>Engage did not accept the signup</source>
        <translation>Engage godkände inte registreringen</translation>
    </message>
    <message>
        <source>Engage refused the details but did not say which field.</source>
        <translation>Engage avvisade uppgifterna men angav inte vilket fält.</translation>
    </message>
    <message>
        <source>Check the details with the customer and save again. If they look right, tell IT the details below.</source>
        <translation>Kontrollera uppgifterna med kunden och spara igen. Om allt ser rätt ut, ge IT informationen nedan.</translation>
    </message>
    <message>
        <source>Check the marked fields</source>
        <translation>Kontrollera de markerade fälten</translation>
    </message>
    <message>
        <source>Engage did not accept some of the fields.</source>
        <translation>Engage godkände inte alla fält.</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>Rätta de markerade fälten och spara igen.</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Redan medlem</translation>
    </message>
    <message>
        <source>This customer is already a member.</source>
        <translation>Kunden är redan medlem.</translation>
    </message>
    <message>
        <source>Open the member to check their details.</source>
        <translation>Visa medlemmen för att kontrollera uppgifterna.</translation>
    </message>
    <message>
        <source>No member found</source>
        <translation>Ingen medlem hittades</translation>
    </message>
    <message>
        <source>No member has this key.</source>
        <translation>Ingen medlem är registrerad med det du sökte på.</translation>
    </message>
    <message>
        <source>Check the key, or sign the customer up.</source>
        <translation>Kontrollera det du sökte på, eller registrera kunden som ny medlem.</translation>
    </message>
    <message>
        <source>More than one member</source>
        <translation>Fler än en medlem</translation>
    </message>
    <message>
        <source>Several members match this key.</source>
        <translation>Flera medlemmar matchar det du sökte på.</translation>
    </message>
    <message>
        <source>Search with a more specific key.</source>
        <translation>Sök på något mer unikt, t.ex. personnummer.</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Kontrollera sökningen</translation>
    </message>
    <message>
        <source>Engage did not accept the search.</source>
        <translation>Engage godkände inte sökningen.</translation>
    </message>
    <message>
        <source>Check what was typed and try again.</source>
        <translation>Kontrollera det som skrevs och försök igen.</translation>
    </message>
    <message>
        <source>Engage could not do this</source>
        <translation>Engage kunde inte utföra detta</translation>
    </message>
    <message>
        <source>Engage refused the request.</source>
        <translation>Engage avvisade förfrågan.</translation>
    </message>
    <message>
        <source>Tell IT the details below.</source>
        <translation>Ge IT informationen nedan.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>posapp ran into an unexpected fault.</source>
        <translation>posapp stötte på ett oväntat fel.</translation>
    </message>
    <message>
        <source>Nothing typed is lost. Try again; if it persists, tell IT.</source>
        <translation>Inget som skrivits har gått förlorat. Försök igen; om felet kvarstår, meddela IT.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
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
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Eftern&amp;amn</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Födelse&amp;datum</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>S&amp;treet address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Pos&amp;tnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <source>Offers by e-m&amp;ail</source>
        <translation>Erbjudanden &amp;via e-post</translation>
    </message>
    <message>
        <source>Offers by te&amp;xt message</source>
        <translation>Er&amp;bjudanden via sms</translation>
    </message>
    <message>
        <source>e.g. 070-174 06 05</source>
        <translation>t.ex. 070-174 06 05</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN or Finnish DDMMYY-NNNX</source>
        <translation>ÅÅÅÅMMDD-NNNN eller finskt DDMMÅÅ-NNNX</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation>Skanna eller skriv in kortnumret</translation>
    </message>
    <message>
        <source>Mobile number; local numbers are read in the selected country</source>
        <translation>Mobilnummer; nummer utan landsnummer tolkas enligt valt land</translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer, or Finnish HETU</source>
        <translation>Svenskt personnummer eller samordningsnummer, eller finsk personbeteckning (HETU)</translation>
    </message>
    <message>
        <source>Type a country name or code to search the list</source>
        <translation>Skriv ett landsnamn eller en landskod för att söka i listan</translation>
    </message>
    <message>
        <source>Year, month and day, such as 1990-01-31, or day first: 31.1.1990</source>
        <translation>År, månad och dag, t.ex. 1990-01-31, eller dagen först: 31.1.1990</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by e-mail</source>
        <translation>Kryssas bara i om kunden tackar ja till erbjudanden via e-post</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by text message</source>
        <translation>Kryssas bara i om kunden tackar ja till erbjudanden via sms</translation>
    </message>
    <message>
        <source>Offe&amp;rs by post</source>
        <translation>Erbjudanden v&amp;ia post</translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by post</source>
        <translation>Kryssas bara i om kunden tackar ja till erbjudanden med post</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address, for offers and the club&apos;s messages</source>
        <translation>Kundens e-postadress, för erbjudanden och utskick från klubben</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>Kundens förnamn</translation>
    </message>
    <message>
        <source>The customer&apos;s last name</source>
        <translation>Kundens efternamn</translation>
    </message>
    <message>
        <source>The number on the customer&apos;s membership card</source>
        <translation>Numret på kundens medlemskort</translation>
    </message>
    <message>
        <source>Street name and number</source>
        <translation>Gatunamn och nummer</translation>
    </message>
    <message>
        <source>The postcode, without the town</source>
        <translation>Postnumret, utan ort</translation>
    </message>
    <message>
        <source>The town or city</source>
        <translation>Orten</translation>
    </message>
    <message>
        <source>Only if the customer wants to say</source>
        <translation>Bara om kunden vill uppge det</translation>
    </message>
    <message>
        <source>The language the club writes to the customer in</source>
        <translation>Språket klubben skriver till kunden på</translation>
    </message>
    <message>
        <source>The kind of membership: it decides the key and the fields</source>
        <translation>Typ av medlemskap: den avgör nyckeln och fälten</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{name} (required)</source>
        <translation>{name} (obligatoriskt)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Engage did not accept this field</source>
        <translation>Engage godkände inte det här fältet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>född {date}</translation>
    </message>
</context>
<context>
    <name>FindMemberFlow</name>
    <message>
        <source>Saved. This is what Engage holds now.</source>
        <translation>Sparat. Så här ser uppgifterna ut i Engage nu.</translation>
    </message>
    <message>
        <source>Saving a change again is safe: it cannot create anything twice.</source>
        <translation>Det är säkert att spara ändringen igen: inget kan skapas två gånger.</translation>
    </message>
</context>
<context>
    <name>FindMemberPage</name>
    <message>
        <source>(not set)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation>(inget namn sparat)</translation>
    </message>
    <message>
        <source>No member found with {field} {value}.</source>
        <translation>Ingen medlem hittades med {field} {value}.</translation>
    </message>
    <message numerus="yes">
        <source>%n members have {field} {value}. Search by something only one of them has, such as the personal identity number.</source>
        <translation>
            <numerusform>%n medlem har {field} {value}. Sök på något som bara en av dem har, till exempel personnumret.</numerusform>
            <numerusform>%n medlemmar har {field} {value}. Sök på något som bara en av dem har, till exempel personnumret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation>Medlemsnummer: {number}</translation>
    </message>
    <message>
        <source>Member since: {date}</source>
        <translation>Medlem sedan: {date}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Asking Engage…</source>
        <translation>Frågar Engage…</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Sök medlem</translation>
    </message>
    <message>
        <source>Search &amp;by</source>
        <translation>Sö&amp;k på</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Sök på</translation>
    </message>
    <message>
        <source>Which key to search by: mobile number, personal identity number, e-mail or member number</source>
        <translation>Vad du söker på: mobilnummer, personnummer, e-post eller medlemsnummer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Sign &amp;up instead</source>
        <translation>Registrera &amp;i stället</translation>
    </message>
    <message>
        <source>Sign up instead</source>
        <translation>Registrera i stället</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Erbjudanden</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Untick to stop the offers; the change is saved with Save changes</source>
        <translation>Kryssa ur för att stoppa erbjudandena; ändringen sparas med Spara ändringar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation>← Tillbaka till registreringen</translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation>Tillbaka till registreringen</translation>
    </message>
    <message>
        <source>Key to search for</source>
        <translation>Det du söker på</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>To keep your details private, we&apos;ll clear the form when the countdown ends.</source>
        <translation>För att skydda dina uppgifter tömmer vi formuläret när nedräkningen är slut.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Jag är kvar</translation>
    </message>
    <message>
        <source>Clear my details now</source>
        <translation>Rensa mina uppgifter nu</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n sekund kvar</numerusform>
            <numerusform>%n sekunder kvar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>Still working on it — one moment…</source>
        <translation>Vi jobbar på det – ett ögonblick…</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Kontrollera de markerade fälten.</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>Signing you up…</source>
        <translation>Registrerar dig…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Bli medlem</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Kontrollera de markerade fälten.</translation>
    </message>
    <message>
        <source>Read the terms</source>
        <translation>Läs villkoren</translation>
    </message>
    <message>
        <source>Read the full terms</source>
        <translation>Läs hela villkoren</translation>
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
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Membership card number</source>
        <translation>Nummer på medlemskortet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Yes, send me offers by e-mail</source>
        <translation>Ja, jag vill ha erbjudanden via e-post</translation>
    </message>
    <message>
        <source>Yes, send me offers by text message</source>
        <translation>Ja, jag vill ha erbjudanden via sms</translation>
    </message>
    <message>
        <source>Yes, send me offers by post</source>
        <translation>Ja, jag vill ha erbjudanden med posten</translation>
    </message>
    <message>
        <source>Tick to get our offers by post. You can stop them at any time.</source>
        <translation>Kryssa i för att få våra erbjudanden med posten. Du kan avsluta dem när du vill.</translation>
    </message>
    <message>
        <source>Your mobile number. A number from abroad starts with + and the country code.</source>
        <translation>Ditt mobilnummer. Ett utländskt nummer börjar med + och landsnumret.</translation>
    </message>
    <message>
        <source>Your personal identity number</source>
        <translation>Ditt personnummer</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Din e-postadress</translation>
    </message>
    <message>
        <source>The number on your membership card</source>
        <translation>Numret på ditt medlemskort</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Ditt förnamn</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Ditt efternamn</translation>
    </message>
    <message>
        <source>Your date of birth: day, month and year</source>
        <translation>Ditt födelsedatum: år, månad och dag</translation>
    </message>
    <message>
        <source>Tick to get our offers by e-mail. You can stop them at any time.</source>
        <translation>Kryssa i för att få våra erbjudanden via e-post. Du kan avsluta dem när du vill.</translation>
    </message>
    <message>
        <source>Tick to get our offers by text message. You can stop them at any time.</source>
        <translation>Kryssa i för att få våra erbjudanden via sms. Du kan avsluta dem när du vill.</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation>{label} (valfritt)</translation>
    </message>
    <message>
        <source>Please fill this in</source>
        <translation>Fyll i det här fältet</translation>
    </message>
    <message>
        <source>Please check this</source>
        <translation>Kontrollera det här</translation>
    </message>
    <message>
        <source>By tapping Join you become a member of our customer club and accept its membership terms, which staff can give you on paper. We keep your details only to run your membership, and you can leave at any time.</source>
        <translation>Genom att trycka på Bli medlem går du med i vår kundklubb och godkänner medlemsvillkoren, som du kan få på papper av personalen. Vi sparar dina uppgifter bara för att hantera ditt medlemskap, och du kan gå ur när du vill.</translation>
    </message>
    <message>
        <source>We keep your details only to run your membership, and you can leave at any time.</source>
        <translation>Vi sparar dina uppgifter bara för att sköta ditt medlemskap, och du kan gå ur när du vill.</translation>
    </message>
    <message>
        <source>Would you like offers from us? (optional)</source>
        <translation>Vill du ha erbjudanden från oss? (valfritt)</translation>
    </message>
    <message>
        <source>We couldn&apos;t finish your signup</source>
        <translation>Vi kunde inte slutföra din registrering</translation>
    </message>
    <message>
        <source>Some of your details could not be accepted. Please check what you typed and try again.</source>
        <translation>Några av dina uppgifter kunde inte godkännas. Kontrollera det du skrev och försök igen.</translation>
    </message>
    <message>
        <source>Our membership system is not answering right now. Please try again in a moment, or ask a member of staff for help.</source>
        <translation>Vårt medlemssystem svarar inte just nu. Försök igen om en liten stund, eller be personalen om hjälp.</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please ask a member of staff for help.</source>
        <translation>Något gick fel hos oss. Be personalen om hjälp.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Join our customer club</source>
        <translation>Bli medlem i vår kundklubb</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n väntar</numerusform>
            <numerusform>%n väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for staff</source>
        <translation>
            <numerusform>%n till personalen</numerusform>
            <numerusform>%n till personalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait on this till; open the list</source>
        <translation>
            <numerusform>%n anmälan väntar i den här kassan; öppna listan</numerusform>
            <numerusform>%n anmälningar väntar i den här kassan; öppna listan</numerusform>
        </translation>
    </message>
    <message>
        <source>Another member already has this key</source>
        <translation>En annan medlem är redan registrerad med detta</translation>
    </message>
    <message>
        <source>Start a new signup?</source>
        <translation>Börja på en ny registrering?</translation>
    </message>
    <message>
        <source>The signup on the form is not saved. Empty the form and lose what was typed?</source>
        <translation>Registreringen i formuläret är inte sparad. Tömma formuläret och förlora det som skrivits?</translation>
    </message>
    <message>
        <source>&amp;Empty the form</source>
        <translation>&amp;Töm formuläret</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Fortsätt skriva</translation>
    </message>
    <message>
        <source>Waiting signups</source>
        <translation>Väntande registreringar</translation>
    </message>
    <message>
        <source>Member signup</source>
        <translation>Medlemsregistrering</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Sök medlem</translation>
    </message>
    <message>
        <source>Find a member and correct their country or language (Ctrl+F)</source>
        <translation>Sök upp en medlem och rätta land eller språk (Ctrl+F)</translation>
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
        <translation>Sparas inte i den här kassan</translation>
    </message>
    <message>
        <source>Signups are not kept on this till; open for what to do</source>
        <translation>Anmälningar sparas inte i den här kassan; öppna för att se vad du ska göra</translation>
    </message>
    <message>
        <source>posapp — {view}</source>
        <translation>posapp — {view}</translation>
    </message>
    <message>
        <source>Demo mode: posapp talks to its built-in Engage emulator. No real members are created.</source>
        <translation>Demoläge: posapp pratar med sin inbyggda Engage-emulator. Inga riktiga medlemmar skapas.</translation>
    </message>
    <message>
        <source>Demo mode, no real members are created</source>
        <translation>Demoläge, inga riktiga medlemmar skapas</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Ny medlem</translation>
    </message>
    <message>
        <source>Scan or type the customer&apos;s key, fill in the marked fields, then press Enter.</source>
        <translation>Skanna eller skriv in kundens uppgifter, fyll i de markerade fälten och tryck på Enter.</translation>
    </message>
    <message>
        <source>Close posapp?</source>
        <translation>Stänga posapp?</translation>
    </message>
    <message>
        <source>The signup on the form is not saved. Close anyway and lose what was typed?</source>
        <translation>Anmälan i formuläret är inte sparad. Stänga ändå och förlora det som skrivits?</translation>
    </message>
    <message>
        <source>Finishing the save before closing…</source>
        <translation>Avslutar sparandet innan stängning …</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Stor bokstav</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Nästa fält</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Bokstäver</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Siffror</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <source>You&apos;re signed up. We will send your confirmation e-mail shortly.</source>
        <translation>Du är anmäld. Vi skickar ditt bekräftelsemejl inom kort.</translation>
    </message>
    <message>
        <source>You&apos;re signed up. It reaches our membership system in a moment; there is nothing more to do.</source>
        <translation>Du är anmäld. Den når vårt medlemssystem om en liten stund; du behöver inte göra något mer.</translation>
    </message>
    <message>
        <source>Please check your e-mail: our message tells you what happens next.</source>
        <translation>Titta i din e-post: vårt meddelande berättar vad som händer härnäst.</translation>
    </message>
    <message>
        <source>You&apos;re all set. Staff at the till are happy to help with anything about your membership.</source>
        <translation>Nu är allt klart. Personalen i kassan hjälper gärna till med allt som rör ditt medlemskap.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears itself in %n seconds</source>
        <translation>
            <numerusform>Skärmen rensas om %n sekund</numerusform>
            <numerusform>Skärmen rensas om %n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Personalens PIN-kod</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-kod</translation>
    </message>
    <message>
        <source>Digits only; they are not shown.</source>
        <translation>Bara siffror; de visas inte.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Fel PIN-kod. Försök igen.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>Fel PIN-kod. %n försök kvar innan en paus.</numerusform>
            <numerusform>Fel PIN-kod. %n försök kvar innan en paus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>För många felaktiga PIN-koder. Försök igen om %n sekund.</numerusform>
            <numerusform>För många felaktiga PIN-koder. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>För många felaktiga PIN-koder. Försök igen om %n minut.</numerusform>
            <numerusform>För många felaktiga PIN-koder. Försök igen om %n minuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Endast personal</translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave the kiosk.</source>
        <translation>Ange personalens PIN-kod för att lämna kioskläget.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
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
            <numerusform>%n siffra inskriven</numerusform>
            <numerusform>%n siffror inskrivna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>For IT: {details}</source>
        <translation>För IT: {details}</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
</context>
<context>
    <name>SetupAccess</name>
    <message>
        <source>Set-up</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Set-up (staff only)</source>
        <translation>Inställningar (endast personal)</translation>
    </message>
    <message>
        <source>Engage address, API key and store; asks for the staff PIN ({shortcut})</source>
        <translation>Engage-adress, API-nyckel och butik; kräver personalens PIN-kod ({shortcut})</translation>
    </message>
    <message>
        <source>Set-up is not available here: this till has no staff PIN. IT can run posapp --setup.</source>
        <translation>Inställningarna är inte tillgängliga här: kassan har ingen PIN-kod för personalen. IT kan köra posapp --setup.</translation>
    </message>
    <message>
        <source>Set-up is for staff only.</source>
        <translation>Inställningarna är endast för personal.</translation>
    </message>
    <message>
        <source>Demo mode: the PIN is {pin}.</source>
        <translation>Demoläge: PIN-koden är {pin}.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Enter the tenant&apos;s Engage address, such as https://acme.voyado.com.</source>
        <translation>Ange Engage-adressen för er miljö, t.ex. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer.</source>
        <translation>Använd https://. Vanlig http:// tillåts bara till den här datorn.</translation>
    </message>
    <message>
        <source>Remove everything from the ? or # on.</source>
        <translation>Ta bort allt från ? eller # och framåt.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoriskt.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Välj ett land i listan.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Värdet går inte att använda.</translation>
    </message>
    <message>
        <source>This user may not change that file or its folder. Run the set-up as a user who may, or point POSAPP_CONFIG at another file.</source>
        <translation>Användaren får inte ändra filen eller mappen den ligger i. Kör inställningarna som en användare som får det, eller låt POSAPP_CONFIG peka på en annan fil.</translation>
    </message>
    <message>
        <source>It is on a read-only disk. Point POSAPP_CONFIG at a file on another disk.</source>
        <translation>Filen ligger på en skrivskyddad disk. Låt POSAPP_CONFIG peka på en fil på en annan disk.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then save again.</source>
        <translation>Disken är full. Frigör lite utrymme och spara sedan igen.</translation>
    </message>
    <message>
        <source>A folder on the way to it is missing or is a file. Check the path, or point POSAPP_CONFIG at another file.</source>
        <translation>En mapp på vägen dit saknas eller är en fil. Kontrollera sökvägen, eller låt POSAPP_CONFIG peka på en annan fil.</translation>
    </message>
    <message>
        <source>That name is a folder, not a file. Point POSAPP_CONFIG at a file.</source>
        <translation>Namnet är en mapp, inte en fil. Låt POSAPP_CONFIG peka på en fil.</translation>
    </message>
    <message>
        <source>Run the set-up as a user who may change that file, or point POSAPP_CONFIG at another file.</source>
        <translation>Kör inställningarna som en användare som får ändra filen, eller låt POSAPP_CONFIG peka på en annan fil.</translation>
    </message>
    <message>
        <source>posapp set-up</source>
        <translation>posapp – inställningar</translation>
    </message>
    <message>
        <source>Set up posapp</source>
        <translation>Ställ in posapp</translation>
    </message>
    <message>
        <source>Connects this till to Voyado Engage. The settings are saved in {path}; the API key is never written there.</source>
        <translation>Kopplar den här kassan till Voyado Engage. Inställningarna sparas i {path}; API-nyckeln skrivs aldrig dit.</translation>
    </message>
    <message>
        <source>Engage &amp;address</source>
        <translation>Engage-&amp;adress</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;nyckel</translation>
    </message>
    <message>
        <source>&amp;Store id</source>
        <translation>&amp;Butiks-id</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Källa</translation>
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
        <translation>Engage-adress</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Store external id</source>
        <translation>Butikens externa id</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
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
        <translation>Engage-adressen för er miljö, t.ex. https://acme.voyado.com.</translation>
    </message>
    <message>
        <source>The API key from Engage&apos;s configuration. It is not shown, and never written to the file.</source>
        <translation>API-nyckeln från Engages konfiguration. Den visas inte och skrivs aldrig till filen.</translation>
    </message>
    <message>
        <source>Sent to Engage as storeExternalId: the store that recruits the member.</source>
        <translation>Skickas till Engage som storeExternalId: butiken som värvar medlemmen.</translation>
    </message>
    <message>
        <source>Sent to Engage as source, such as POS.</source>
        <translation>Skickas till Engage som source, t.ex. POS.</translation>
    </message>
    <message>
        <source>The default country of new members and of local phone numbers.</source>
        <translation>Standardland för nya medlemmar och för telefonnummer utan landsnummer.</translation>
    </message>
    <message>
        <source>The language of posapp&apos;s screens at this till.</source>
        <translation>Språket som posapp visas på i den här kassan.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Looks up a member that cannot exist: proves the address, the certificate and the API key.</source>
        <translation>Söker efter en medlem som inte kan finnas: bekräftar adressen, certifikatet och API-nyckeln.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>The existing file cannot be read</source>
        <translation>Den befintliga filen går inte att läsa</translation>
    </message>
    <message>
        <source>Saving writes a new file; the old one is kept beside it as {name}.bak.</source>
        <translation>Om du sparar skrivs en ny fil; den gamla sparas bredvid som {name}.bak.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{variable} is set on this computer: it is used instead of a key saved here.</source>
        <translation>{variable} är satt på den här datorn: den används i stället för en nyckel som sparas här.</translation>
    </message>
    <message>
        <source>This machine has no credential store: set {variable} for the posapp service.</source>
        <translation>Datorn saknar lagring för inloggningsuppgifter: sätt {variable} för tjänsten posapp.</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s credential store ({store}), never in the file.</source>
        <translation>Sparas i systemets lagring för inloggningsuppgifter ({store}), aldrig i filen.</translation>
    </message>
    <message>
        <source>Saved — type a new key to replace it</source>
        <translation>Sparad – skriv en ny nyckel för att ersätta den</translation>
    </message>
    <message>
        <source>The key from Engage&apos;s configuration</source>
        <translation>Nyckeln från Engages konfiguration</translation>
    </message>
    <message>
        <source>The [engage] settings cannot be used</source>
        <translation>Inställningarna under [engage] kan inte användas</translation>
    </message>
    <message>
        <source>Correct these lines in the file, then test again.</source>
        <translation>Rätta de här raderna i filen och testa sedan igen.</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Ange API-nyckeln för att testa anslutningen.</translation>
    </message>
    <message>
        <source>Testing the connection to {host}…</source>
        <translation>Testar anslutningen till {host}…</translation>
    </message>
    <message>
        <source>{path} cannot be written.</source>
        <translation>Det går inte att skriva till {path}.</translation>
    </message>
    <message>
        <source>The API key was not saved: this machine has no credential store. Set {variable} for the posapp service.</source>
        <translation>API-nyckeln sparades inte: datorn saknar lagring för inloggningsuppgifter. Sätt {variable} för tjänsten posapp.</translation>
    </message>
    <message>
        <source>The API key was not saved: the system&apos;s credential store refused it. It may be locked; unlock it and save again.</source>
        <translation>API-nyckeln sparades inte: systemets lagring för inloggningsuppgifter nekade. Den kan vara låst; lås upp den och spara igen.</translation>
    </message>
    <message>
        <source>For IT: {detail}</source>
        <translation>För IT: {detail}</translation>
    </message>
    <message>
        <source>Not saved: other settings in the file are wrong</source>
        <translation>Inte sparat: andra inställningar i filen är felaktiga</translation>
    </message>
    <message>
        <source>Correct these lines in the file, then save again.</source>
        <translation>Rätta de här raderna i filen och spara sedan igen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Ange API-nyckeln.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Saved, but without the API key</source>
        <translation>Sparat, men utan API-nyckeln</translation>
    </message>
    <message>
        <source>The settings are in {path}.</source>
        <translation>Inställningarna finns i {path}.</translation>
    </message>
    <message>
        <source>They take effect when posapp starts again.</source>
        <translation>De börjar gälla när posapp startas om.</translation>
    </message>
    <message>
        <source>{variable} is set on this computer: it is used as the API key.</source>
        <translation>{variable} är satt på den här datorn: den används som API-nyckel.</translation>
    </message>
    <message>
        <source>The API key is kept in the system&apos;s credential store.</source>
        <translation>API-nyckeln sparas i systemets lagring för inloggningsuppgifter.</translation>
    </message>
</context>
<context>
    <name>SignupFlow</name>
    <message>
        <source>Engage did not accept the marked fields.</source>
        <translation>Engage godkände inte de markerade fälten.</translation>
    </message>
</context>
<context>
    <name>SignupForm</name>
    <message>
        <source>Saving to Engage…</source>
        <translation>Sparar i Engage…</translation>
    </message>
    <message>
        <source>The customer agrees to</source>
        <translation>Kunden samtycker till</translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation>&amp;Spara medlem</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>Spara medlem</translation>
    </message>
    <message>
        <source>Enter saves from any field when the form is complete</source>
        <translation>Enter sparar från vilket fält som helst när formuläret är ifyllt</translation>
    </message>
    <message>
        <source>Fill in {field} to save.</source>
        <translation>Fyll i fältet {field} för att spara.</translation>
    </message>
    <message>
        <source>Correct {field} to save.</source>
        <translation>Rätta fältet {field} för att spara.</translation>
    </message>
    <message>
        <source>The customer must agree to the terms marked * to save.</source>
        <translation>Kunden måste godkänna villkoren märkta med * för att du ska kunna spara.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the terms</source>
        <translation>Stäng villkoren</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Another member already has this key.</source>
        <translation>En annan medlem är redan registrerad med detta.</translation>
    </message>
    <message>
        <source>Engage did not accept: {fields}</source>
        <translation>Engage godtog inte: {fields}</translation>
    </message>
    <message>
        <source>Several members have this key.</source>
        <translation>Flera medlemmar är registrerade med detta.</translation>
    </message>
    <message>
        <source>Engage refused the signup.</source>
        <translation>Engage avvisade anmälan.</translation>
    </message>
    <message>
        <source>Waiting signups</source>
        <translation>Väntande anmälningar</translation>
    </message>
    <message>
        <source>Signups are not kept on this till: the outbox could not be opened. Tell IT (see the log).</source>
        <translation>Anmälningar sparas inte i den här kassan: utkorgen kunde inte öppnas. Meddela IT (se loggen).</translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait to be sent to Engage, the oldest since {since}. They are sent by themselves when Engage answers.</source>
        <translation>
            <numerusform>%n anmälan väntar på att skickas till Engage, sedan {since}. Den skickas av sig själv när Engage svarar.</numerusform>
            <numerusform>%n anmälningar väntar på att skickas till Engage, den äldsta sedan {since}. De skickas av sig själva när Engage svarar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signup waits to be sent to Engage.</source>
        <translation>Ingen anmälan väntar på att skickas till Engage.</translation>
    </message>
    <message>
        <source>Sending is paused: Engage refused this till&apos;s API key. Tell IT.</source>
        <translation>Sändningen är pausad: Engage avvisade den här kassans API-nyckel. Meddela IT.</translation>
    </message>
    <message>
        <source>&amp;Signups for staff to settle:</source>
        <translation>&amp;Anmälningar som personalen behöver ordna:</translation>
    </message>
    <message>
        <source>None: nothing needs staff.</source>
        <translation>Inga: inget behöver personalen.</translation>
    </message>
    <message>
        <source>&amp;Open on the form</source>
        <translation>Ö&amp;ppna i formuläret</translation>
    </message>
    <message>
        <source>Open on the signup form</source>
        <translation>Öppna i anmälningsformuläret</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>Discard this signup</source>
        <translation>Kasta den här anmälan</translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation>← Tillbaka till anmälan</translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation>Tillbaka till anmälan</translation>
    </message>
    <message>
        <source>Discard the signup?</source>
        <translation>Kasta anmälan?</translation>
    </message>
    <message>
        <source>The customer&apos;s details are deleted from this till and never reach Engage. Discard?</source>
        <translation>Kundens uppgifter raderas från den här kassan och når aldrig Engage. Kasta?</translation>
    </message>
</context>
<context>
    <name>WelcomeHeader</name>
    <message>
        <source>Join our customer club</source>
        <translation>Bli medlem i vår kundklubb</translation>
    </message>
    <message>
        <source>It takes less than a minute.</source>
        <translation>Det tar mindre än en minut.</translation>
    </message>
    <message>
        <source>Fill in your details</source>
        <translation>Fyll i dina uppgifter</translation>
    </message>
    <message>
        <source>Tap Join</source>
        <translation>Tryck på Bli medlem</translation>
    </message>
    <message>
        <source>Confirm with the link in the e-mail we send you</source>
        <translation>Bekräfta med länken i mejlet vi skickar dig</translation>
    </message>
    <message>
        <source>Enjoy your member offers</source>
        <translation>Ta del av dina medlemserbjudanden</translation>
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
        <translation>För långt</translation>
    </message>
    <message>
        <source>Too long — at most {max} characters</source>
        <translation>För långt – högst {max} tecken</translation>
    </message>
    <message>
        <source>Enter {digits} more digits</source>
        <translation>Ange {digits} siffror till</translation>
    </message>
    <message>
        <source>Enter 1 more digit</source>
        <translation>Ange 1 siffra till</translation>
    </message>
    <message>
        <source>Enter at least {digits} more digits</source>
        <translation>Ange minst {digits} siffror till</translation>
    </message>
    <message>
        <source>Enter at least 1 more digit</source>
        <translation>Ange minst 1 siffra till</translation>
    </message>
    <message>
        <source>Enter {count} more characters</source>
        <translation>Ange {count} tecken till</translation>
    </message>
    <message>
        <source>Enter 1 more character</source>
        <translation>Ange 1 tecken till</translation>
    </message>
    <message>
        <source>No spaces allowed</source>
        <translation>Mellanslag är inte tillåtna</translation>
    </message>
    <message>
        <source>Contains characters that cannot be used</source>
        <translation>Innehåller tecken som inte kan användas</translation>
    </message>
    <message>
        <source>Date is in the future</source>
        <translation>Datumet ligger i framtiden</translation>
    </message>
    <message>
        <source>No such date</source>
        <translation>Datumet finns inte</translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( )</source>
        <translation>Använd bara siffror, mellanslag och + - ( )</translation>
    </message>
    <message>
        <source>+ can only come first</source>
        <translation>+ får bara stå först</translation>
    </message>
    <message>
        <source>Enter more digits</source>
        <translation>Ange fler siffror</translation>
    </message>
    <message>
        <source>Enter the country code</source>
        <translation>Ange landsnumret</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Okänt landsnummer</translation>
    </message>
    <message>
        <source>Start with + and the country code</source>
        <translation>Börja med + och landsnumret</translation>
    </message>
    <message>
        <source>Foreign number? Start with + and the country code</source>
        <translation>Utländskt nummer? Börja med + och landsnumret</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>För många siffror</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Inte ett mobilnummer</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Inte ett giltigt telefonnummer</translation>
    </message>
    <message>
        <source>Not a personal identity number</source>
        <translation>Inte ett personnummer</translation>
    </message>
    <message>
        <source>Wrong length — use 10 or 12 digits</source>
        <translation>Fel längd – använd 10 eller 12 siffror</translation>
    </message>
    <message>
        <source>The year must start with 18, 19 or 20</source>
        <translation>Årtalet måste börja med 18, 19 eller 20</translation>
    </message>
    <message>
        <source>Check digit is wrong — check the number</source>
        <translation>Fel kontrollsiffra – kontrollera numret</translation>
    </message>
    <message>
        <source>No such date — check the number</source>
        <translation>Datumet finns inte – kontrollera numret</translation>
    </message>
    <message>
        <source>The three digits after the date must be 002–899</source>
        <translation>De tre siffrorna efter datumet måste vara 002–899</translation>
    </message>
    <message>
        <source>Temporary identity numbers are not accepted</source>
        <translation>Tillfälliga identitetsnummer godtas inte</translation>
    </message>
    <message>
        <source>Add @ and the domain</source>
        <translation>Lägg till @ och domänen</translation>
    </message>
    <message>
        <source>Only one @ allowed</source>
        <translation>Bara ett @ är tillåtet</translation>
    </message>
    <message>
        <source>Enter the part before @</source>
        <translation>Skriv delen före @</translation>
    </message>
    <message>
        <source>Check the part before @</source>
        <translation>Kontrollera delen före @</translation>
    </message>
    <message>
        <source>The part before @ is too long — at most {max} characters</source>
        <translation>Delen före @ är för lång – högst {max} tecken</translation>
    </message>
    <message>
        <source>Enter the part after @</source>
        <translation>Skriv delen efter @</translation>
    </message>
    <message>
        <source>Finish the part after @, e.g. .se</source>
        <translation>Skriv klart delen efter @, t.ex. .se</translation>
    </message>
    <message>
        <source>Check the part after @</source>
        <translation>Kontrollera delen efter @</translation>
    </message>
    <message>
        <source>Contains a Cyrillic letter: {letter} — retype it</source>
        <translation>Innehåller en kyrillisk bokstav: {letter} – skriv den på nytt</translation>
    </message>
    <message>
        <source>Contains a Greek letter: {letter} — retype it</source>
        <translation>Innehåller en grekisk bokstav: {letter} – skriv den på nytt</translation>
    </message>
    <message>
        <source>A letter from another alphabet: {letter} — retype it</source>
        <translation>En bokstav från ett annat alfabet: {letter} – skriv den på nytt</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Menade du {suggestion}?</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>More than {years} years ago</source>
        <translation>Mer än {years} år sedan</translation>
    </message>
    <message>
        <source>Use only letters, spaces and - &apos; .</source>
        <translation>Använd bara bokstäver, mellanslag och - &apos; .</translation>
    </message>
    <message>
        <source>Enter at least one letter</source>
        <translation>Skriv minst en bokstav</translation>
    </message>
    <message>
        <source>Use a two-letter country code</source>
        <translation>Använd en landskod med två bokstäver</translation>
    </message>
    <message>
        <source>Not a known country code</source>
        <translation>Okänd landskod</translation>
    </message>
    <message>
        <source>Use a two-letter language code, e.g. sv</source>
        <translation>Använd en språkkod med två bokstäver, t.ex. sv</translation>
    </message>
    <message>
        <source>Not a known language code</source>
        <translation>Okänd språkkod</translation>
    </message>
    <message>
        <source>Choose Male, Female or Other</source>
        <translation>Välj Man, Kvinna eller Annat</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces and -</source>
        <translation>Använd bara bokstäver, siffror, mellanslag och -</translation>
    </message>
</context>
</TS>
