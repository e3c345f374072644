"""Check digits computed from first principles, so tests never trust a number from a doc.

Deliberately independent of python-stdnum (which the code under test uses).
"""

from __future__ import annotations

HETU_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def luhn_digit(nine: str) -> str:
    """The Luhn check digit for a Swedish personnummer's first nine digits (YYMMDDNNN)."""
    total = 0
    for index, char in enumerate(nine):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str((10 - total % 10) % 10)


def swedish(yymmdd: str, serial: str, *, century: str = "", sign: str = "") -> str:
    """A personnummer with a correct check digit: century + YYMMDD + sign + NNN + C."""
    return f"{century}{yymmdd}{sign}{serial}{luhn_digit(yymmdd + serial)}"


def wrong_check(number: str) -> str:
    """The same number with its last digit changed (always a wrong check digit)."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def hetu(ddmmyy: str, sign: str, individual: str) -> str:
    """A HETU with the correct mod-31 check character."""
    return f"{ddmmyy}{sign}{individual}{HETU_TABLE[int(ddmmyy + individual) % 31]}"


def hetu_wrong_check(code: str) -> str:
    """The same HETU with a different, still well-formed, check character."""
    position = HETU_TABLE.index(code[-1])
    return code[:-1] + HETU_TABLE[(position + 1) % 31]
