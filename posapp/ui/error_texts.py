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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorTexts", text)


@dataclass(frozen=True)
class ErrorText:
    """Title, what happened, and what to do next."""

    title: str
    happened: str
    advice: str
    #: Whether the dialog offers Retry.
    retry: bool
    #: Whether the detail for IT (status, code, message) is worth showing.
    for_it: bool = False


def saved_state(error: BaseException) -> str:
    """One sentence on whether the signup was saved, never a guess."""
    created = getattr(error, "created", False)
    if created is None:
        return _tr("It is not known yet whether the signup was saved. "
                   "Retry checks first, so the customer cannot be registered twice.")
    if created:
        return _tr("The signup was saved.")
    return _tr("Nothing was saved.")


def error_text(error: BaseException) -> ErrorText:
    """The words for one failure."""
    if isinstance(error, EngageTimedOut):
        return ErrorText(_tr("Engage took too long"),
                         _tr("Engage gave up on the request and rolled it back."),
                         _tr("Press Retry. If it keeps happening, carry on with the sale "
                             "and sign the customer up later."), retry=True)
    if isinstance(error, NoAnswer):
        return ErrorText(_tr("No answer from Engage"),
                         _tr("Engage did not answer in time."),
                         _tr("Press Retry. If it keeps happening, carry on with the sale "
                             "and sign the customer up later."), retry=True)
    if isinstance(error, ConnectionDropped):
        return ErrorText(_tr("Connection lost"),
                         _tr("The connection to Engage broke during the request."),
                         _tr("Press Retry. If it keeps happening, check the store's network."),
                         retry=True)
    if isinstance(error, CannotConnect):
        return ErrorText(_tr("Cannot reach Engage"),
                         _tr("posapp could not connect to Engage."),
                         _tr("Check the network cable or Wi-Fi, then press Retry. "
                             "The sale can go on without the signup."), retry=True, for_it=True)
    if isinstance(error, RateLimited):
        return ErrorText(_tr("Engage is busy"),
                         _tr("Engage received too many requests and asked posapp to wait."),
                         _tr("Wait a few seconds, then press Retry."), retry=True)
    if isinstance(error, UnreadableResponse):
        return ErrorText(_tr("Unreadable answer"),
                         _tr("The answer from Engage could not be read. A proxy or the "
                             "network may be in the way."),
                         _tr("Press Retry. If it keeps happening, tell IT the details below."),
                         retry=True, for_it=True)
    if isinstance(error, ServerError):
        return ErrorText(_tr("Engage had a problem"),
                         _tr("Engage reported an internal error."),
                         _tr("Press Retry. If it keeps happening, tell IT the details below."),
                         retry=True, for_it=True)
    if isinstance(error, BeingCreated):
        return ErrorText(_tr("Signup in progress"),
                         _tr("A signup with this key is being saved right now, perhaps at "
                             "another till."),
                         _tr("Wait a moment, then press Retry to look it up."), retry=True)
    if isinstance(error, ApiKeyRejected):
        return ErrorText(_tr("posapp is not allowed in"),
                         _tr("Engage refused posapp's API key."),
                         _tr("Tell IT: the API key of this till is wrong, expired or lacks "
                             "rights. The sale can go on without the signup."),
                         retry=False, for_it=True)
    if isinstance(error, NoData):
        return ErrorText(_tr("Nothing was sent"),
                         _tr("Engage received an empty signup."),
                         _tr("Tell IT: this is a fault in posapp."), retry=False, for_it=True)
    if isinstance(error, (InvalidFields, InvalidDraft)) and not error.fields:
        return ErrorText(_tr("Engage did not accept the signup"),
                         _tr("Engage refused the details but did not say which field."),
                         _tr("Check the details with the customer and save again. If they "
                             "look right, tell IT the details below."),
                         retry=False, for_it=True)
    if isinstance(error, (InvalidFields, InvalidDraft)):
        return ErrorText(_tr("Check the marked fields"),
                         _tr("Engage did not accept some of the fields."),
                         _tr("Correct the marked fields and save again."), retry=False)
    if isinstance(error, AlreadyMember):
        return ErrorText(_tr("Already a member"),
                         _tr("This customer is already a member."),
                         _tr("Open the member to check their details."), retry=False)
    if isinstance(error, NotFound):
        return ErrorText(_tr("No member found"), _tr("No member has this key."),
                         _tr("Check the key, or sign the customer up."), retry=False)
    if isinstance(error, MultipleMatches):
        return ErrorText(_tr("More than one member"),
                         _tr("Several members match this key."),
                         _tr("Search with a more specific key."), retry=False)
    if isinstance(error, InvalidRequest):
        return ErrorText(_tr("Check the key"), _tr("Engage did not accept the search."),
                         _tr("Check what was typed and try again."), retry=False)
    if isinstance(error, EngageError):
        return ErrorText(_tr("Engage could not do this"), _tr("Engage refused the request."),
                         _tr("Tell IT the details below."), retry=False, for_it=True)
    return ErrorText(_tr("Something went wrong"),
                     _tr("posapp ran into an unexpected fault."),
                     _tr("Nothing typed is lost. Try again; if it persists, tell IT."),
                     retry=True, for_it=True)


def details_for_it(error: BaseException) -> str:
    """Status, Engage's code and message: what support needs, nothing personal."""
    if not isinstance(error, EngageError):
        return type(error).__name__
    parts = [type(error).__name__]
    if error.status is not None:
        parts.append(f"HTTP {error.status}")
    if error.code:
        parts.append(error.code)
    if error.message:
        parts.append(error.message[:200])
    return " · ".join(parts)
