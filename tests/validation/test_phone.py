"""mobilePhone: formats a cashier meets, regions, partial numbers, and the prefix matcher."""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest
from phonenumbers import PhoneMetadata, PhoneNumberType

from posapp.validation import FieldState
from posapp.validation import messages as m
from posapp.validation.phone import validate_phone
from posapp.validation.prefix import could_complete, full_match

SWEDISH_TEST_MOBILE = "+46701740605"  # reserved for fiction: +46 70 174 06 05 … 99


@pytest.mark.parametrize(
    "typed",
    [
        "070-174 06 05",
        "070 174 06 05",
        "0701740605",
        "070/174.06.05",
        "(070) 174 06 05",
        "70 174 06 05",  # trunk 0 left out
        "0\uff17\uff10-174 06 05",  # full-width digits
        "070\u2013174\u00a006\u00a005",  # en dash and no-break spaces
    ],
)
def test_swedish_local_forms(typed: str) -> None:
    result = validate_phone(typed, "SE")
    assert result.state is FieldState.VALID
    assert result.value == SWEDISH_TEST_MOBILE
    assert result.display == "070-174 06 05"
    assert result.message == ""


@pytest.mark.parametrize(
    "typed",
    [
        "+46 70 174 06 05",
        "+46701740605",
        "+46 (0)70-174 06 05",
        "+46070 174 06 05",  # trunk 0 kept after the country code
        "0046701740605",
        "00 46 70 174 06 05",
        "46701740605",  # decision: the till's own country code without "+" is read as such
    ],
)
def test_swedish_international_forms(typed: str) -> None:
    result = validate_phone(typed, "SE")
    assert result.state is FieldState.VALID
    assert result.value == SWEDISH_TEST_MOBILE
    assert result.display == "+46 70 174 06 05"


def test_whole_fictional_range_is_valid() -> None:
    for last in range(5, 100):
        result = validate_phone(f"070-174 06 {last:02d}", "SE")
        assert result.value == f"+467017406{last:02d}"


def test_finnish_mobile_in_finland() -> None:
    result = validate_phone("040 123 4567", "FI")
    assert result.state is FieldState.VALID
    assert result.value == "+358401234567"
    assert result.display == "040 1234567"  # phonenumbers' national format for Finland


@pytest.mark.parametrize(
    ("typed", "region", "value"),
    [
        ("+358 40 123 4567", "SE", "+358401234567"),
        ("00358 40 123 4567", "SE", "+358401234567"),
        ("+46 70 174 06 05", "FI", SWEDISH_TEST_MOBILE),
        ("+47 412 34 567", "DK", "+4741234567"),
        ("+1 650 253 0000", "SE", "+16502530000"),  # FIXED_LINE_OR_MOBILE in the US
        ("+44 7400 123456", "NO", "+447400123456"),
    ],
)
def test_foreign_numbers_with_plus(typed: str, region: str, value: str) -> None:
    result = validate_phone(typed, region)
    assert result.state is FieldState.VALID
    assert result.value == value
    assert result.display is not None and result.display.startswith("+")


def test_local_number_of_another_region_is_shown_internationally() -> None:
    result = validate_phone("0701740605", "SE")
    assert result.display == "070-174 06 05"
    result = validate_phone("+46701740605", "FI")
    assert result.display == "+46 70 174 06 05"


def test_region_is_case_insensitive() -> None:
    assert validate_phone("0701740605", "se").value == SWEDISH_TEST_MOBILE


@pytest.mark.parametrize("region", ["AQ", "ZZ", "", "XX", "sweden"])
def test_region_without_metadata_requires_plus(region: str) -> None:
    assert validate_phone("0701740605", region).state is FieldState.INVALID
    assert validate_phone("0701740605", region).message == m.PHONE_NEEDS_PLUS
    assert validate_phone("(", region).state is FieldState.INCOMPLETE
    assert validate_phone("+46 70 174 06 05", region).value == SWEDISH_TEST_MOBILE


@pytest.mark.parametrize(
    "typed", ["08-123 456 78", "+46 8 123 456 78", "031-123 45 67", "020-123 456"]
)
def test_fixed_lines_and_others_are_not_mobile(typed: str) -> None:
    result = validate_phone(typed, "SE")
    assert result.state is FieldState.INVALID
    assert result.message == m.PHONE_NOT_MOBILE


def test_landline_is_flagged_while_typing() -> None:
    # Stockholm numbers start 08; no Swedish mobile does, so say so early.
    assert validate_phone("08-12", "SE").message == m.PHONE_NOT_MOBILE
    assert validate_phone("071", "SE").state is FieldState.INVALID  # 071 is not a mobile range


@pytest.mark.parametrize(
    ("typed", "region", "args"),
    [
        ("0", "SE", {"digits": 9}),
        ("07", "SE", {"digits": 8}),
        ("070-174", "SE", {"digits": 4}),
        ("070-174 06 0", "SE", {"digits": 1}),
        ("+46", "SE", {"digits": 9}),
        ("+46 70", "SE", {"digits": 7}),
        ("4670174", "SE", {"digits": 4}),  # on its way to 46701740605
        ("04", "FI", {"digits": 5}),  # Finnish mobiles are 6–10 digits long
    ],
)
def test_incomplete_says_how_many_digits(typed: str, region: str, args: dict[str, int]) -> None:
    result = validate_phone(typed, region)
    assert result.state is FieldState.INCOMPLETE
    assert dict(result.args) == args
    assert result.text()  # formats without error


@pytest.mark.parametrize("typed", ["+", "+4", "00", "(", "-"])
def test_incomplete_without_a_count(typed: str) -> None:
    assert validate_phone(typed, "SE").state is FieldState.INCOMPLETE


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("07017406051", m.PHONE_TOO_MANY_DIGITS),
        ("+46 70 174 06 05 5", m.PHONE_TOO_MANY_DIGITS),
        ("070-ABC 06 05", m.PHONE_CHARACTERS),
        ("070abc", m.PHONE_CHARACTERS),  # phonenumbers would read letters as keypad digits
        ("070#174", m.PHONE_CHARACTERS),
        ("070+174", m.PHONE_PLUS_FIRST),
        ("++46", m.PHONE_PLUS_FIRST),
        ("+0 123", m.PHONE_UNKNOWN_COUNTRY_CODE),
        ("+999 123 456", m.PHONE_UNKNOWN_COUNTRY_CODE),
        ("1" * 18, m.PHONE_TOO_MANY_DIGITS),
        ("358401234567", m.PHONE_FOREIGN_HINT),  # Finnish number without "+" at a Swedish till
        ("7" * 41, m.TOO_LONG),
        ("7" * 10_000, m.TOO_LONG),
    ],
)
def test_invalid(typed: str, message: str) -> None:
    result = validate_phone(typed, "SE")
    assert result.state is FieldState.INVALID
    assert result.message == message
    assert result.value is None


def test_empty() -> None:
    assert validate_phone("", "SE").state is FieldState.EMPTY
    assert validate_phone(" \u00a0\u200b ", "SE").state is FieldState.EMPTY


def _example_mobiles() -> list[tuple[str, phonenumbers.PhoneNumber]]:
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        number = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        if number is not None:
            found.append((region, number))
    return found


def test_every_regions_example_mobile_is_valid_and_every_prefix_incomplete() -> None:
    """No plausible prefix of a real mobile number is ever flagged as an error."""
    checked = 0
    for region, number in _example_mobiles():
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert validate_phone(e164, "SE").value == e164, region
        assert validate_phone(national, region).value == e164, region
        for end in range(1, len(e164)):
            result = validate_phone(e164[:end], "SE")
            assert result.state is not FieldState.INVALID, (region, e164[:end], result)
        checked += 1
    assert checked > 200


def test_example_fixed_lines_are_not_mobile() -> None:
    # Not DK: Danish numbers are FIXED_LINE_OR_MOBILE (no separate ranges), so accepted.
    for region in ("SE", "FI", "NO", "DE", "GB", "FR", "NL"):
        number = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
        assert number is not None
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        assert validate_phone(e164, "SE").message == m.PHONE_NOT_MOBILE, region


# --- the prefix matcher behind "plausible prefix" --------------------------------------


def _metadata_patterns() -> list[str]:
    patterns = set()
    for region in phonenumbers.SUPPORTED_REGIONS:
        meta = PhoneMetadata.metadata_for_region(region)
        assert meta is not None
        for desc in (meta.mobile, meta.fixed_line, meta.general_desc):
            if desc is not None and desc.national_number_pattern:
                patterns.add(desc.national_number_pattern)
    return sorted(patterns)


def test_prefix_matcher_agrees_with_re_on_every_metadata_pattern() -> None:
    rng = random.Random(20261125)
    for pattern in _metadata_patterns():
        compiled = re.compile(pattern)
        for _ in range(40):
            digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 12)))
            assert full_match(pattern, digits) == bool(compiled.fullmatch(digits)), pattern
            if compiled.fullmatch(digits):
                for end in range(len(digits) + 1):
                    assert could_complete(pattern, digits[:end]), (pattern, digits, end)


@pytest.mark.parametrize(
    ("pattern", "digits", "expected"),
    [
        (r"7[02369]\d{7}", "", True),
        (r"7[02369]\d{7}", "7", True),
        (r"7[02369]\d{7}", "70", True),
        (r"7[02369]\d{7}", "71", False),
        (r"7[02369]\d{7}", "701740605", True),
        (r"7[02369]\d{7}", "7017406051", False),
        (r"(?:4[0-8]|50)\d{4,8}", "50", True),
        (r"(?:4[0-8]|50)\d{4,8}", "49", False),
        (r"3(?:50[1-9]|7)\d{3}", "350", True),
        (r"3(?:50[1-9]|7)\d{3}", "3500", False),
        (r"[^0]\d", "0", False),
        (r"(?=1)1", "1", True),  # unsupported lookahead: answers "could still match"
    ],
)
def test_prefix_matcher_cases(pattern: str, digits: str, expected: bool) -> None:
    assert could_complete(pattern, digits) is expected


def test_one_digit_short_of_the_shortest_length_is_said_in_the_singular() -> None:
    result = validate_phone("040123", "FI")  # Finnish mobiles have 7 to 10 digits
    assert result.message == m.AT_LEAST_ONE_MORE_DIGIT
    assert result.text() == "Enter at least 1 more digit"
