"""Which alphabet a letter is from, and the letter that slipped in from the wrong one.

A Cyrillic "а" or a Greek "ο" among Latin letters looks right on the screen and on the
receipt, but no mail reaches the address and Engage answers 422. They come from a keyboard
layout left on Russian or Greek, from autocorrect, or from a paste. Refusing them at the
till, naming the letter, is the only point where someone can still ask the customer.

Scripts are read from Unicode character names ("CYRILLIC SMALL LETTER A" → Cyrillic): the
standard library knows them, and only letters of a few well-known scripts matter here.
A known limit: scripts whose names share a first word (Old Italic and Old Persian, the Tai
scripts, Linear A and B) count as one; mixing those is not a typing mistake anyone makes
at a Nordic till.

The rules follow the "highly restrictive" level of Unicode's UTS #39 (what browsers use to
spot look-alike domain names), applied to each *unit* (a part of an address that is one
word: the local part, or one label of the domain):

* a unit's letters are from one script, or from a combination real writing uses
  (Japanese: Han + Hiragana + Katakana, with Latin; Chinese: Han + Bopomofo, with Latin;
  Korean: Han + Hangul, with Latin);
* a unit written only with Cyrillic or Greek letters that look Latin ("соm", "ехрес"), in
  an address that is otherwise Latin, is as much a look-alike as a single odd letter.

Digits, punctuation, combining accents and modifier letters belong to every script.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

LATIN = "Latin"
CYRILLIC = "Cyrillic"
GREEK = "Greek"

# Character-name first words that are not the script's own name.
_NAME_TO_SCRIPT = {
    "CJK": "Han",
    "IDEOGRAPHIC": "Han",
    "MASU": "Han",
    "HENTAIGANA": "Hiragana",
    "TURNED": LATIN,
    "ROMAN": LATIN,
}
# Script combinations that real writing uses in one word (UTS #39 "highly restrictive").
_ALLOWED_MIXES = (
    frozenset({LATIN, "Han", "Hiragana", "Katakana"}),
    frozenset({LATIN, "Han", "Bopomofo"}),
    frozenset({LATIN, "Han", "Hangul"}),
)
_LETTER_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo"})

#: Cyrillic and Greek letters that look like a Latin letter in common fonts, and that letter.
LOOKALIKES: dict[str, str] = {
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s",
    "і": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ѵ": "v",
    "ү": "y",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q",
    "Ԝ": "W", "Ӏ": "I", "Ү": "Y",
    # Greek
    "α": "a", "ο": "o", "ι": "i", "ν": "v", "ρ": "p", "υ": "u", "χ": "x", "γ": "y",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip


@dataclass(frozen=True)
class OddLetter:
    """A letter from another script than the rest of its address, and that script."""

    letter: str
    script: str


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """The script of a letter ("Latin", "Cyrillic", "Greek", "Han"…); None for what
    belongs to every script (digits, punctuation, marks, modifier letters) and for
    letters without a name in this Python's Unicode data."""
    if unicodedata.category(ch) not in _LETTER_CATEGORIES:
        return None
    # Compatibility letters take their plain form's script: "µ" (micro) is Greek μ,
    # "ª" is Latin a. Validators pass text through clean_input (NFKC) anyway.
    ch = unicodedata.normalize("NFKC", ch)[:1] or ch
    name = unicodedata.name(ch, "")
    if not name:
        return None
    word = name.split(maxsplit=1)[0]
    return _NAME_TO_SCRIPT.get(word, word.title())


def _scripts(unit: str) -> list[tuple[str, str]]:
    """The unit's letters with their scripts, in order."""
    found = []
    for ch in unit:
        script = script_of(ch)
        if script is not None:
            found.append((ch, script))
    return found


def _mixed(letters: list[tuple[str, str]], main: str) -> OddLetter | None:
    """The unit's first letter outside the address's ``main`` script (or its first
    letter), if the unit mixes scripts in a way no writing does."""
    scripts = {script for _, script in letters}
    if len(scripts) < 2 or any(scripts <= allowed for allowed in _ALLOWED_MIXES):
        return None
    odd = [(ch, script) for ch, script in letters if script != main] or letters
    return OddLetter(*odd[0])


def odd_letter(units: Sequence[str]) -> OddLetter | None:
    """The first look-alike letter in an address split into ``units``, or None.

    A unit mixing scripts names its first letter outside the address's main script; a
    Cyrillic or Greek unit made only of Latin look-alikes, in an address with a Latin
    unit, names its first letter.
    """
    per_unit = [_scripts(unit) for unit in units]
    counts = Counter(script for letters in per_unit for _, script in letters)
    if not counts:
        return None
    # The address's main script has the most letters; on a tie Latin wins (a Nordic till).
    main = max(counts, key=lambda script: (counts[script], script == LATIN))
    for letters in per_unit:
        odd = _mixed(letters, main)
        if odd is not None:
            return odd
    if not any(letters and letters[0][1] == LATIN for letters in per_unit):
        return None
    for letters in per_unit:
        if letters and all(ch in LOOKALIKES for ch, _ in letters):
            ch, script = letters[0]
            return OddLetter(ch, script)
    return None


def latinised(unit: str) -> str:
    """``unit`` with its Cyrillic and Greek look-alikes written as the Latin letters they
    look like, when that leaves only Latin letters ("gmаil" → "gmail"); else unchanged
    ("анна" stays: it is Cyrillic, not a slip)."""
    if not any(ch in LOOKALIKES for ch in unit):
        return unit
    mapped = "".join(LOOKALIKES.get(ch, ch) for ch in unit)
    if all(script in (None, LATIN) for script in map(script_of, mapped)):
        return mapped
    return unit
