"""countryCode: the ISO 3166-1 list, its names in the UI languages, and the picker search.

Engage uses countryCode to choose the language of every message to the customer, so the
form offers a searchable picker instead of free text. Names come from CLDR via babel.
CLDR also names territories that are not ISO 3166-1 countries (EU, UN, "ZZ" unknown,
pseudo-locales XA/XB, Kosovo's user-assigned XK, and exceptionally reserved codes such as
Canary Islands IC); those are left out, leaving exactly the 249 officially assigned codes.

Sorting: without ICU there is no real collation, so names are compared on an accent- and
case-folded key in which the letters that Nordic alphabets put after Z stay after Z
(å ä ö in Swedish and Finnish, æ ø å in Norwegian and Danish).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from posapp.i18n import LANGUAGES
from posapp.validation import messages
from posapp.validation.result import (
    EMPTY,
    FieldResult,
    incomplete,
    invalid,
    too_long,
    valid,
)
from posapp.validation.text import FOLD_LETTERS, MAX_RAW_LENGTH, clean_input, fold

# CLDR territories with letter codes that are not officially assigned ISO 3166-1 codes.
NOT_ISO_3166 = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
)
_CODE = re.compile(r"[A-Z]{1,2}")

# Letters that sort after "z", per language, and letters sorted as one of them
# (CLDR: Swedish and Finnish sort æ as ä, ø as ö, ü as y; Danish and Norwegian the reverse).
_AFTER_Z_SV = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}
_AFTER_Z_DA = {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y"}
_AFTER_Z: dict[str, dict[str, str]] = {
    "sv": _AFTER_Z_SV,
    "fi": _AFTER_Z_SV,
    "nb": _AFTER_Z_DA,
    "nn": _AFTER_Z_DA,
    "da": _AFTER_Z_DA,
}


#: The officially assigned ISO 3166-1 alpha-2 codes (249): CLDR's territories less
#: NOT_ISO_3166, written out so that checking a code (the configuration does, before the
#: first paint) loads no locale data. tests/validation/test_countries.py keeps it equal to
#: what babel's CLDR says.
ISO_3166_ALPHA2 = frozenset((
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX",
    "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ",
    "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK",
    "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
    "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR",
    "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
    "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN",
    "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
    "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV",
    "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ",
    "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI",
    "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
    "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC",
    "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV",
    "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR",
    "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
))


def cldr_country_codes() -> frozenset[str]:
    """The same codes straight from CLDR (babel): what :data:`ISO_3166_ALPHA2` is checked
    against."""
    from babel import Locale

    return frozenset(
        code
        for code in Locale("en").territories
        if isinstance(code, str) and len(code) == 2 and code.isalpha()
    ) - NOT_ISO_3166


def _language(language: str) -> str:
    base = re.split(r"[-_]", language.strip(), maxsplit=1)[0].lower()
    return "nb" if base == "no" else base


def _sort_key(name: str, language: str) -> tuple[str, str, str]:
    """A collation key good enough for a country list (see the module docstring)."""
    special = _AFTER_Z.get(language, {})
    out: list[str] = []
    for ch in name.casefold():
        if ch in special:
            out.append(special[ch])
            continue
        for part in unicodedata.normalize("NFD", ch):
            if not unicodedata.combining(part):
                out.append(FOLD_LETTERS.get(part, part))
    return ("".join(out), name.casefold(), name)


def country_names(language: str) -> list[tuple[str, str]]:
    """``(code, name)`` for every ISO country, named and sorted for ``language``.

    ``language`` is a UI language (sv, fi, nb, da, en; "sv_SE" and "no" work too). An
    unknown language falls back to English rather than leaving the picker empty. The sorted
    list is built once per language; each call returns a fresh copy, so a caller that
    filters or reorders it cannot corrupt the cache.
    """
    return list(_sorted_countries(_language(language)))


def country_name(code: str, language: str) -> str:
    """The country ``code`` names, in ``language``; the code itself when it names none."""
    return _names_by_code(_language(language)).get(code.upper(), code)


@lru_cache(maxsize=16)
def _names_by_code(language: str) -> dict[str, str]:
    return dict(_sorted_countries(language))


#: The UI languages' sorted country lists, computed from CLDR ahead of time
#: (:func:`packaged_names`): reading one is ~1 ms, where babel's import, its locale data
#: and the sort took ~25 ms of the till's start-up. tests/validation/test_countries.py
#: keeps the file equal to what babel says.
PACKAGED_NAMES = Path(__file__).resolve().parent.parent / "resources" / "country_names.json"


@lru_cache(maxsize=16)
def _sorted_countries(language: str) -> tuple[tuple[str, str], ...]:
    table = _packaged_tables().get(language) if language in LANGUAGES else None
    if table is not None:
        return tuple((str(code), str(name)) for code, name in table)
    return cldr_country_names(language)  # another language, or a broken install


@lru_cache(maxsize=1)
def _packaged_tables() -> dict[str, list[list[str]]]:
    """resources/country_names.json, read once (a kiosk switches among five languages)."""
    try:
        tables = json.loads(PACKAGED_NAMES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return tables if isinstance(tables, dict) else {}


def cldr_country_names(language: str) -> tuple[tuple[str, str], ...]:
    """The sorted list for ``language`` straight from CLDR (babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        language, locale = "en", Locale("en")
    own = locale.territories
    names = [(code, str(own.get(code) or _english_name(code))) for code in ISO_3166_ALPHA2]
    names.sort(key=lambda item: _sort_key(item[1], language))
    return tuple(names)


def packaged_names() -> dict[str, list[tuple[str, str]]]:
    """What resources/country_names.json holds: CLDR's sorted list per UI language.

    Regenerate after upgrading babel:
    ``python -c "from posapp.validation.countries import write_packaged_names as w; w()"``
    """
    return {language: list(cldr_country_names(language)) for language in LANGUAGES}


def write_packaged_names() -> None:
    """Write :func:`packaged_names` to resources/country_names.json."""
    blocks = []
    for language, table in packaged_names().items():
        rows = ",\n".join("  " + json.dumps(list(pair), ensure_ascii=False) for pair in table)
        blocks.append(f"{json.dumps(language)}: [\n{rows}\n]")
    PACKAGED_NAMES.write_text("{\n" + ",\n".join(blocks) + "\n}\n", encoding="utf-8")


def _english_name(code: str) -> str:
    """The English name, for a country the UI language's CLDR data does not name."""
    from babel import Locale

    return str(Locale("en").territories.get(code) or code)


def country_matches(query: str, code: str, name: str) -> bool:
    """Does the picker's search text match this country?

    True for the code itself ("se", "SE") or when the query starts any word of the name
    ("kon" finds "Demokratiska republiken Kongo"), ignoring case and accents ("ost" finds
    "Österrike"). An empty query matches everything.
    """
    wanted = fold(query)
    if not wanted:
        return True
    if wanted == fold(code):
        return True
    folded = fold(name)
    if folded.startswith(wanted):
        return True
    start = folded.find(wanted, 1)
    while start != -1:
        if not folded[start - 1].isalnum():
            return True
        start = folded.find(wanted, start + 1)
    return False


def validate_country_code(text: str) -> FieldResult:
    """A real ISO 3166-1 alpha-2 code; lower case is accepted and sent upper-case."""
    if len(text) > MAX_RAW_LENGTH:
        return too_long()
    code = clean_input(text).upper()
    if not code:
        return EMPTY
    if not _CODE.fullmatch(code):
        return invalid(messages.COUNTRY_TWO_LETTERS)
    codes = ISO_3166_ALPHA2
    if len(code) == 1:
        if any(known.startswith(code) for known in codes):
            return incomplete(messages.COUNTRY_TWO_LETTERS)
        return invalid(messages.COUNTRY_UNKNOWN)
    if code not in codes:
        return invalid(messages.COUNTRY_UNKNOWN)
    return valid(code)
