"""birthDay, and the date rules the identity numbers share with it.

Engage wants ``YYYY-MM-DD`` and derives age from it, so a mistyped year is a wrong age in
every segment: a birthday must be a real date, not in the future and not absurdly old.
``today`` is always injectable so the century and age rules can be tested on fixed days.

Typed either way round: ISO (``2000-01-31``, ``20000131``) or day first with dots
(``31.1.2000``, ``31.01.2000``) as Finns, Norwegians and Danes write dates. The dots make the
order certain; slashes (``1/2/2000``: January or February?) are refused. The value sent is
always ISO.
"""

from __future__ import annotations

import re
from datetime import date

from posapp.validation import messages
from posapp.validation.result import (
    EMPTY,
    FieldResult,
    incomplete,
    invalid,
    too_long,
    valid,
)
from posapp.validation.text import MAX_RAW_LENGTH, clean_input

# A birthday further back than this is taken as a typing mistake.
MAX_AGE_YEARS = 130

_FULL_DASHED = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FULL_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_FULL_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
# Everything that can still grow into one of the three forms above.
_PREFIX = re.compile(r"\d{0,8}|\d{4}-(?:\d{1,2}(?:-\d{0,2})?)?")
_DOTTED_PREFIX = re.compile(r"(\d{1,2})\.(?:(\d{1,2})(?:\.(\d{0,4}))?)?")


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day (30 February, month 13…)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier; 29 February falls back to the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def validate_birthday(text: str, *, today: date | None = None) -> FieldResult:
    """``YYYY-MM-DD`` (also ``YYYYMMDD`` and ``YYYY-M-D``), a real date, not in the future,
    at most :data:`MAX_AGE_YEARS` years ago. INCOMPLETE while a prefix of the format.
    """
    if len(text) > MAX_RAW_LENGTH:
        return too_long()
    typed = clean_input(text)
    if not typed:
        return EMPTY
    today = today if today is not None else date.today()
    match = _FULL_DASHED.fullmatch(typed) or _FULL_COMPACT.fullmatch(typed)
    dotted = _FULL_DOTTED.fullmatch(typed)
    if match or dotted:
        if dotted:
            day, month, year = (int(part) for part in dotted.groups())
        else:
            assert match is not None
            year, month, day = (int(part) for part in match.groups())
        if year > today.year:
            return invalid(messages.DATE_IN_FUTURE)
        if year < today.year - MAX_AGE_YEARS:
            return invalid(messages.DATE_TOO_OLD, years=MAX_AGE_YEARS)
        born = make_date(year, month, day)
        if born is None:
            if typed.endswith("-0"):
                return incomplete(messages.DATE_FORMAT)  # "2000-02-0" on the way to "-05"
            return invalid(messages.NO_SUCH_DATE)
        return _check_range(born, today) or valid(born.isoformat(), display=born.isoformat())
    dotted_prefix = _DOTTED_PREFIX.fullmatch(typed)
    if dotted_prefix:
        return _check_dotted_prefix(dotted_prefix, today) or incomplete(messages.DATE_FORMAT)
    if len(typed) > 10 or not _PREFIX.fullmatch(typed):
        return invalid(messages.DATE_FORMAT)
    return _check_prefix(typed, today) or incomplete(messages.DATE_FORMAT)


def _check_range(born: date, today: date) -> FieldResult | None:
    if born > today:
        return invalid(messages.DATE_IN_FUTURE)
    if born < years_before(today, MAX_AGE_YEARS):
        return invalid(messages.DATE_TOO_OLD, years=MAX_AGE_YEARS)
    return None


def _check_prefix(typed: str, today: date) -> FieldResult | None:
    """Early errors in a partly typed date, so "2000-13" is flagged before the day is typed."""
    if len(typed) <= 2 and "-" not in typed and (typed == "0" or 1 <= int(typed) <= 31):
        return None  # the day of a date typed day first ("31.1.2000"), as well as a year
    if "-" in typed:
        year_text, _, rest = typed.partition("-")
        month_text, dash, day_text = rest.partition("-")
        month_done = bool(dash) or len(month_text) == 2
        compact = False
    else:
        year_text, month_text, day_text = typed[:4], typed[4:6], typed[6:8]
        month_done = len(month_text) == 2
        compact = True
    earliest = int(year_text.ljust(4, "0"))
    latest = int(year_text.ljust(4, "9"))
    if earliest > today.year:
        return invalid(messages.DATE_IN_FUTURE)
    if latest < today.year - MAX_AGE_YEARS:
        return invalid(messages.DATE_TOO_OLD, years=MAX_AGE_YEARS)
    if not month_text:
        return None
    if month_done and not 1 <= int(month_text) <= 12:
        return invalid(messages.NO_SUCH_DATE)
    if not month_done and compact and month_text not in ("0", "1"):
        return invalid(messages.NO_SUCH_DATE)  # compact months have two digits: 0x or 1x
    if day_text and month_done:
        tens = int(day_text) * 10
        year = int(year_text)
        if not any(make_date(year, int(month_text), day) for day in range(tens, tens + 10)):
            return invalid(messages.NO_SUCH_DATE)
    return None


def _check_dotted_prefix(match: re.Match[str], today: date) -> FieldResult | None:
    """Early errors in a partly typed ``D.M.YYYY``: "32." or "31.4." are flagged at once."""
    day_text, month_text, year_text = match.groups()
    day = int(day_text)
    if not 1 <= day <= 31:
        return invalid(messages.NO_SUCH_DATE)
    if not month_text:
        return None
    month = int(month_text)
    month_done = year_text is not None or len(month_text) == 2
    if month_done and not 1 <= month <= 12:
        return invalid(messages.NO_SUCH_DATE)
    if not month_done and month > 1:
        return None  # "3" is March unless a second digit comes; "1" may become 10–12
    if month_done and make_date(2000, month, day) is None:  # 2000: 29 February exists
        return invalid(messages.NO_SUCH_DATE)
    if not year_text:
        return None
    earliest = int(year_text.ljust(4, "0"))
    latest = int(year_text.ljust(4, "9"))
    if earliest > today.year:
        return invalid(messages.DATE_FORMAT)  # a two-digit year ("31.1.90") on its way
    if latest < today.year - MAX_AGE_YEARS:
        return invalid(messages.DATE_TOO_OLD, years=MAX_AGE_YEARS)
    return None
