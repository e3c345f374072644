"""Turning whatever landed in a text field into plain text the validators can reason about.

Cashiers paste from e-mails, PDFs, web pages and phones: numbers arrive with non-breaking
spaces, en dashes, full-width digits (Asian IMEs) and invisible zero-width characters.
Every validator starts with :func:`clean_input`, so none of them has to think about it.

One rule for digits: every decimal digit of any script (Unicode category Nd: Arabic-Indic
٠-٩, Persian ۰-۹, Devanagari ०-९, Bengali, Thai, full-width ０-９ …) becomes the ASCII digit
of the same value, in every field. A phone number, personal identity number, postcode,
date or card number typed on a Persian or Hindi keyboard then reads exactly as with ASCII
digits, and no library behind a validator (phonenumbers, python-stdnum, ``int``) ever
sees a digit that is not ASCII. Where digits are not allowed (names) they are refused as
ASCII digits are; inside free text (a street written in Arabic, an e-mail address) they
become ASCII as well, since Engage, receipts and label printers read ASCII digits.
Numerals that are not positional decimal digits (Ethiopic ፩, Roman Ⅻ, fractions) are not
digits: NFKC spells out the ones it can ("Ⅻ" → "XII", "½" → "1⁄2"); the rest are refused
where a digit is expected and kept as typed in free text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Longer raw input than this is refused before any work: no field legitimately needs it,
# and a 10 000-character paste must not cost time on every keystroke.
MAX_RAW_LENGTH = 1000

# Dash-like characters that are not in Unicode category Pd (which is handled generally).
_EXTRA_DASHES = frozenset("\u2212\u2043\u02d7\u2796\ufe63\uff0d")
# Line and paragraph breaks and tabs in pasted text mean "space" here.
_ASCII_SPACES = frozenset("\t\n\r\x0b\x0c")

_ASCII_DIGITS = "0123456789"

# Letters with no decomposition to an ASCII base letter, and what folding makes of them.
FOLD_LETTERS = {"æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "œ": "oe"}


def clean_input(text: str) -> str:
    """Normalise pasted or typed text: NFKC, decimal digits of every script → ASCII
    digits, Unicode spaces → space, dashes → "-", zero-width and control characters
    removed, ends stripped.

    Never raises on any ``str`` (lone surrogates, emoji, control characters included).
    Interior runs of spaces are kept: each validator decides what spaces mean.
    """
    if not isinstance(text, str):  # defensive: a None from a widget must not crash the till
        return ""
    if text.isascii() and text.isprintable():
        return text.strip()  # the common case, and NFKC leaves printable ASCII unchanged
    text = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for ch in text:
        if ch < "\x80":
            if ch.isprintable():
                out.append(ch)
            elif ch in _ASCII_SPACES:
                out.append(" ")
            continue  # other ASCII control characters: dropped
        category = unicodedata.category(ch)
        if category == "Nd":
            out.append(_ASCII_DIGITS[unicodedata.decimal(ch)])
        elif category == "Pd" or ch in _EXTRA_DASHES:
            out.append("-")
        elif category in ("Zs", "Zl", "Zp") or ch == "\x85":
            out.append(" ")
        elif category in ("Cc", "Cf", "Cs"):
            continue  # controls, zero-width/format characters, lone surrogates
        else:
            out.append(ch)
    return "".join(out).strip()


def collapse_spaces(text: str) -> str:
    """Runs of spaces become one space (names and addresses pasted with double spaces)."""
    return " ".join(text.split())


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching: "Österrike" → "osterrike".

    Cached because the country picker folds the same ~250 names on every keystroke.
    """
    text = clean_input(text).casefold()
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        out.append(FOLD_LETTERS.get(ch, ch))
    return "".join(out)
