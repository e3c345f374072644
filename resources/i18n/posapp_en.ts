<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FindMemberPage</name>
    <message numerus="yes">
        <source>%n members have {field} {value}. Search by something only one of them has, such as the personal identity number.</source>
        <translation>
            <numerusform>%n member has {field} {value}. Search by something only one of them has, such as the personal identity number.</numerusform>
            <numerusform>%n members have {field} {value}. Search by something only one of them has, such as the personal identity number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for staff</source>
        <translation>
            <numerusform>%n for staff</numerusform>
            <numerusform>%n for staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signups wait on this till; open the list</source>
        <translation>
            <numerusform>%n signup waits on this till; open the list</numerusform>
            <numerusform>%n signups wait on this till; open the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message numerus="yes">
        <source>This screen clears itself in %n seconds</source>
        <translation>
            <numerusform>This screen clears itself in %n second</numerusform>
            <numerusform>This screen clears itself in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before a pause.</numerusform>
            <numerusform>Wrong PIN. %n tries left before a pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message numerus="yes">
        <source>%n signups wait to be sent to Engage, the oldest since {since}. They are sent by themselves when Engage answers.</source>
        <translation>
            <numerusform>%n signup waits to be sent to Engage, since {since}. It is sent by itself when Engage answers.</numerusform>
            <numerusform>%n signups wait to be sent to Engage, the oldest since {since}. They are sent by themselves when Engage answers.</numerusform>
        </translation>
    </message>
</context>
</TS>
