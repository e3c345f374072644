"""socialSecurityNumber: personnummer, samordningsnummer and HETU, with check digits computed
here rather than copied from documentation."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.fi import hetu as stdnum_hetu
from stdnum.se import personnummer as stdnum_personnummer

from posapp.validation import FieldResult, FieldState
from posapp.validation import messages as m
from posapp.validation.identity import validate_personal_number

from ._numbers import hetu, hetu_wrong_check, swedish, wrong_check

TODAY = date(2026, 11, 25)


def check(text: str, today: date = TODAY, *, allow_temporary_hetu: bool = False) -> FieldResult:
    return validate_personal_number(text, today=today, allow_temporary_hetu=allow_temporary_hetu)


# --- Swedish ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "200001012384",
        "20000101-2384",
        "000101-2384",
        "0001012384",
        " 20000101 2384 ",
        "20000101\u20132384",
        "\uff12\uff10\uff10\uff10\uff10\uff11\uff10\uff11\uff12\uff13\uff18\uff14",
    ],
)
def test_skatteverket_test_number_in_every_form(typed: str) -> None:
    result = check(typed)
    assert result.state is FieldState.VALID
    assert result.value == "200001012384"
    assert result.display == "20000101-2384"
    assert dict(result.derived) == {"birthDay": "2000-01-01"}


def test_second_skatteverket_test_number() -> None:
    assert check("200001022383").value == "200001022383"


def test_skatteverket_numbers_agree_with_stdnum() -> None:
    for number in ("200001012384", "200001022383"):
        assert stdnum_personnummer.is_valid(number)


def test_computed_numbers_across_centuries() -> None:
    for century, yymmdd in (("19", "850315"), ("20", "080229"), ("18", "991231")):
        number = swedish(yymmdd, "123", century=century)
        result = check(number)
        assert result.value == number
        assert result.derived["birthDay"] == f"{century}{yymmdd[:2]}-{yymmdd[2:4]}-{yymmdd[4:]}"


def test_wrong_check_digit_is_named() -> None:
    result = check(wrong_check("200001012384"))
    assert result.state is FieldState.INVALID
    assert result.message == m.PIN_CHECK_DIGIT


def test_samordningsnummer_day_plus_60() -> None:
    number = swedish("000161", "238", century="20")  # born 2000-01-01, day 01 + 60
    assert not stdnum_personnummer.is_valid(number)  # the gap in stdnum 2.2
    result = check(number)
    assert result.state is FieldState.VALID
    assert result.value == number
    assert result.display == f"{number[:8]}-{number[8:]}"
    assert result.derived["birthDay"] == "2000-01-01"
    ten = swedish("851291", "456")  # 1985-12-31
    assert check(ten).derived["birthDay"] == "1985-12-31"


@pytest.mark.parametrize("yymmdd", ["000230", "001301", "000000", "000132", "000192", "000160"])
def test_impossible_dates(yymmdd: str) -> None:
    result = check(swedish(yymmdd, "123", century="20"))
    assert result.state is FieldState.INVALID
    assert result.message == m.PIN_NO_SUCH_DATE


@pytest.mark.parametrize(
    ("typed", "today", "born"),
    [
        # No sign: the most recent date that is not in the future.
        (swedish("261124", "123"), TODAY, "2026-11-24"),
        (swedish("261125", "123"), TODAY, "2026-11-25"),  # born today
        (swedish("261126", "123"), TODAY, "1926-11-26"),  # tomorrow → a century ago
        (swedish("991231", "123"), TODAY, "1999-12-31"),
        (swedish("000101", "123", sign="-"), TODAY, "2000-01-01"),
        (swedish("000101", "123", sign="-"), date(1999, 12, 31), "1900-01-01"),
        (swedish("000229", "123"), TODAY, "2000-02-29"),
        # "+": 100 or older; the sign changes at the start of the year one turns 100.
        (swedish("000101", "123", sign="+"), TODAY, "1900-01-01"),
        (swedish("261231", "123", sign="+"), TODAY, "1926-12-31"),  # turns 100 this year
        (swedish("270101", "123", sign="+"), TODAY, "1827-01-01"),
        (swedish("261231", "123", sign="-"), TODAY, "1926-12-31"),  # sign not yet updated
    ],
)
def test_century_of_ten_digit_numbers(typed: str, today: date, born: str) -> None:
    result = check(typed, today=today)
    assert result.state is FieldState.VALID, result
    assert result.derived["birthDay"] == born
    assert result.value == born[:4] + typed.replace("-", "").replace("+", "")[2:]


def test_29_february_without_a_leap_year_in_that_century() -> None:
    # In 1999, "000229" without "+" means 1900-02-29, which never existed.
    result = check(swedish("000229", "123"), today=date(1999, 6, 1))
    assert result.message == m.PIN_NO_SUCH_DATE


def test_twelve_digits_in_the_future() -> None:
    number = swedish("301231", "123", century="20")
    assert stdnum_personnummer.is_valid(number)  # the gap: stdnum accepts a future birth
    result = check(number)
    assert result.state is FieldState.INVALID
    assert result.message == m.DATE_IN_FUTURE


def test_twelve_digits_need_a_known_century() -> None:
    assert check(swedish("000101", "123", century="17")).message == m.PIN_CENTURY
    assert check("17000101-1234").message == m.PIN_CENTURY


@pytest.mark.parametrize(
    ("typed", "args"),
    [
        ("8", {"digits": 9}),
        ("850315", {"digits": 4}),
        ("19850315", {"digits": 4}),
        ("1985031512", {"digits": 2}),  # a 12-digit number on its way, not born 2019
        ("19850315123", {"digits": 1}),
        ("850315-", {"digits": 4}),
        ("850315-12", {"digits": 2}),
        ("19850315-123", {"digits": 1}),
    ],
)
def test_incomplete_counts_digits(typed: str, args: dict[str, int]) -> None:
    result = check(typed)
    assert result.state is FieldState.INCOMPLETE
    assert dict(result.args) == args


def test_ten_digits_born_2019_when_twelve_is_impossible() -> None:
    number = swedish("191215", "123")  # 2019-12-15; as 12 digits "1912-15-…" is no date
    assert check(number).derived["birthDay"] == "2019-12-15"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("85031512345", m.PIN_WRONG_LENGTH),
        ("8503151234567", m.PIN_TOO_MANY_DIGITS),
        ("19850315-12345", m.TOO_LONG),
        ("850315-12345", m.PIN_TOO_MANY_DIGITS),
        ("850315-1234X", m.PIN_TOO_MANY_DIGITS),
        ("010594Y90320", m.PIN_TOO_MANY_DIGITS),
        ("ABC", m.PIN_NOT_A_NUMBER),
        ("8503-151234", m.PIN_NOT_A_NUMBER),
        ("850315/1234", m.PIN_NOT_A_NUMBER),
        ("850315G1234", m.PIN_NOT_A_NUMBER),
        ("1" * 5000, m.TOO_LONG),
    ],
)
def test_invalid_shapes(typed: str, message: str) -> None:
    result = check(typed)
    assert result.state is FieldState.INVALID
    assert result.message == message


# --- Finnish ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sign", "century"),
    [
        ("+", "18"),
        ("-", "19"),
        ("Y", "19"),
        ("X", "19"),
        ("W", "19"),
        ("V", "19"),
        ("U", "19"),
        ("A", "20"),
        ("B", "20"),
        ("C", "20"),
        ("D", "20"),
        ("E", "20"),
        ("F", "20"),
    ],
)
def test_every_century_sign(sign: str, century: str) -> None:
    code = hetu("150405", sign, "123")
    result = check(code)
    assert result.state is FieldState.VALID, result
    assert result.value == code
    assert result.display == code
    assert result.derived["birthDay"] == f"{century}05-04-15"
    assert stdnum_hetu.is_valid(code)  # stdnum 2.2 knows the 2023 signs


def test_lower_case_hetu_is_upper_cased() -> None:
    assert check("131052-308t").value == "131052-308T"


def test_dvv_doc_example() -> None:
    assert check("131052-308T").derived["birthDay"] == "1952-10-13"


def test_wrong_check_character() -> None:
    code = hetu_wrong_check(hetu("150405", "A", "123"))
    assert check(code).message == m.PIN_CHECK_DIGIT


@pytest.mark.parametrize(
    ("individual", "allowed", "message"),
    [
        ("000", False, m.PIN_INDIVIDUAL_NUMBER),
        ("001", False, m.PIN_INDIVIDUAL_NUMBER),
        ("002", True, ""),
        ("899", True, ""),
        ("900", False, m.PIN_TEMPORARY),
        ("999", False, m.PIN_TEMPORARY),
    ],
)
def test_individual_number_range(individual: str, allowed: bool, message: str) -> None:
    result = check(hetu("150405", "A", individual))
    assert result.ok is allowed
    assert result.message == message


@pytest.mark.parametrize("code", ["010594Y9032", "010516B903X"])
def test_dvv_temporary_test_numbers_need_the_switch(code: str) -> None:
    assert check(code).message == m.PIN_TEMPORARY
    result = check(code, allow_temporary_hetu=True)
    assert result.state is FieldState.VALID
    assert result.value == code
    assert not stdnum_hetu.is_valid(code)
    assert stdnum_hetu.is_valid(code, allow_temporary=True)


def test_future_hetu() -> None:
    code = hetu("010130", "A", "123")  # 2030-01-01
    assert stdnum_hetu.is_valid(code)  # the gap: stdnum accepts a future birth
    assert check(code).message == m.DATE_IN_FUTURE
    assert check(hetu("251126", "A", "123")).ok  # born today
    assert check(hetu("261126", "A", "123")).message == m.DATE_IN_FUTURE  # tomorrow


@pytest.mark.parametrize("ddmmyy", ["300200", "290201", "311104", "001004", "011300"])
def test_impossible_hetu_dates(ddmmyy: str) -> None:
    assert check(hetu(ddmmyy, "A", "123")).message == m.PIN_NO_SUCH_DATE


def test_leap_day_hetu() -> None:
    assert check(hetu("290200", "A", "123")).derived["birthDay"] == "2000-02-29"


@pytest.mark.parametrize(
    ("typed", "args"),
    [("010594Y", {"count": 4}), ("010594Y90", {"count": 2}), ("010594A903", {"count": 1})],
)
def test_incomplete_hetu(typed: str, args: dict[str, int]) -> None:
    result = check(typed)
    assert result.state is FieldState.INCOMPLETE
    assert dict(result.args) == args


def test_finnish_till_counts_characters() -> None:
    result = validate_personal_number("0105", today=TODAY, region="FI")
    assert dict(result.args) == {"count": 7}


# --- telling Swedish from Finnish -----------------------------------------------------


def _valid_both_ways() -> str:
    """A DDMMYY-NNNC that is a valid personnummer *and* a valid HETU (they exist)."""
    for day in range(1, 29):
        for serial in range(2, 900):
            text = f"{day:02d}0101-{serial:03d}"
            swedish_number = swedish(text[:6], text[7:10], sign="-")
            finnish_number = hetu(text[:6], "-", text[7:10])
            if swedish_number == finnish_number:
                return swedish_number
    raise AssertionError("no ambiguous number found")


def test_ambiguous_number_prefers_swedish_unless_in_finland() -> None:
    text = _valid_both_ways()
    swedish_reading = validate_personal_number(text, today=TODAY)
    assert swedish_reading.value is not None and len(swedish_reading.value) == 12
    finnish_reading = validate_personal_number(text, today=TODAY, region="FI")
    assert finnish_reading.value == text


def test_only_valid_reading_wins() -> None:
    finnish_only = hetu("311299", "-", "123")  # 31 Dec 1999: as YYMMDD month 12, day 99 is no date
    assert check(finnish_only).value == finnish_only
    swedish_only = swedish("991231", "123", sign="-")
    assert check(swedish_only).value == "19" + swedish_only.replace("-", "")


def test_closest_reading_gives_the_message() -> None:
    # A Swedish number with a typo in the check digit: the HETU reading fails on the date
    # (day 85), so the message is about the check digit, not the date.
    assert check(wrong_check(swedish("850315", "123", sign="-"))).message == m.PIN_CHECK_DIGIT


def test_empty() -> None:
    assert check("").state is FieldState.EMPTY
    assert check(" \u200b ").state is FieldState.EMPTY
