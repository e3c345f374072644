"""clean_input: what pasted text looks like once every validator has cleaned it."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from posapp.validation import clean_input
from posapp.validation.text import collapse_spaces, fold


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("  070-174 06 05  ", "070-174 06 05"),
        ("070\u00a0174\u00a006\u00a005", "070 174 06 05"),  # no-break space (Word, web)
        ("070\u202f174\u202f06\u202f05", "070 174 06 05"),  # narrow no-break space
        ("070\u2009174", "070 174"),  # thin space
        ("070\u3000174", "070 174"),  # ideographic space
        ("\uff10\uff17\uff10\uff11\uff17\uff14", "070174"),  # full-width digits
        ("\uff0b\uff14\uff16", "+46"),  # full-width plus
        ("\u0660\u0667\u0660", "070"),  # Arabic-Indic digits
        ("\u06f0\u06f7\u06f0", "070"),  # Extended Arabic-Indic (Persian, Urdu) digits
        ("\u0966\u096d\u0966", "070"),  # Devanagari digits
        ("\u09e6\u0e57\U0001d7ce", "070"),  # Bengali, Thai, mathematical bold
        ("Storgatan \u0661\u0662", "Storgatan 12"),
        ("\u1369\u2160", "\u1369I"),  # Ethiopic ፩ is no decimal digit; Roman Ⅰ → "I"
        ("20000101\u20132384", "20000101-2384"),  # en dash
        ("20000101\u20142384", "20000101-2384"),  # em dash
        ("20000101\u22122384", "20000101-2384"),  # minus sign
        ("20000101\u20112384", "20000101-2384"),  # non-breaking hyphen
        ("20000101\u20102384", "20000101-2384"),  # hyphen
        ("20000101\u20122384", "20000101-2384"),  # figure dash
        ("20000101\ufe632384", "20000101-2384"),  # small hyphen-minus
        ("070\u200b174\u200c06\u200d05\u2060", "0701740605"),  # zero-width characters
        ("\ufeffanna@example.com", "anna@example.com"),  # byte-order mark
        ("An\u00adna", "Anna"),  # soft hyphen is invisible
        ("\u200eAnna\u200f", "Anna"),  # direction marks
        ("070\t174\n06\r05", "070 174 06 05"),
        ("a\x00b\x07c\x1bd", "abcd"),  # control characters
        ("a\u2028b\u2029c\x85d", "a b c d"),  # line/paragraph separators, NEL
        ("Zoe\u0308", "Zoë"),  # NFKC composes
        ("\ufb01ne", "fine"),  # ligature
        ("", ""),
        ("   ", ""),
    ],
)
def test_clean_input(raw: str, cleaned: str) -> None:
    assert clean_input(raw) == cleaned


def test_every_unicode_dash_becomes_hyphen_minus() -> None:
    dashes = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Pd"]
    assert len(dashes) > 20
    for dash in dashes:
        assert clean_input(f"1{dash}2") == "1-2", hex(ord(dash))


def test_every_unicode_decimal_digit_becomes_its_ascii_digit() -> None:
    digits = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Nd"]
    assert len(digits) > 600  # 60+ scripts' digit sets
    for digit in digits:
        assert clean_input(f"1{digit}2") == f"1{unicodedata.decimal(digit)}2", hex(ord(digit))


def test_every_unicode_space_becomes_space() -> None:
    spaces = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp")
    ]
    for space in spaces:
        assert clean_input(f"1{space}2") == "1 2", hex(ord(space))


@pytest.mark.parametrize(
    "raw",
    ["\ud800", "a\udfffb", "\U0001f600" * 50, "\x00" * 100, "\u0301" * 50, "\ufdfa" * 200],
)
def test_never_raises_on_odd_strings(raw: str) -> None:
    result = clean_input(raw)
    assert isinstance(result, str)
    assert "\ud800" not in result and "\udfff" not in result  # lone surrogates removed


def test_a_long_paste_is_cleaned_whole() -> None:
    """How long it takes is a figure: ``python -m tests.benchmarks --only validation``."""
    cleaned = clean_input("\u00a07\u2013" * 10_000)
    assert cleaned == " ".join(["7-"] * 10_000)


def test_not_a_string_is_blank() -> None:
    assert clean_input(None) == ""  # type: ignore[arg-type]


def test_collapse_spaces() -> None:
    assert collapse_spaces("Anna   Maria  Ek") == "Anna Maria Ek"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Österrike", "osterrike"),
        ("ÅLAND", "aland"),
        ("Østrig", "ostrig"),
        ("Færøerne", "faeroerne"),
        ("Curaçao", "curacao"),
        ("Straße", "strasse"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded
