"""What a validator answers, and the few facts about the till it needs to answer.

One immutable :class:`FieldResult` per call, so the form can compare the old and the new
result and repaint only on change. The message is a translation *template* with its
arguments kept apart, so the UI translates first and formats second.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from posapp.validation import messages


class FieldState(enum.Enum):
    """How far the cashier has got with a field."""

    # Nothing typed (blank after cleaning). Whether that is acceptable is the form's call.
    EMPTY = "empty"
    # Still typing: what is there can still become valid, so it is not an error yet.
    INCOMPLETE = "incomplete"
    # Complete and acceptable; ``value`` holds what to send to Engage.
    VALID = "valid"
    # Cannot become valid by typing more: show the message as an error.
    INVALID = "invalid"


@dataclass(frozen=True)
class FieldResult:
    """The verdict on one field's text.

    ``display`` is meant for when the field loses focus: reformatting the text while the
    cashier is still typing would move the cursor under their fingers.

    ``derived`` holds what posapp read from the text for another field (``"birthDay"``
    from a personal number; VALID results only) and what it offers in the text's place
    (``"suggestion"``: the e-mail address the typed one is a near miss of, in any state
    but EMPTY; see :mod:`posapp.validation.email_suggest`).
    """

    state: FieldState
    value: str | None = None
    display: str | None = None
    message: str = ""
    args: Mapping[str, str | int] = field(default_factory=dict, hash=False)
    derived: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def ok(self) -> bool:
        """True when the field is VALID and ``value`` can be sent."""
        return self.state is FieldState.VALID

    def text(self) -> str:
        """The message in English with its arguments filled in (logs and tests; the UI
        translates ``message`` first)."""
        return self.message.format(**self.args) if self.message else ""


@dataclass(frozen=True)
class FieldContext:
    """What the validators need to know about the till, injected so tests can pin it."""

    # The selected countryCode: local phone numbers are read in this region.
    region: str = "SE"
    # None = ``date.today()``; tests inject a fixed day.
    today: date | None = None
    # Accept Finnish temporary identity numbers (individual number 900–999): test data only.
    allow_temporary_hetu: bool = False

    def resolved_today(self) -> date:
        """The day that counts as today for "not in the future" checks."""
        return self.today if self.today is not None else date.today()


DEFAULT_CONTEXT = FieldContext()

EMPTY = FieldResult(FieldState.EMPTY)


def valid(
    value: str, display: str | None = None, derived: Mapping[str, str] | None = None
) -> FieldResult:
    """A VALID result; ``derived`` is frozen so a shared result cannot be changed."""
    return FieldResult(
        FieldState.VALID,
        value=value,
        display=display,
        derived=MappingProxyType(dict(derived)) if derived else MappingProxyType({}),
    )


def with_derived(result: FieldResult, **derived: str) -> FieldResult:
    """``result`` with more ``derived`` entries, the state and message unchanged."""
    merged = MappingProxyType({**result.derived, **derived})
    return dataclasses.replace(result, derived=merged)


def incomplete(message: str, **args: str | int) -> FieldResult:
    """An INCOMPLETE result: a hint, not an error."""
    return FieldResult(FieldState.INCOMPLETE, message=message, args=MappingProxyType(args))


def invalid(message: str, **args: str | int) -> FieldResult:
    """An INVALID result: the message says what to fix."""
    return FieldResult(FieldState.INVALID, message=message, args=MappingProxyType(args))


def more_digits(count: int, *, at_least: bool = False) -> FieldResult:
    """INCOMPLETE "Enter N more digits", with a singular form so translators get it right."""
    if count == 1:
        one = messages.AT_LEAST_ONE_MORE_DIGIT if at_least else messages.ONE_MORE_DIGIT
        return incomplete(one, digits=1)
    template = messages.AT_LEAST_MORE_DIGITS if at_least else messages.MORE_DIGITS
    return incomplete(template, digits=count)


def more_characters(count: int) -> FieldResult:
    """INCOMPLETE "Enter N more characters" (for codes that may end in a letter)."""
    if count == 1:
        return incomplete(messages.ONE_MORE_CHARACTER, count=1)
    return incomplete(messages.MORE_CHARACTERS, count=count)


def too_long(limit: int | None = None) -> FieldResult:
    """INVALID "Too long", naming the limit when there is one the cashier can act on."""
    if limit is None:
        return invalid(messages.TOO_LONG)
    return invalid(messages.TOO_LONG_MAX, max=limit)
