"""Dates on screen in the UI language; Engage always gets ISO 8601 (``YYYY-MM-DD``).

Two forms per language:

* :func:`show_date` for reading ("born 31.1.1990", "Member since 5.3.2024"): the language's
  own short date with a four-digit year. English gets "31 Jan 1990", which no reader takes
  for the 1st of a month, whether they write dates the American or the British way.
* :func:`field_date` for the date of birth field: what a cashier of that language types
  and reads back (Finnish ``31.1.1990``, Norwegian and Danish ``31.01.1990``, Swedish and
  English ``1990-01-31``). The validator accepts both the ISO and the day-first dotted
  form in every language, so nothing typed is ever refused for its order.

The UI language is the one :func:`posapp.ui.translations.install_translations` set last
(it sets ``QLocale``'s default), so a kiosk whose customer taps Suomi shows Finnish dates.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from posapp.ui.translations import ui_language

# English dates for reading: day, short month name, year.
ENGLISH_READING = "d MMM yyyy"


def _numeric_format(language: str) -> str:
    """The language's numeric short date with a four-digit year; ISO for English."""
    if language == "en":
        return "yyyy-MM-dd"
    pattern = QLocale(language).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # a birth year needs its century
    return pattern


def as_date(value: date | str) -> date | None:
    """``value`` as a date: a date, or an ISO date or date-time (Engage's ``createdOn``,
    taken in the till's time zone)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:  # a moment in UTC is shown on the till's own calendar day
        return (moment.astimezone() if moment.tzinfo else moment).date()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def show_date(value: date | str, language: str | None = None) -> str:
    """``value`` for reading, in ``language`` (default: the UI language).

    Text that is not a date is shown as it is rather than hidden.
    """
    return _formatted(value, language, reading=True)


def field_date(value: date | str, language: str | None = None) -> str:
    """``value`` as the date field shows it in ``language`` (default: the UI language)."""
    return _formatted(value, language, reading=False)


def _formatted(value: date | str, language: str | None, *, reading: bool) -> str:
    day = as_date(value)
    if day is None:
        return str(value)
    language = language or ui_language()
    pattern = (ENGLISH_READING if reading and language == "en"
               else _numeric_format(language))
    return QLocale(language).toString(_qdate(day), pattern)


def date_separator(language: str | None = None) -> str:
    """The character between day, month and year in the date field: ``-`` or ``.``."""
    pattern = _numeric_format(language or ui_language())
    return "." if "." in pattern else "-"
