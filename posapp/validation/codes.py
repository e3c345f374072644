"""externalId, lang and gender: short codes with a fixed vocabulary or a fixed shape."""

from __future__ import annotations

import re

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


# The two-letter ISO 639-1 codes CLDR has a name for, written out so that checking a lang
# field loads no locale data (babel and its CLDR files are ~6 MB resident in a running
# till). tests/validation/test_simple_fields.py keeps it equal to what babel's CLDR says.
ISO_639_1 = frozenset((
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy",
    "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj",
    "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht",
    "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv",
    "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky",
    "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn",
    "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny",
    "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru",
    "rw", "sa", "sc", "sd", "se", "sg", "sh", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr",
    "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr",
    "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
    "yo", "za", "zh", "zu",
))


def cldr_language_codes() -> frozenset[str]:
    """The same codes straight from CLDR (babel): what :data:`ISO_639_1` is checked against."""
    from babel import Locale

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
    if code not in ISO_639_1:
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
