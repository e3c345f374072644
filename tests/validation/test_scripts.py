"""Look-alike letters: a Cyrillic а among Latin letters is refused in an e-mail address,
while addresses written in one alphabet, and people's names, are left alone."""

from __future__ import annotations

import pytest

from posapp.validation import FieldState, validate_email, validate_name
from posapp.validation import messages as m
from posapp.validation.email import SUGGESTION
from posapp.validation.scripts import LOOKALIKES, OddLetter, latinised, odd_letter, script_of


@pytest.mark.parametrize(
    ("letter", "script"),
    [
        ("a", "Latin"), ("Å", "Latin"), ("ø", "Latin"), ("æ", "Latin"), ("ß", "Latin"),
        ("ü", "Latin"), ("é", "Latin"), ("ı", "Latin"), ("ª", "Latin"),
        ("\u0430", "Cyrillic"), ("ж", "Cyrillic"), ("\u03bf", "Greek"), ("µ", "Greek"),
        ("日", "Han"), ("あ", "Hiragana"), ("カ", "Katakana"), ("한", "Hangul"),
        ("ㄅ", "Bopomofo"), ("ب", "Arabic"), ("א", "Hebrew"), ("क", "Devanagari"),
        ("1", None), ("-", None), (".", None), ("\u0301", None), ("ʼ", None), ("_", None),
    ],
)
def test_script_of(letter: str, script: str | None) -> None:
    assert script_of(letter) == script


def test_every_lookalike_is_cyrillic_or_greek_and_maps_to_latin() -> None:
    for letter, latin in LOOKALIKES.items():
        assert script_of(letter) in ("Cyrillic", "Greek"), letter
        assert script_of(latin) == "Latin" and latin.isascii(), letter


@pytest.mark.parametrize(
    ("units", "odd"),
    [
        (["\u0430nna"], OddLetter("\u0430", "Cyrillic")),
        (["anna", "gm\u0430il", "com"], OddLetter("\u0430", "Cyrillic")),
        (["anna", "gmail", "\u0441\u043em"], OddLetter("\u0441", "Cyrillic")),  # "соm"
        (["\u0435\u0445\u0440\u0435\u0441", "gmail", "com"], OddLetter("\u0435", "Cyrillic")),
        (["\u03bfla", "example", "se"], OddLetter("\u03bf", "Greek")),
        (["annaж"], OddLetter("ж", "Cyrillic")),
        (["ивaн", "пример", "рф"], OddLetter("a", "Latin")),  # a Latin a among Cyrillic
        (["anna\u05d0"], OddLetter("\u05d0", "Hebrew")),
    ],
)
def test_odd_letters_are_found(units: list[str], odd: OddLetter) -> None:
    assert odd_letter(units) == odd


@pytest.mark.parametrize(
    "units",
    [
        ["anna", "gmail", "com"],
        ["jörg", "bücher", "de"],
        ["ævar", "ø", "dk"],
        ["åsa", "örebro", "se"],
        ["анна", "пример", "рф"],  # all Cyrillic
        ["анна", "mail", "ru"],  # Cyrillic before @, Latin after: each part is one script
        ["anna", "пример", "com"],  # a Cyrillic name under .com (not only look-alikes)
        ["\u0435\u0445\u0440\u0435\u0441", "\u0440\u0444"],  # look-alikes, but no Latin
        ["ελληνικά", "gr"],
        ["θεόδωρος", "παράδειγμα", "ελ"],
        ["田中さん", "例え", "jp"],  # Japanese: Han + Hiragana
        ["tanakaさん", "example", "jp"],  # Latin + Japanese is in use
        ["김철수", "example", "kr"],
        ["user", "例子", "广告"],
        ["", ""],
        ["123", "456"],
    ],
)
def test_one_alphabet_per_part_is_fine(units: list[str]) -> None:
    assert odd_letter(units) is None


@pytest.mark.parametrize(
    ("unit", "latin"),
    [
        ("gm\u0430il", "gmail"),
        ("\u0441\u043em", "com"),
        ("\u0410NNA", "ANNA"),
        ("анна", "анна"),  # not a slip: н has no Latin twin
        ("anna", "anna"),
        ("annaж", "annaж"),
    ],
)
def test_latinised(unit: str, latin: str) -> None:
    assert latinised(unit) == latin


# --- through the validators -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "message", "letter", "suggestion"),
    [
        ("\u0430nna@gmail.com", m.EMAIL_CYRILLIC_LETTER, "\u0430", "anna@gmail.com"),
        ("anna@gm\u0430il.com", m.EMAIL_CYRILLIC_LETTER, "\u0430", "anna@gmail.com"),
        ("anna@gmail.\u0441\u043em", m.EMAIL_CYRILLIC_LETTER, "\u0441", "anna@gmail.com"),
        ("anna@xn--gmil-63d.com", m.EMAIL_CYRILLIC_LETTER, "\u0430", None),  # "gmаil" as IDNA
        ("\u0410NNA@Example.se", m.EMAIL_CYRILLIC_LETTER, "\u0410", "ANNA@example.se"),
        ("\u03bfla@example.se", m.EMAIL_GREEK_LETTER, "\u03bf", "ola@example.se"),
        ("anna@shop.\u03bfrg", m.EMAIL_GREEK_LETTER, "\u03bf", "anna@shop.org"),
        ("annaж@example.se", m.EMAIL_CYRILLIC_LETTER, "ж", None),  # no Latin twin
        ("ивaн@пример.рф", m.EMAIL_OTHER_ALPHABET, "a", None),
        ("anna\u05d0@example.se", m.EMAIL_OTHER_ALPHABET, "\u05d0", None),
        ("\u0430nna@gmial.com", m.EMAIL_CYRILLIC_LETTER, "\u0430", "anna@gmail.com"),
    ],
)
def test_lookalike_letters_are_refused_and_named(
    typed: str, message: str, letter: str, suggestion: str | None
) -> None:
    result = validate_email(typed)
    assert result.state is FieldState.INVALID
    assert result.message == message
    assert result.args == {"letter": letter}
    assert result.derived.get(SUGGESTION) == suggestion


@pytest.mark.parametrize("typed", ["\u0430nna", "\u0430nna@", "anna@gm\u0430il", "anna@gm\u0430"])
def test_refused_while_typing(typed: str) -> None:
    """Typing more cannot fix a look-alike letter: refused at once, not "incomplete"."""
    assert validate_email(typed).state is FieldState.INVALID


@pytest.mark.parametrize(
    "typed",
    [
        "анна@пример.рф",
        "анна@mail.ru",
        "jörg@bücher.de",
        "åsa.öberg@exempel.se",
        "søren.ærø@eksempel.dk",
        "zoë@éxample.fr",
        "θεόδωρος@παράδειγμα.ελ",
        "user@例子.广告",
        "anna@xn--p1ai.xn--p1ai",
        "anna@пример.com",
    ],
)
def test_international_addresses_in_one_alphabet_are_valid(typed: str) -> None:
    result = validate_email(typed)
    assert result.state is FieldState.VALID, result.text()
    assert SUGGESTION not in result.derived


@pytest.mark.parametrize(
    "name",
    [
        "\u0410nna",  # Cyrillic А among Latin letters
        "Анна-Lena",
        "Σοφία Andersson",
        "山田 Anna",
        "O'Brien",
    ],
)
def test_names_may_mix_alphabets(name: str) -> None:
    """People's names are written as their owners write them: no script rule for names."""
    result = validate_name(name)
    assert result.state is FieldState.VALID
    assert result.value == name
