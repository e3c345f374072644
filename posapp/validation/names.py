"""firstName / lastName: letters of any script plus the punctuation real names use.

"Anna-Lena", "O'Brien", "St. John", "Åsa", "Ng", "Zoë" are names; "4nna" and "Anna!" are
typing mistakes, and a name is what the receipt and the e-mails will greet the customer
with, so digits and symbols are refused rather than sent.
"""

from __future__ import annotations

import unicodedata

from posapp.validation import messages
from posapp.validation.result import EMPTY, FieldResult, invalid, too_long, valid
from posapp.validation.text import MAX_RAW_LENGTH, clean_input, collapse_spaces

MAX_NAME_LENGTH = 50
# Besides letters: space, hyphen, apostrophes (typewriter, typographic, modifier), period.
_NAME_PUNCTUATION = frozenset(" -'’ʼ.")


def validate_name(text: str) -> FieldResult:
    """Trimmed, inner spaces collapsed, 1–50 characters, at least one letter."""
    if len(text) > MAX_RAW_LENGTH:
        return too_long(MAX_NAME_LENGTH)
    name = collapse_spaces(clean_input(text))
    if not name:
        return EMPTY
    has_letter = False
    for ch in name:
        category = unicodedata.category(ch)
        if category[0] == "L":
            has_letter = True
        elif category[0] != "M" and ch not in _NAME_PUNCTUATION:  # M: combining accents
            return invalid(messages.NAME_CHARACTERS)
    if len(name) > MAX_NAME_LENGTH:
        return too_long(MAX_NAME_LENGTH)
    if not has_letter:
        return invalid(messages.NAME_NEEDS_LETTER)
    return valid(name, display=name)
