"""externalId, lang and gender: short codes with a fixed vocabulary or a fixed shape."""

from __future__ import annotations

import re
from functools import lru_cache

from posapp.validation import messages
from posapp.validation.result import (
    EMPTY,
    FieldResult,
    incomplete,
    invalid,
    too_long,
    valid,
)
from posapp.validation.text import MAX_RAW_LENGTH, clean_input

MAX_EXTERNAL_ID_LENGTH = 64
GENDERS = ("Male", "Female", "Other")
_LANG = re.compile(r"[a-z]{1,2}")


def validate_external_id(text: str) -> FieldResult:
    """The tenant's own customer key: printable, no spaces, 1–64 characters.

    No other rule: its format belongs to the tenant (a loyalty card number, a POS id…).
    """
    if len(text) > MAX_RAW_LENGTH:
        return too_long(MAX_EXTERNAL_ID_LENGTH)
    value = clean_input(text)
    if not value:
        return EMPTY
    if any(ch.isspace() for ch in value):
        return invalid(messages.NO_SPACES)
    if not value.isprintable():
        return invalid(messages.UNUSABLE_CHARACTERS)
    if len(value) > MAX_EXTERNAL_ID_LENGTH:
        return too_long(MAX_EXTERNAL_ID_LENGTH)
    return valid(value)


@lru_cache(maxsize=1)
def iso_language_codes() -> frozenset[str]:
    """Two-letter ISO 639-1 codes CLDR has a name for."""
    from babel import Locale  # loaded when a language code is first checked

    return frozenset(
        code
        for code in Locale("en").languages
        if isinstance(code, str) and len(code) == 2 and code.isalpha()
    )


def validate_lang(text: str) -> FieldResult:
    """A two-letter language code, sent lower-case ("SV" → "sv")."""
    if len(text) > MAX_RAW_LENGTH:
        return too_long()
    code = clean_input(text).lower()
    if not code:
        return EMPTY
    if not _LANG.fullmatch(code):
        return invalid(messages.LANG_TWO_LETTERS)
    if len(code) == 1:
        return incomplete(messages.LANG_TWO_LETTERS)
    if code not in iso_language_codes():
        return invalid(messages.LANG_UNKNOWN)
    return valid(code)


def validate_gender(text: str) -> FieldResult:
    """Male, Female or Other, as Engage spells them; any letter case is accepted."""
    if len(text) > MAX_RAW_LENGTH:
        return too_long()
    typed = clean_input(text).casefold()
    if not typed:
        return EMPTY
    for gender in GENDERS:
        if typed == gender.casefold():
            return valid(gender)
    if any(gender.casefold().startswith(typed) for gender in GENDERS):
        return incomplete(messages.GENDER_CHOICES)
    return invalid(messages.GENDER_CHOICES)
