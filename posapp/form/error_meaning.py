"""What each failure means, once: can trying again help, and which words say what happened.

One row per kind of outcome, read by the till's problem dialog (``ui/error_texts.py``), the
kiosk's calm notice (``ui/kiosk/kiosk_texts.py``) and the kiosk's own automatic retry, so
the three can never disagree. The engage package's ``explanation`` stays English for logs.

Words are translation templates: the till's in context ``ErrorTexts`` (title, what
happened, what to do), the customer's in ``KioskTexts`` (no codes, no product names, no
blame). Plain Python; the UI translates.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from posapp.engage.errors import (
    AlreadyMember,
    ApiKeyRejected,
    BeingCreated,
    CannotConnect,
    CertificateRejected,
    ConnectionDropped,
    EngageError,
    EngageTimedOut,
    InvalidDraft,
    InvalidFields,
    InvalidRequest,
    MultipleMatches,
    NoAnswer,
    NoData,
    NotFound,
    RateLimited,
    ServerError,
    UnreadableResponse,
)
from posapp.validation.messages import QT_TRANSLATE_NOOP


class CustomerNotice(enum.Enum):
    """The kiosk's notice: what the customer is told (never a code)."""

    CHECK_DETAILS = QT_TRANSLATE_NOOP(
        "KioskTexts", "Some of your details could not be accepted. Please check what you "
        "typed and try again.")
    TRY_LATER = QT_TRANSLATE_NOOP(
        "KioskTexts", "Our membership system is not answering right now. Please try again "
        "in a moment, or ask a member of staff for help.")
    ASK_STAFF = QT_TRANSLATE_NOOP(
        "KioskTexts", "Something went wrong on our side. Please ask a member of staff for "
        "help.")

    @property
    def offers_try_again(self) -> bool:
        """Whether the notice offers Try again (back to the form, everything kept)."""
        return self is not CustomerNotice.ASK_STAFF


@dataclass(frozen=True)
class Meaning:
    """What one kind of failure means for the person in front of the screen."""

    # Whether trying again (Retry at the till, the kiosk's own retry, Try again) may help.
    retry: bool
    # The till's words (``ErrorTexts``): a title, what happened, what to do next.
    title: str
    happened: str
    advice: str
    # The customer's words at the kiosk.
    customer: CustomerNotice
    # Whether the detail for IT (status, code, message) is worth showing.
    for_it: bool = False
    # Whether a signup that ends so is kept on the till and sent later by the outbox,
    # rather than shown as a problem: Engage could not be reached, or its answer is not
    # known, and sending again later (looked up first) is safe.
    queue: bool = False


_PRESS_RETRY_OR_LATER = QT_TRANSLATE_NOOP(
    "ErrorTexts", "Press Retry. If it keeps happening, carry on with the sale "
    "and sign the customer up later.")
_PRESS_RETRY_TELL_IT = QT_TRANSLATE_NOOP(
    "ErrorTexts", "Press Retry. If it keeps happening, tell IT the details below.")


def _without_fields(error: BaseException) -> bool:
    return not getattr(error, "fields", None)


# (kind of failure, an extra condition or None, its meaning): the first row that matches
# wins, so a subclass comes before its base class.
_Kind = type[BaseException] | tuple[type[BaseException], ...]
MEANINGS: tuple[tuple[_Kind, Callable[[BaseException], bool] | None, Meaning], ...] = (
    (EngageTimedOut, None, Meaning(
        True,
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage took too long"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage gave up on the request and rolled it back."),
        _PRESS_RETRY_OR_LATER, CustomerNotice.TRY_LATER, queue=True)),
    (NoAnswer, None, Meaning(
        True,
        QT_TRANSLATE_NOOP("ErrorTexts", "No answer from Engage"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage did not answer in time."),
        _PRESS_RETRY_OR_LATER, CustomerNotice.TRY_LATER, queue=True)),
    (ConnectionDropped, None, Meaning(
        True,
        QT_TRANSLATE_NOOP("ErrorTexts", "Connection lost"),
        QT_TRANSLATE_NOOP("ErrorTexts", "The connection to Engage broke during the request."),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "Press Retry. If it keeps happening, check the store's network."),
        CustomerNotice.TRY_LATER, queue=True)),
    (CertificateRejected, None, Meaning(  # the same certificate is refused again
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage's certificate was not accepted"),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "The certificate of Engage's address was not accepted, so posapp "
            "sent nothing. Something on the network may be in the way, or the till's date "
            "and time may be wrong."),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "Tell IT the details below. The sale can go on without the signup."),
        CustomerNotice.ASK_STAFF, for_it=True, queue=True)),
    (CannotConnect, None, Meaning(
        True,
        QT_TRANSLATE_NOOP("ErrorTexts", "Cannot reach Engage"),
        QT_TRANSLATE_NOOP("ErrorTexts", "posapp could not connect to Engage."),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "Check the network cable or Wi-Fi, then press Retry. "
            "The sale can go on without the signup."),
        CustomerNotice.TRY_LATER, for_it=True, queue=True)),
    (RateLimited, None, Meaning(
        True,
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage is busy"),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "Engage received too many requests and asked posapp to wait."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Wait a few seconds, then press Retry."),
        CustomerNotice.TRY_LATER, queue=True)),
    (UnreadableResponse, None, Meaning(
        True,
        QT_TRANSLATE_NOOP("ErrorTexts", "Unreadable answer"),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "The answer from Engage could not be read. A proxy or the "
            "network may be in the way."),
        _PRESS_RETRY_TELL_IT, CustomerNotice.TRY_LATER, for_it=True, queue=True)),
    (ServerError, None, Meaning(
        True,
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage had a problem"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage reported an internal error."),
        _PRESS_RETRY_TELL_IT, CustomerNotice.TRY_LATER, for_it=True, queue=True)),
    (BeingCreated, None, Meaning(
        True,
        QT_TRANSLATE_NOOP("ErrorTexts", "Signup in progress"),
        QT_TRANSLATE_NOOP(
            "ErrorTexts",
            "A signup with this key is being saved right now, perhaps at another till."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Wait a moment, then press Retry to look it up."),
        CustomerNotice.TRY_LATER, queue=True)),
    (ApiKeyRejected, None, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage refused the API key"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage refused posapp's API key."),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "Tell IT: the API key of this till is wrong, expired or lacks "
            "rights. The sale can go on without the signup."),
        CustomerNotice.ASK_STAFF, for_it=True, queue=True)),
    (NoData, None, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "Nothing was sent"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage received an empty signup."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Tell IT: this is a fault in posapp."),
        CustomerNotice.ASK_STAFF, for_it=True)),
    ((InvalidFields, InvalidDraft), _without_fields, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage did not accept the signup"),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "Engage refused the details but did not say which field."),
        QT_TRANSLATE_NOOP(
            "ErrorTexts", "Check the details with the customer and save again. If they "
            "look right, tell IT the details below."),
        CustomerNotice.CHECK_DETAILS, for_it=True)),
    ((InvalidFields, InvalidDraft), None, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "Check the marked fields"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage did not accept some of the fields."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Correct the marked fields and save again."),
        CustomerNotice.CHECK_DETAILS)),
    (AlreadyMember, None, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "Already a member"),
        QT_TRANSLATE_NOOP("ErrorTexts", "This customer is already a member."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Open the member to check their details."),
        CustomerNotice.ASK_STAFF)),
    (NotFound, None, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "No member found"),
        QT_TRANSLATE_NOOP("ErrorTexts", "No member has this key."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Check the key, or sign the customer up."),
        CustomerNotice.ASK_STAFF)),
    (MultipleMatches, None, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "More than one member"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Several members match this key."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Search with a more specific key."),
        CustomerNotice.ASK_STAFF)),
    (InvalidRequest, None, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "Check the key"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage did not accept the search."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Check what was typed and try again."),
        CustomerNotice.ASK_STAFF)),
    (EngageError, None, Meaning(
        False,
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage could not do this"),
        QT_TRANSLATE_NOOP("ErrorTexts", "Engage refused the request."),
        QT_TRANSLATE_NOOP("ErrorTexts", "Tell IT the details below."),
        CustomerNotice.ASK_STAFF, for_it=True)),
)

# Anything that is not an Engage outcome: a fault of posapp's own.
UNEXPECTED = Meaning(
    True,
    QT_TRANSLATE_NOOP("ErrorTexts", "Something went wrong"),
    QT_TRANSLATE_NOOP("ErrorTexts", "posapp ran into an unexpected fault."),
    QT_TRANSLATE_NOOP("ErrorTexts", "Nothing typed is lost. Try again; if it persists, tell IT."),
    CustomerNotice.ASK_STAFF, for_it=True)


def meaning_of(error: BaseException) -> Meaning:
    """The meaning of ``error``: the first row whose kind and condition match."""
    for kind, condition, meaning in MEANINGS:
        if isinstance(error, kind) and (condition is None or condition(error)):
            return meaning
    return UNEXPECTED


class SavedState(enum.Enum):
    """What is known about the signup after a failed create (``EngageError.created``)."""

    UNKNOWN = QT_TRANSLATE_NOOP(
        "ErrorTexts", "It is not known yet whether the signup was saved. "
        "Retry checks first, so the customer cannot be registered twice.")
    SAVED = QT_TRANSLATE_NOOP("ErrorTexts", "The signup was saved.")
    NOTHING = QT_TRANSLATE_NOOP("ErrorTexts", "Nothing was saved.")


def saved_state(error: BaseException) -> SavedState:
    """Whether the signup was saved, never a guess."""
    created = getattr(error, "created", False)
    if created is None:
        return SavedState.UNKNOWN
    return SavedState.SAVED if created else SavedState.NOTHING
