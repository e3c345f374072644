"""The kiosk's words for customers: field labels, terms, and a calm notice per failure.

The till's ``error_texts`` speak to a cashier (Engage, IT, Retry); a customer gets no codes,
no product names and no blame, only what happened in plain words and what to do next.
Every string goes through Qt's translation system in the context ``KioskTexts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from posapp.engage import EngageError, InvalidDraft, InvalidFields
from posapp.ui import field_labels
from posapp.validation.messages import QT_TRANSLATE_NOOP

CONTEXT = "KioskTexts"

_LABELS: dict[str, str] = {
    "mobilePhone": QT_TRANSLATE_NOOP("KioskTexts", "Mobile number"),
    "socialSecurityNumber": QT_TRANSLATE_NOOP("KioskTexts", "Personal identity number"),
    "email": QT_TRANSLATE_NOOP("KioskTexts", "E-mail address"),
    "externalId": QT_TRANSLATE_NOOP("KioskTexts", "Membership card number"),
    "firstName": QT_TRANSLATE_NOOP("KioskTexts", "First name"),
    "lastName": QT_TRANSLATE_NOOP("KioskTexts", "Last name"),
    "birthDay": QT_TRANSLATE_NOOP("KioskTexts", "Date of birth"),
    "acceptsEmail": QT_TRANSLATE_NOOP("KioskTexts", "Yes, send me offers by e-mail"),
    "acceptsSms": QT_TRANSLATE_NOOP("KioskTexts", "Yes, send me offers by text message"),
}

# What a screen reader says about each field, to the customer.
_DESCRIPTIONS: dict[str, str] = {
    "mobilePhone": QT_TRANSLATE_NOOP(
        "KioskTexts", "Your mobile number. A number from abroad starts with + and the "
        "country code."),
    "socialSecurityNumber": QT_TRANSLATE_NOOP("KioskTexts", "Your personal identity number"),
    "email": QT_TRANSLATE_NOOP("KioskTexts", "Your e-mail address"),
    "externalId": QT_TRANSLATE_NOOP("KioskTexts", "The number on your membership card"),
    "firstName": QT_TRANSLATE_NOOP("KioskTexts", "Your first name"),
    "lastName": QT_TRANSLATE_NOOP("KioskTexts", "Your last name"),
    "birthDay": QT_TRANSLATE_NOOP("KioskTexts", "Your date of birth: day, month and year"),
    "acceptsEmail": QT_TRANSLATE_NOOP(
        "KioskTexts", "Tick to get our offers by e-mail. You can stop them at any time."),
    "acceptsSms": QT_TRANSLATE_NOOP(
        "KioskTexts", "Tick to get our offers by text message. You can stop them at any "
        "time."),
}

# lupdate finds ``translate("KioskTexts", "…")`` calls by this name.
translate = QCoreApplication.translate


def field_description(attribute: str) -> str:
    """What the field is for, in the customer's words (the till's words where none)."""
    text = _DESCRIPTIONS.get(attribute)
    return translate(CONTEXT, text) if text else field_labels.description(attribute)


def field_label(attribute: str, *, required: bool) -> str:
    """The label above a field; optional fields say so (customers expect that, not a *)."""
    text = _LABELS.get(attribute)
    name = translate(CONTEXT, text) if text else field_labels.plain_label(attribute)
    if required:
        return name
    return translate("KioskTexts", "{label} (optional)").format(label=name)


def fill_in() -> str:
    """Under an empty mandatory field after Join was tapped."""
    return translate("KioskTexts", "Please fill this in")


def check_this() -> str:
    """Under a field the club's system did not accept (its own message is not for customers)."""
    return translate("KioskTexts", "Please check this")


def terms() -> str:
    """The short terms shown above the Join button."""
    return translate(
        "KioskTexts",
        "By tapping Join you become a member of our customer club and accept its membership "
        "terms, which staff can give you on paper. We keep your details only to run your "
        "membership, and you can leave at any time.")


def consents_title() -> str:
    """Above the two consent boxes."""
    return translate("KioskTexts", "Would you like offers from us? (optional)")


@dataclass(frozen=True)
class Notice:
    """A calm message after a failed signup, and whether Try again can help."""

    title: str
    body: str
    retry: bool


def notice_for(error: BaseException) -> Notice:
    """What the customer is told when a signup could not be finished; never a code."""
    title = translate("KioskTexts", "We couldn't finish your signup")
    if isinstance(error, (InvalidFields, InvalidDraft)):
        return Notice(title, translate(
            "KioskTexts", "Some of your details could not be accepted. Please check what you "
            "typed and try again."), retry=True)
    if isinstance(error, EngageError) and error.retryable:
        return Notice(title, translate(
            "KioskTexts", "Our membership system is not answering right now. Please try again "
            "in a moment, or ask a member of staff for help."), retry=True)
    return Notice(title, translate(
        "KioskTexts", "Something went wrong on our side. Please ask a member of staff for "
        "help."), retry=False)
