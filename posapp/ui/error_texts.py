"""What each Engage outcome means for the person at the till, in the UI language.

One place for the words of every failure dialog, so that the same fault always reads the
same way (signup form, find member, kiosk). The engage package's own ``explanation`` stays
English for logs and plain-Python callers; these are the translated texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from posapp.engage import (
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

# lupdate finds ``translate("ErrorTexts", "…")`` calls by this name.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ErrorText:
    """Title, what happened, and what to do next."""

    title: str
    happened: str
    advice: str
    # Whether the dialog offers Retry.
    retry: bool
    # Whether the detail for IT (status, code, message) is worth showing.
    for_it: bool = False


def saved_state(error: BaseException) -> str:
    """One sentence on whether the signup was saved, never a guess."""
    created = getattr(error, "created", False)
    if created is None:
        return translate(
            "ErrorTexts",
            "It is not known yet whether the signup was saved. "
            "Retry checks first, so the customer cannot be registered twice.",
        )
    if created:
        return translate("ErrorTexts", "The signup was saved.")
    return translate("ErrorTexts", "Nothing was saved.")


def error_text(error: BaseException) -> ErrorText:
    """The words for one failure."""
    if isinstance(error, EngageTimedOut):
        return ErrorText(
            translate("ErrorTexts", "Engage took too long"),
            translate("ErrorTexts", "Engage gave up on the request and rolled it back."),
            translate(
                "ErrorTexts",
                "Press Retry. If it keeps happening, carry on with the sale "
                "and sign the customer up later.",
            ),
            retry=True,
        )
    if isinstance(error, NoAnswer):
        return ErrorText(
            translate("ErrorTexts", "No answer from Engage"),
            translate("ErrorTexts", "Engage did not answer in time."),
            translate(
                "ErrorTexts",
                "Press Retry. If it keeps happening, carry on with the sale "
                "and sign the customer up later.",
            ),
            retry=True,
        )
    if isinstance(error, ConnectionDropped):
        return ErrorText(
            translate("ErrorTexts", "Connection lost"),
            translate("ErrorTexts", "The connection to Engage broke during the request."),
            translate(
                "ErrorTexts", "Press Retry. If it keeps happening, check the store's network."
            ),
            retry=True,
        )
    if isinstance(error, CertificateRejected):
        return ErrorText(
            translate("ErrorTexts", "Engage's certificate was not accepted"),
            translate(
                "ErrorTexts",
                "The certificate of Engage's address was not accepted, so posapp sent "
                "nothing. Something on the network may be in the way, or the till's date "
                "and time may be wrong.",
            ),
            translate(
                "ErrorTexts",
                "Tell IT the details below. The sale can go on without the signup.",
            ),
            retry=False,
            for_it=True,
        )
    if isinstance(error, CannotConnect):
        return ErrorText(
            translate("ErrorTexts", "Cannot reach Engage"),
            translate("ErrorTexts", "posapp could not connect to Engage."),
            translate(
                "ErrorTexts",
                "Check the network cable or Wi-Fi, then press Retry. "
                "The sale can go on without the signup.",
            ),
            retry=True,
            for_it=True,
        )
    if isinstance(error, RateLimited):
        return ErrorText(
            translate("ErrorTexts", "Engage is busy"),
            translate("ErrorTexts", "Engage received too many requests and asked posapp to wait."),
            translate("ErrorTexts", "Wait a few seconds, then press Retry."),
            retry=True,
        )
    if isinstance(error, UnreadableResponse):
        return ErrorText(
            translate("ErrorTexts", "Unreadable answer"),
            translate(
                "ErrorTexts",
                "The answer from Engage could not be read. A proxy or the "
                "network may be in the way.",
            ),
            translate(
                "ErrorTexts", "Press Retry. If it keeps happening, tell IT the details below."
            ),
            retry=True,
            for_it=True,
        )
    if isinstance(error, ServerError):
        return ErrorText(
            translate("ErrorTexts", "Engage had a problem"),
            translate("ErrorTexts", "Engage reported an internal error."),
            translate(
                "ErrorTexts", "Press Retry. If it keeps happening, tell IT the details below."
            ),
            retry=True,
            for_it=True,
        )
    if isinstance(error, BeingCreated):
        return ErrorText(
            translate("ErrorTexts", "Signup in progress"),
            translate(
                "ErrorTexts",
                "A signup with this key is being saved right now, perhaps at another till.",
            ),
            translate("ErrorTexts", "Wait a moment, then press Retry to look it up."),
            retry=True,
        )
    if isinstance(error, ApiKeyRejected):
        return ErrorText(
            translate("ErrorTexts", "Engage refused the API key"),
            translate("ErrorTexts", "Engage refused posapp's API key."),
            translate(
                "ErrorTexts",
                "Tell IT: the API key of this till is wrong, expired or lacks "
                "rights. The sale can go on without the signup.",
            ),
            retry=False,
            for_it=True,
        )
    if isinstance(error, NoData):
        return ErrorText(
            translate("ErrorTexts", "Nothing was sent"),
            translate("ErrorTexts", "Engage received an empty signup."),
            translate("ErrorTexts", "Tell IT: this is a fault in posapp."),
            retry=False,
            for_it=True,
        )
    if isinstance(error, (InvalidFields, InvalidDraft)) and not error.fields:
        return ErrorText(
            translate("ErrorTexts", "Engage did not accept the signup"),
            translate("ErrorTexts", "Engage refused the details but did not say which field."),
            translate(
                "ErrorTexts",
                "Check the details with the customer and save again. If they "
                "look right, tell IT the details below.",
            ),
            retry=False,
            for_it=True,
        )
    if isinstance(error, (InvalidFields, InvalidDraft)):
        return ErrorText(
            translate("ErrorTexts", "Check the marked fields"),
            translate("ErrorTexts", "Engage did not accept some of the fields."),
            translate("ErrorTexts", "Correct the marked fields and save again."),
            retry=False,
        )
    if isinstance(error, AlreadyMember):
        return ErrorText(
            translate("ErrorTexts", "Already a member"),
            translate("ErrorTexts", "This customer is already a member."),
            translate("ErrorTexts", "Open the member to check their details."),
            retry=False,
        )
    if isinstance(error, NotFound):
        return ErrorText(
            translate("ErrorTexts", "No member found"),
            translate("ErrorTexts", "No member has this key."),
            translate("ErrorTexts", "Check the key, or sign the customer up."),
            retry=False,
        )
    if isinstance(error, MultipleMatches):
        return ErrorText(
            translate("ErrorTexts", "More than one member"),
            translate("ErrorTexts", "Several members match this key."),
            translate("ErrorTexts", "Search with a more specific key."),
            retry=False,
        )
    if isinstance(error, InvalidRequest):
        return ErrorText(
            translate("ErrorTexts", "Check the key"),
            translate("ErrorTexts", "Engage did not accept the search."),
            translate("ErrorTexts", "Check what was typed and try again."),
            retry=False,
        )
    if isinstance(error, EngageError):
        return ErrorText(
            translate("ErrorTexts", "Engage could not do this"),
            translate("ErrorTexts", "Engage refused the request."),
            translate("ErrorTexts", "Tell IT the details below."),
            retry=False,
            for_it=True,
        )
    return ErrorText(
        translate("ErrorTexts", "Something went wrong"),
        translate("ErrorTexts", "posapp ran into an unexpected fault."),
        translate("ErrorTexts", "Nothing typed is lost. Try again; if it persists, tell IT."),
        retry=True,
        for_it=True,
    )


def details_for_it(error: BaseException) -> str:
    """Status, Engage's code and message: what support needs, nothing personal."""
    if not isinstance(error, EngageError):
        return type(error).__name__
    parts = [type(error).__name__]
    if isinstance(error, CertificateRejected):
        parts.append(error.reason)
    if error.status is not None:
        parts.append(f"HTTP {error.status}")
    if error.code:
        parts.append(error.code)
    if error.message:
        parts.append(error.message[:200])
    return " · ".join(parts)
