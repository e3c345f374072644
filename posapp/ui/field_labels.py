"""The visible name, placeholder and keyboard hint of each Engage attribute, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# A typed twin of Qt's marker: pyside6-lupdate finds the calls by name.
from posapp.validation.messages import QT_TRANSLATE_NOOP

# Labels carry the & of their keyboard mnemonic (Alt+letter), unique within the form.
_LABELS: dict[str, str] = {
    "contactType": QT_TRANSLATE_NOOP("FieldLabels", "T&ype"),
    "mobilePhone": QT_TRANSLATE_NOOP("FieldLabels", "&Mobile phone"),
    "socialSecurityNumber": QT_TRANSLATE_NOOP("FieldLabels", "&Personal identity number"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "&E-mail"),
    "externalId": QT_TRANSLATE_NOOP("FieldLabels", "Member &number"),
    "firstName": QT_TRANSLATE_NOOP("FieldLabels", "&First name"),
    "lastName": QT_TRANSLATE_NOOP("FieldLabels", "&Last name"),
    "birthDay": QT_TRANSLATE_NOOP("FieldLabels", "Date of &birth"),
    "countryCode": QT_TRANSLATE_NOOP("FieldLabels", "C&ountry"),
    "street": QT_TRANSLATE_NOOP("FieldLabels", "S&treet address"),
    "zipCode": QT_TRANSLATE_NOOP("FieldLabels", "Post&code"),
    "city": QT_TRANSLATE_NOOP("FieldLabels", "C&ity"),
    "lang": QT_TRANSLATE_NOOP("FieldLabels", "Lan&guage"),
    "gender": QT_TRANSLATE_NOOP("FieldLabels", "Gen&der"),
    "acceptsEmail": QT_TRANSLATE_NOOP("FieldLabels", "Offers by e-m&ail"),
    "acceptsSms": QT_TRANSLATE_NOOP("FieldLabels", "Offers by te&xt message"),
}

_PLACEHOLDERS: dict[str, str] = {
    "mobilePhone": QT_TRANSLATE_NOOP("FieldLabels", "e.g. 070-174 06 05"),
    "socialSecurityNumber": QT_TRANSLATE_NOOP(
        "FieldLabels", "YYYYMMDD-NNNN or Finnish DDMMYY-NNNX"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "name@example.com"),
    "birthDay": QT_TRANSLATE_NOOP("FieldLabels", "YYYY-MM-DD"),
    "externalId": QT_TRANSLATE_NOOP("FieldLabels", "Scan or type the card number"),
}

_DESCRIPTIONS: dict[str, str] = {
    "mobilePhone": QT_TRANSLATE_NOOP(
        "FieldLabels", "Mobile number; local numbers are read in the selected country"),
    "socialSecurityNumber": QT_TRANSLATE_NOOP(
        "FieldLabels", "Swedish personnummer or samordningsnummer, or Finnish HETU"),
    "countryCode": QT_TRANSLATE_NOOP(
        "FieldLabels", "Type a country name or code to search the list"),
    "birthDay": QT_TRANSLATE_NOOP(
        "FieldLabels", "Year, month and day, such as 1990-01-31, or day first: 31.1.1990"),
    "acceptsEmail": QT_TRANSLATE_NOOP(
        "FieldLabels", "Ticked only if the customer says yes to offers by e-mail"),
    "acceptsSms": QT_TRANSLATE_NOOP(
        "FieldLabels", "Ticked only if the customer says yes to offers by text message"),
    "email": QT_TRANSLATE_NOOP(
        "FieldLabels", "The customer's e-mail address, for offers and the club's messages"),
    "firstName": QT_TRANSLATE_NOOP("FieldLabels", "The customer's first name"),
    "lastName": QT_TRANSLATE_NOOP("FieldLabels", "The customer's last name"),
    "externalId": QT_TRANSLATE_NOOP(
        "FieldLabels", "The number on the customer's membership card"),
    "street": QT_TRANSLATE_NOOP("FieldLabels", "Street name and number"),
    "zipCode": QT_TRANSLATE_NOOP("FieldLabels", "The postcode, without the town"),
    "city": QT_TRANSLATE_NOOP("FieldLabels", "The town or city"),
    "gender": QT_TRANSLATE_NOOP("FieldLabels", "Only if the customer wants to say"),
    "lang": QT_TRANSLATE_NOOP(
        "FieldLabels", "The language the club writes to the customer in"),
    "contactType": QT_TRANSLATE_NOOP(
        "FieldLabels", "The kind of membership: it decides the key and the fields"),
}


def label(attribute: str) -> str:
    """The label with its mnemonic, e.g. '&Mobile phone'."""
    return QCoreApplication.translate("FieldLabels", _LABELS.get(attribute, attribute))


def plain_label(attribute: str) -> str:
    """The label without the mnemonic marker, for accessible names and messages."""
    return label(attribute).replace("&&", "\0").replace("&", "").replace("\0", "&")


def placeholder(attribute: str) -> str:
    """An example of what to type, or ''."""
    text = _PLACEHOLDERS.get(attribute)
    return QCoreApplication.translate("FieldLabels", text) if text else ""


def description(attribute: str) -> str:
    """A longer hint for screen readers and tooltips, or ''."""
    text = _DESCRIPTIONS.get(attribute)
    return QCoreApplication.translate("FieldLabels", text) if text else ""
