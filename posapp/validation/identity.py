"""socialSecurityNumber: Swedish personnummer / samordningsnummer and Finnish HETU.

python-stdnum 2.2 supplies the check-digit arithmetic (``stdnum.luhn``) and a HETU
validator, but leaves gaps a till cannot live with, all filled here:

* ``stdnum.se.personnummer`` rejects samordningsnummer (day + 60) as an invalid date;
* it accepts birth dates in the future (12-digit ``20301231…`` and, because it picks the
  century by year only, a 10-digit number born later this year);
* it reads "today" from the system clock, so century rules cannot be tested;
* ``stdnum.fi.hetu`` knows the 2023 century signs and the temporary range switch, but also
  accepts future birth dates, and reports wrong dates and wrong individual numbers with the
  same ``InvalidComponent``, which is useless for telling a cashier what to fix;
* neither says anything about a number that is still being typed.

Swedish or Finnish is decided by shape: a letter after the six date digits, or a letter as
the last of 11 characters, is Finnish. ``DDMMYY-NNNN`` with digits only fits both; then
the reading that is valid wins, and if both are, the till's region decides (Finland → HETU,
anywhere else → personnummer).
"""

from __future__ import annotations

import re
from datetime import date

from stdnum import luhn
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fi import hetu

from posapp.validation import messages
from posapp.validation.dates import make_date
from posapp.validation.result import (
    EMPTY,
    FieldResult,
    invalid,
    more_characters,
    more_digits,
    too_long,
    valid,
)
from posapp.validation.text import MAX_RAW_LENGTH, clean_input

# HETU century sign → century. "-" and "+" are shared with the Swedish separator.
HETU_CENTURIES: dict[str, int] = {
    "+": 1800,
    **dict.fromkeys("-YXWVU", 1900),
    **dict.fromkeys("ABCDEF", 2000),
}
# The HETU check character for (DDMMYYNNN mod 31).
HETU_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Swedish 12-digit numbers (and ContactDraft) only know these centuries.
SWEDISH_CENTURIES = ("18", "19", "20")

_LONGEST = len("YYYYMMDD-NNNC")
_SHAPE = re.compile(r"[0-9A-Z+\-]*")
_HETU_TAIL = re.compile(r"\d{0,3}|\d{3}[0-9A-Y]")

# How good an invalid reading is, to pick the better message when both readings fail:
# a wrong check digit means everything else fitted, so that reading was probably meant.
_RANK_FORMAT, _RANK_DATE, _RANK_RANGE, _RANK_CHECK = range(4)


def validate_personal_number(
    text: str,
    *,
    today: date | None = None,
    allow_temporary_hetu: bool = False,
    region: str | None = None,
) -> FieldResult:
    """Validate a Swedish personnummer/samordningsnummer or a Finnish HETU.

    VALID value: 12 digits for Swedish numbers, upper-case HETU for Finnish ones; display
    ``YYYYMMDD-NNNC`` or the HETU; ``derived["birthDay"]`` is the birth date (for a
    samordningsnummer the real day, i.e. minus 60). ``region`` only breaks the tie when a
    number is valid both ways ("FI" prefers HETU).
    """
    if len(text) > MAX_RAW_LENGTH:
        return too_long()
    typed = clean_input(text).replace(" ", "").upper()
    if not typed:
        return EMPTY
    if len(typed) > _LONGEST:
        return too_long()
    if not _SHAPE.fullmatch(typed):
        return invalid(messages.PIN_NOT_A_NUMBER)
    today = today if today is not None else date.today()
    prefer_finnish = (region or "").strip().upper() == "FI"
    if typed.isdigit():
        return _digits_only(typed, today, prefer_finnish)
    head, sign, tail = typed[:6], typed[6:7], typed[7:]
    if len(typed) >= 7 and head.isdigit() and (sign in "+-" or sign.isalpha()):
        return _with_sign_after_six(head, sign, tail, today, allow_temporary_hetu, prefer_finnish)
    if len(typed) >= 9 and typed[:8].isdigit() and typed[8] in "+-":
        return _swedish_twelve_with_separator(typed[:8], typed[9:], today)
    return invalid(messages.PIN_NOT_A_NUMBER)


# --- shapes ---------------------------------------------------------------------------


def _digits_only(digits: str, today: date, prefer_finnish: bool) -> FieldResult:
    """No separator yet: a prefix of anything, a 10-digit or a 12-digit personnummer."""
    count = len(digits)
    twelve = count >= 2 and digits[:2] in SWEDISH_CENTURIES
    if count < 10:
        if prefer_finnish and count <= 6:
            return more_characters(11 - count)  # a HETU: six digits, sign, four characters
        return more_digits((12 if twelve else 10) - count)
    if count in (10, 11) and twelve and _twelve_date_possible(digits[:8], today):
        # 1985031512… is on its way to 12 digits, not a 10-digit number born 2019.
        return more_digits(12 - count)
    if count == 10:
        return _swedish(digits[:6], "-", digits[6:], today).result
    if count == 11:
        return invalid(messages.PIN_WRONG_LENGTH)
    if count == 12:
        if not twelve:
            return invalid(messages.PIN_CENTURY)
        return _swedish(digits[:8], "-", digits[8:], today).result
    return invalid(messages.PIN_TOO_MANY_DIGITS)


def _with_sign_after_six(
    head: str, sign: str, tail: str, today: date, allow_temporary: bool, prefer_finnish: bool
) -> FieldResult:
    """``DDMMYY`` + sign (HETU) or ``YYMMDD`` + "-"/"+" (10-digit personnummer)."""
    could_be_swedish = sign in "+-" and (not tail or tail.isdigit())
    could_be_finnish = sign in HETU_CENTURIES and bool(_HETU_TAIL.fullmatch(tail))
    if len(tail) > 4:
        return invalid(messages.PIN_TOO_MANY_DIGITS)
    if not could_be_swedish and not could_be_finnish:
        return invalid(messages.PIN_NOT_A_NUMBER)
    if len(tail) < 4:
        missing = 4 - len(tail)
        if could_be_finnish and (prefer_finnish or not could_be_swedish):
            return more_characters(missing)
        return more_digits(missing)
    readings: list[_Reading] = []
    if could_be_swedish:
        readings.append(_swedish(head, sign, tail, today))
    if could_be_finnish:
        readings.append(_finnish(head, sign, tail, today, allow_temporary))
    return _best(readings, prefer_finnish)


def _swedish_twelve_with_separator(head: str, tail: str, today: date) -> FieldResult:
    """``YYYYMMDD-NNNC``."""
    if tail and not tail.isdigit():
        return invalid(messages.PIN_NOT_A_NUMBER)
    if len(tail) < 4:
        return more_digits(4 - len(tail))
    if len(tail) > 4:
        return invalid(messages.PIN_TOO_MANY_DIGITS)
    if head[:2] not in SWEDISH_CENTURIES:
        return invalid(messages.PIN_CENTURY)
    return _swedish(head, "-", tail, today).result


# --- readings -------------------------------------------------------------------------


class _Reading:
    """One way of reading the text, with how far it got before failing."""

    __slots__ = ("finnish", "rank", "result")

    def __init__(self, result: FieldResult, rank: int, *, finnish: bool) -> None:
        self.result = result
        self.rank = rank
        self.finnish = finnish


def _best(readings: list[_Reading], prefer_finnish: bool) -> FieldResult:
    def score(reading: _Reading) -> tuple[bool, int, bool]:
        return (reading.result.ok, reading.rank, reading.finnish == prefer_finnish)

    return max(readings, key=score).result


def _swedish(date_part: str, sign: str, serial: str, today: date) -> _Reading:
    """A personnummer or samordningsnummer: ``date_part`` is YYMMDD or YYYYMMDD."""
    month = int(date_part[-4:-2])
    day = int(date_part[-2:])
    real_day = day - 60 if day > 60 else day  # samordningsnummer: day + 60
    if len(date_part) == 8:
        year = int(date_part[:4])
        born = make_date(year, month, real_day)
    else:
        born = _swedish_century(int(date_part[:2]), month, real_day, sign, today)
    if born is None:
        return _Reading(invalid(messages.PIN_NO_SUCH_DATE), _RANK_DATE, finnish=False)
    if born > today:
        return _Reading(invalid(messages.DATE_IN_FUTURE), _RANK_RANGE, finnish=False)
    if str(born.year)[:2] not in SWEDISH_CENTURIES:  # pragma: no cover - before 1800
        return _Reading(invalid(messages.PIN_CENTURY), _RANK_RANGE, finnish=False)
    ten = date_part[-6:] + serial
    if not luhn.is_valid(ten):
        return _Reading(invalid(messages.PIN_CHECK_DIGIT), _RANK_CHECK, finnish=False)
    value = f"{born.year // 100}{ten}"
    return _Reading(
        valid(value, display=f"{value[:8]}-{value[8:]}", derived={"birthDay": born.isoformat()}),
        _RANK_CHECK,
        finnish=False,
    )


def _swedish_century(yy: int, month: int, day: int, sign: str, today: date) -> date | None:
    """The birth date of a 10-digit number.

    Without "+": the most recent date that is not in the future (under 100 years old).
    With "+" (Folkbokföringslagen §18: the sign changes to "+" from the start of the year a
    person turns 100): the most recent year at least 100 calendar years ago. That equals
    "one century earlier" except for someone turning 100 later this year, whom stdnum and
    a naive rule would place 200 years back.
    """
    century = today.year // 100 * 100
    for year in (century + yy, century + yy - 100, century + yy - 200):
        if sign == "+":
            if today.year - year >= 100:
                return make_date(year, month, day)
            continue
        if year > today.year:
            continue
        born = make_date(year, month, day)
        if born is None or born <= today:
            return born  # None: no such day (29 February) in the century it belongs to
    return None


def _finnish(head: str, sign: str, tail: str, today: date, allow_temporary: bool) -> _Reading:
    """A HETU ``DDMMYY`` + century sign + ``NNN`` + check character."""
    born = make_date(HETU_CENTURIES[sign] + int(head[4:6]), int(head[2:4]), int(head[:2]))
    if born is None:
        return _Reading(invalid(messages.PIN_NO_SUCH_DATE), _RANK_DATE, finnish=True)
    if born > today:
        return _Reading(invalid(messages.DATE_IN_FUTURE), _RANK_RANGE, finnish=True)
    individual = int(tail[:3])
    if individual < 2:
        return _Reading(invalid(messages.PIN_INDIVIDUAL_NUMBER), _RANK_RANGE, finnish=True)
    if individual >= 900 and not allow_temporary:
        return _Reading(invalid(messages.PIN_TEMPORARY), _RANK_RANGE, finnish=True)
    code = head + sign + tail
    expected = HETU_CHECK_CHARACTERS[int(head + tail[:3]) % 31]
    if tail[3] != expected:
        return _Reading(invalid(messages.PIN_CHECK_DIGIT), _RANK_CHECK, finnish=True)
    try:  # the library as a second opinion on the format and arithmetic
        hetu.validate(code, allow_temporary=allow_temporary)
    except InvalidChecksum:  # pragma: no cover - same table as above
        return _Reading(invalid(messages.PIN_CHECK_DIGIT), _RANK_CHECK, finnish=True)
    except ValidationError:  # pragma: no cover - every rule it has is checked above
        return _Reading(invalid(messages.PIN_NOT_A_NUMBER), _RANK_FORMAT, finnish=True)
    return _Reading(
        valid(code, display=code, derived={"birthDay": born.isoformat()}),
        _RANK_CHECK,
        finnish=True,
    )


def _twelve_date_possible(date_part: str, today: date) -> bool:
    """Could ``YYYYMMDD`` start a 12-digit number (a real date, samordning allowed)?"""
    day = int(date_part[6:8])
    born = make_date(int(date_part[:4]), int(date_part[4:6]), day - 60 if day > 60 else day)
    return born is not None and born <= today
