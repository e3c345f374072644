<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AlreadyMemberDialog</name>
    <message>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is already a member. Nothing new was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing member could not be looked up just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new member is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer confirms the membership by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>It is not known yet whether the signup was saved. Retry checks first, so the customer cannot be registered twice.</source>
        <extracomment>lupdate finds ``translate(&quot;ErrorTexts&quot;, &quot;…&quot;)`` calls by this name. Whether the dialog offers Retry. Whether the detail for IT (status, code, message) is worth showing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signup was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage gave up on the request and rolled it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, carry on with the sale and sign the customer up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Engage broke during the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, check the store&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posapp could not connect to Engage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then press Retry. The sale can go on without the signup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage received too many requests and asked posapp to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from Engage could not be read. A proxy or the network may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry. If it keeps happening, tell IT the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signup with this key is being saved right now, perhaps at another till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment, then press Retry to look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posapp is not allowed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage refused posapp&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell IT: the API key of this till is wrong, expired or lacks rights. The sale can go on without the signup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage received an empty signup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell IT: this is a fault in posapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage did not accept the signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage refused the details but did not say which field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details with the customer and save again. If they look right, tell IT the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage did not accept some of the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is already a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the member to check their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key, or sign the customer up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several members match this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search with a more specific key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage did not accept the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what was typed and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage could not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell IT the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posapp ran into an unexpected fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing typed is lost. Try again; if it persists, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers by e-m&amp;ail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers by te&amp;xt message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 070-174 06 05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN or Finnish DDMMYY-NNNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number; local numbers are read in the selected country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer, or Finnish HETU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country name or code to search the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked only if the customer says yes to offers by text message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{name} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage did not accept this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindMemberFlow</name>
    <message>
        <source>Saved. This is what Engage holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a change again is safe: it cannot create anything twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindMemberPage</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members match this key. Search with a more specific key, such as the personal identity number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Member number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Engage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;up instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign up instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to search for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Member signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a member and correct their country (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store {store} · {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: posapp talks to its built-in Engage emulator. No real members are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode, no real members are created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the customer&apos;s key, fill in the marked fields, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posapp — member signup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>For IT: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignupFlow</name>
    <message>
        <source>Engage did not accept the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignupForm</name>
    <message>
        <source>Saving to Engage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer agrees to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves from any field when the form is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in {field} to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long — at most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter {digits} more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 1 more digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least {digits} more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter {count} more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 1 more character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spaces allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains characters that cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ can only come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with + and the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign number? Start with + and the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong length — use 10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must start with 18, 19 or 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit is wrong — check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date — check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three digits after the date must be 002–899</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary identity numbers are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add @ and the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one @ allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part before @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the part before @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ is too long — at most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part after @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the part after @, e.g. .se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the part after @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {years} years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, spaces and - &apos; .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a two-letter country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a two-letter language code, e.g. sv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Male, Female or Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces and -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
