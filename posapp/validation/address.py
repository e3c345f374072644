"""street, zipCode, city: free text, so only what would break a letter or a label.

Engage documents no limits for these; the limits below are ours, generous for real
addresses and short enough for a printed address label.
"""

from __future__ import annotations

import re

from posapp.validation import messages
from posapp.validation.result import EMPTY, FieldResult, invalid, too_long, valid
from posapp.validation.text import MAX_RAW_LENGTH, clean_input, collapse_spaces

MAX_STREET_LENGTH = 100
MAX_CITY_LENGTH = 50
# Longest postcodes in use: "12345-6789" (US ZIP+4), "SW1A 1AA" (UK), "K1A 0B1" (CA).
MAX_ZIP_LENGTH = 10

# Letters and digits of any script, spaces, hyphens ("123 45", "00100", "SW1A 1AA").
_ZIP = re.compile(r"(?:[^\W_]|[ -])+")


def _free_text(text: str, limit: int) -> FieldResult:
    """Trimmed, spaces collapsed, printable, at most ``limit`` characters."""
    if len(text) > MAX_RAW_LENGTH:
        return too_long(limit)
    value = collapse_spaces(clean_input(text))
    if not value:
        return EMPTY
    if not value.isprintable():
        return invalid(messages.UNUSABLE_CHARACTERS)
    if len(value) > limit:
        return too_long(limit)
    return valid(value, display=value)


def validate_street(text: str) -> FieldResult:
    """Street address: printable text up to :data:`MAX_STREET_LENGTH` characters."""
    return _free_text(text, MAX_STREET_LENGTH)


def validate_city(text: str) -> FieldResult:
    """City: printable text up to :data:`MAX_CITY_LENGTH` characters."""
    return _free_text(text, MAX_CITY_LENGTH)


def validate_zip_code(text: str) -> FieldResult:
    """Postcode: letters, digits, spaces and hyphens, upper-cased ("sw1a 1aa" → "SW1A 1AA").

    Not checked per country: the customer's country and the till's may differ, and a
    wrong-but-plausible postcode is better fixed by a person than refused by a rule.
    """
    result = _free_text(text, MAX_ZIP_LENGTH)
    if not result.ok or result.value is None:
        return result
    if not _ZIP.fullmatch(result.value):
        return invalid(messages.ZIP_CHARACTERS)
    value = result.value.upper()
    return valid(value, display=value)
