"""birthDay: YYYY-MM-DD and its friendly variants, real, not future, not absurdly old."""

from __future__ import annotations

from datetime import date

import pytest

from posapp.validation import FieldState, validate_birthday
from posapp.validation import messages as m
from posapp.validation.dates import years_before

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2000-01-01", "2000-01-01"),
        ("20000101", "2000-01-01"),
        ("2000-1-1", "2000-01-01"),
        ("2000-12-3", "2000-12-03"),
        ("2000\u201301\u201301", "2000-01-01"),  # en dashes from a paste
        ("\uff12\uff10\uff10\uff10-01-01", "2000-01-01"),
        ("2000-02-29", "2000-02-29"),
        ("2026-11-25", "2026-11-25"),  # born today
        ("1896-11-25", "1896-11-25"),  # exactly 130 years ago
    ],
)
def test_valid(typed: str, value: str) -> None:
    result = validate_birthday(typed, today=TODAY)
    assert result.state is FieldState.VALID
    assert result.value == value
    assert result.display == value


@pytest.mark.parametrize(
    "typed",
    [
        "2",
        "200",
        "2000",
        "2000-",
        "2000-1",
        "2000-01",
        "2000-01-",
        "2000-1-",
        "20000",
        "200001",
        "2000010",
        "2000-02-0",
    ],
)
def test_incomplete_prefixes(typed: str) -> None:
    result = validate_birthday(typed, today=TODAY)
    assert result.state is FieldState.INCOMPLETE, result
    assert result.message == m.DATE_FORMAT


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2000-02-30", m.NO_SUCH_DATE),
        ("2001-02-29", m.NO_SUCH_DATE),
        ("20010229", m.NO_SUCH_DATE),
        ("2000-13", m.NO_SUCH_DATE),  # flagged before the day is typed
        ("200013", m.NO_SUCH_DATE),
        ("20003", m.NO_SUCH_DATE),  # compact month 3x
        ("2000-0-", m.NO_SUCH_DATE),
        ("2000-00-01", m.NO_SUCH_DATE),
        ("2000024", m.NO_SUCH_DATE),  # no 40th of February
        ("2000-01-32", m.NO_SUCH_DATE),
        ("2026-11-26", m.DATE_IN_FUTURE),
        ("2027", m.DATE_IN_FUTURE),
        ("3", m.DATE_IN_FUTURE),
        ("1896-11-24", m.DATE_TOO_OLD),
        ("17", m.DATE_TOO_OLD),
        ("0000-01-01", m.DATE_TOO_OLD),
        ("9999-99-99", m.DATE_IN_FUTURE),
        ("01.01.2000", m.DATE_FORMAT),
        ("2000/01/01", m.DATE_FORMAT),
        ("2000-01-01-", m.DATE_FORMAT),
        ("200001011", m.DATE_FORMAT),
        ("abc", m.DATE_FORMAT),
        ("2" * 5000, m.TOO_LONG),
    ],
)
def test_invalid(typed: str, message: str) -> None:
    result = validate_birthday(typed, today=TODAY)
    assert result.state is FieldState.INVALID
    assert result.message == message


def test_too_old_message_names_the_limit() -> None:
    assert validate_birthday("1800-01-01", today=TODAY).text() == "More than 130 years ago"


def test_years_before_handles_leap_day() -> None:
    assert years_before(date(2024, 2, 29), 130) == date(1894, 2, 28)
    assert years_before(date(2024, 2, 29), 4) == date(2020, 2, 29)


def test_today_defaults_to_the_real_day() -> None:
    assert validate_birthday("2000-01-01").ok
    assert validate_birthday(f"{date.today().year + 1}-01-01").message == m.DATE_IN_FUTURE


def test_empty() -> None:
    assert validate_birthday("", today=TODAY).state is FieldState.EMPTY
