"""The till's words for each Engage outcome, translated into the UI language.

What each failure means (can Retry help, which words) is decided once, in
``posapp/form/error_meaning.py``; this module only translates it for the dialogs (signup
form, find member). The engage package's own ``explanation`` stays English for logs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from posapp.engage import CertificateRejected, EngageError
from posapp.form.error_meaning import meaning_of
from posapp.form.error_meaning import saved_state as _saved_state

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
    return translate("ErrorTexts", _saved_state(error).value)


def error_text(error: BaseException) -> ErrorText:
    """The words for one failure, from ``posapp.form.error_meaning`` (the one table of
    what each failure means), in the UI language."""
    meaning = meaning_of(error)
    return ErrorText(
        translate("ErrorTexts", meaning.title),
        translate("ErrorTexts", meaning.happened),
        translate("ErrorTexts", meaning.advice),
        retry=meaning.retry,
        for_it=meaning.for_it,
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
