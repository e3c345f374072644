"""The countryCode picker: which countries, their names, their order, the search."""

from __future__ import annotations

import pytest

from posapp.i18n import LANGUAGES as UI_LANGUAGES
from posapp.validation import country_matches, country_names
from posapp.validation.countries import ISO_3166_ALPHA2, NOT_ISO_3166, _sorted_countries


def test_exactly_the_249_iso_codes() -> None:
    codes = ISO_3166_ALPHA2
    assert len(codes) == 249
    assert {"SE", "FI", "NO", "DK", "IS", "AX", "FO", "GL", "AQ", "BV", "UM", "SJ"} <= codes
    assert not codes & NOT_ISO_3166
    assert all(len(code) == 2 and code.isalpha() and code.isupper() for code in codes)


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_every_ui_language_names_every_country(language: str) -> None:
    names = country_names(language)
    assert {code for code, _ in names} == ISO_3166_ALPHA2
    assert all(name and name != code for code, name in names)


@pytest.mark.parametrize(
    ("language", "code", "name"),
    [
        ("sv", "SE", "Sverige"),
        ("fi", "SE", "Ruotsi"),
        ("nb", "SE", "Sverige"),
        ("da", "SE", "Sverige"),
        ("en", "SE", "Sweden"),
        ("sv", "AT", "Österrike"),
        ("fi", "FI", "Suomi"),
        ("da", "AT", "Østrig"),
    ],
)
def test_names_are_in_the_ui_language(language: str, code: str, name: str) -> None:
    assert dict(country_names(language))[code] == name


def _position(language: str, code: str) -> int:
    return [c for c, _ in country_names(language)].index(code)


@pytest.mark.parametrize("language", ["sv", "fi"])
def test_swedish_and_finnish_put_a_ring_a_umlaut_o_umlaut_last(language: str) -> None:
    names = [name for _, name in country_names(language)]
    tail = [name for name in names if name[0] in "ÅÄÖ"]
    assert names[len(names) - len(tail) :] == tail
    if language == "sv":
        assert _position("sv", "AX") < _position("sv", "AT")  # Åland before Österrike
        assert _position("sv", "ZW") < _position("sv", "AX")  # Zimbabwe before Åland


@pytest.mark.parametrize("language", ["nb", "da"])
def test_norwegian_and_danish_put_ae_o_slash_a_ring_last(language: str) -> None:
    names = [name for _, name in country_names(language)]
    assert names[-1].startswith("Å")  # Åland
    assert _position(language, "AT") > _position(language, "ZW")  # Østerrike/Østrig after Z
    assert _position(language, "AT") < _position(language, "AX")  # Ø before Å


def test_english_folds_accents_and_case() -> None:
    names = [name for _, name in country_names("en")]
    assert names.index("Åland Islands") < names.index("Albania")
    assert names.index("Réunion") < names.index("Romania")
    assert names.index("Curaçao") < names.index("Cyprus")


def test_accents_fold_in_swedish_too() -> None:
    names = [name for _, name in country_names("sv")]
    assert names.index("Elfenbenskusten") < names.index("Eritrea")  # plain letters
    assert names.index("Réunion") < names.index("Rumänien")  # é sorts as e


def test_regional_variants_and_unknown_languages() -> None:
    assert country_names("sv_SE") == country_names("sv")
    assert country_names("no") == country_names("nb")
    assert dict(country_names("xx"))["SE"] == "Sweden"  # unknown → English


def test_cached_but_safe_to_modify() -> None:
    before = _sorted_countries.cache_info().hits
    first = country_names("sv")
    first.clear()  # a caller filtering in place must not empty the picker for everyone
    assert len(country_names("sv")) == 249
    assert _sorted_countries.cache_info().hits >= before + 2


@pytest.mark.parametrize(
    ("query", "code", "name", "expected"),
    [
        ("", "SE", "Sverige", True),
        ("se", "SE", "Sverige", True),
        ("SE", "SE", "Sverige", True),
        ("sve", "SE", "Sverige", True),
        ("SVE", "SE", "Sverige", True),
        ("ost", "AT", "Österrike", True),
        ("öst", "AT", "Österrike", True),
        ("ost", "AT", "Østrig", True),
        ("kongo", "CD", "Demokratiska republiken Kongo", True),
        ("rep", "CD", "Demokratiska republiken Kongo", True),
        ("united k", "GB", "United Kingdom", True),
        ("futuna", "WF", "Wallis- och Futunaöarna", True),
        ("ivoire", "CI", "Côte d’Ivoire", True),
        ("ngdom", "GB", "United Kingdom", False),  # not the start of a word
        ("s", "SE", "Ruotsi", False),  # one letter is not the code
        ("fi", "SE", "Sverige", False),
    ],
)
def test_country_matches(query: str, code: str, name: str, expected: bool) -> None:
    assert country_matches(query, code, name) is expected


def test_search_over_a_whole_list() -> None:
    found = [name for code, name in country_names("sv") if country_matches("sv", code, name)]
    assert "Sverige" in found and "Schweiz" not in found


def test_the_written_out_iso_codes_are_cldrs() -> None:
    """ISO_3166_ALPHA2 is written out (no locale data to check a code); CLDR is the truth:
    after upgrading babel, regenerate it from cldr_country_codes()."""
    from posapp.validation.countries import cldr_country_codes

    assert cldr_country_codes() == ISO_3166_ALPHA2


def test_the_packaged_country_names_are_cldrs() -> None:
    """resources/country_names.json spares the till babel at start-up; it must say what
    CLDR says (regenerate with countries.write_packaged_names after upgrading babel)."""
    import json

    from posapp.validation.countries import PACKAGED_NAMES, packaged_names

    stored = json.loads(PACKAGED_NAMES.read_text(encoding="utf-8"))
    assert stored == {lang: [list(pair) for pair in table]
                      for lang, table in packaged_names().items()}


def test_a_language_without_a_packaged_list_comes_from_cldr() -> None:
    from posapp.validation.countries import country_names

    german = dict(country_names("de"))
    assert german["SE"] == "Schweden" and len(german) == 249


def test_a_country_is_named_in_the_language_asked_for() -> None:
    from posapp.validation.countries import country_name

    assert country_name("se", "sv") == "Sverige"
    assert country_name("SE", "fi") == "Ruotsi"
    assert country_name("FI", "en") == "Finland"
    assert country_name("QQ", "sv") == "QQ"  # no such country: the code as it was
