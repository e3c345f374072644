"""birthDay: YYYY-MM-DD and its friendly variants, real, not future, not absurdly old."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
        ("31.1.2000", "2000-01-31"),  # day first with dots, as in Finland, Norway, Denmark
        ("31.01.2000", "2000-01-31"),
        ("1.1.2000", "2000-01-01"),
        ("29.2.2000", "2000-02-29"),
    ],
)
def test_valid(typed: str, value: str) -> None:
    result = validate_birthday(typed, today=TODAY)
    assert result.state is FieldState.VALID
    assert result.value == value
    assert result.display == value  # ISO: the UI shows it in the cashier's language


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
        "3",  # a year, or the day of "3.1.2000"
        "31",
        "31.",
        "31.1",
        "31.1.",
        "31.1.19",
        "31.1.199",
        "1.0",
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
        ("300", m.DATE_IN_FUTURE),
        ("1896-11-24", m.DATE_TOO_OLD),
        ("170", m.DATE_TOO_OLD),
        ("0000-01-01", m.DATE_TOO_OLD),
        ("9999-99-99", m.DATE_IN_FUTURE),
        ("32.", m.NO_SUCH_DATE),  # flagged as soon as the day is finished
        ("0.", m.NO_SUCH_DATE),
        ("31.4.", m.NO_SUCH_DATE),
        ("1.13", m.NO_SUCH_DATE),
        ("29.2.2001", m.NO_SUCH_DATE),
        ("26.11.2026", m.DATE_IN_FUTURE),
        ("31.1.9", m.DATE_FORMAT),  # a two-digit year on its way
        ("31.1.17", m.DATE_TOO_OLD),
        ("31.1.20000", m.DATE_FORMAT),
        ("01/01/2000", m.DATE_FORMAT),  # slashes: the order is anybody's guess
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


# (Within 129 years: "1896-11-2" on its way to the 25th is rightly too old already.)
@given(day=st.dates(min_value=years_before(TODAY, 129), max_value=TODAY),
       style=st.sampled_from(["%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "{d}.{m}.{y}", "{y}-{m}-{d}"]))
def test_typing_a_real_date_never_shows_an_error_on_the_way(day: date, style: str) -> None:
    text = (style.format(y=day.year, m=day.month, d=day.day) if "{" in style
            else day.strftime(style))
    for end in range(1, len(text)):
        assert validate_birthday(text[:end], today=TODAY).state is not FieldState.INVALID, (
            text[:end])
    assert validate_birthday(text, today=TODAY).value == day.isoformat()
