"""The kiosk's words for customers: field labels, terms, and a calm notice per failure.

The till's ``error_texts`` speak to a cashier (Engage, IT, Retry); a customer gets no codes,
no product names and no blame, only what happened in plain words and what to do next.
The fields' customer words are in the attribute table (``posapp/form/attributes.py``),
the notice for each failure in ``posapp/form/error_meaning.py``; both are translated here
in the context ``KioskTexts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from posapp.form.attributes import attribute
from posapp.form.error_meaning import meaning_of
from posapp.ui import field_labels

CONTEXT = "KioskTexts"

# lupdate finds ``translate("KioskTexts", "…")`` calls by this name.
translate = QCoreApplication.translate


def field_description(name: str) -> str:
    """What the field is for, in the customer's words (the till's words where none)."""
    text = attribute(name).kiosk_description
    return translate(CONTEXT, text) if text else field_labels.description(name)


def field_label(name: str, *, required: bool) -> str:
    """The label above a field; optional fields say so (customers expect that, not a *)."""
    text = attribute(name).kiosk_label
    label = translate(CONTEXT, text) if text else field_labels.plain_label(name)
    if required:
        return label
    return translate("KioskTexts", "{label} (optional)").format(label=label)


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


def privacy() -> str:
    """Above Join, where the consents' boxes say what the customer agrees to."""
    return translate(
        "KioskTexts",
        "We keep your details only to run your membership, and you can leave at any time.")


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
    """What the customer is told when a signup could not be finished; never a code.

    The kind of notice comes from ``posapp/form/error_meaning.py``, as the till's words do.
    """
    notice = meaning_of(error).customer
    return Notice(translate("KioskTexts", "We couldn't finish your signup"),
                  translate(CONTEXT, notice.value), retry=notice.offers_try_again)
