"""The log's second line of defence: masking of what code should never have logged."""

from __future__ import annotations

import logging

import pytest

from posapp.logging_setup import MaskingFilter, MaskingFormatter
from posapp.masking import add_secret, mask_text


@pytest.mark.parametrize(("text", "hidden", "kept"), [
    ('{"firstName": "Britt", "lastName": "Ek"}', ("Britt", '"Ek"'), ('"firstName": "B•••"',)),
    ("{'city': 'Lund', 'street': 'Storgatan 1'}", ("Lund", "Storgatan"), ("'city': 'L•••'",)),
    ("mobilePhone=+46701740605&contactType=Member", ("701740605",), ("contactType=Member",)),
    ("email: anna@example.com", ("anna",), ("email: a•••",)),
    ("String too long [type=string_too_long, input_value='Britt Ek', input_type=str]",
     ("Britt",), ("input_value=•••", "input_type=str")),
    ("pnr 20000101-2384 and 070-174 06 05", ("2384", "06 05"), ()),
    ("GET /api/v3/contacts/id?email=*** -> 404 in 3 ms NotFound [req 12345678]", (),
     ("email=*** -> 404 in 3 ms NotFound [req 12345678]",)),
])
def test_mask_text(text: str, hidden: tuple[str, ...], kept: tuple[str, ...]) -> None:
    masked = mask_text(text)
    for part in hidden:
        assert part not in masked
    for part in kept:
        assert part in masked


def test_a_registered_secret_never_survives() -> None:
    add_secret("apikey-Zq81-never-log")
    assert mask_text("headers={'apikey': 'apikey-Zq81-never-log'}") == "headers={'apikey': '***'}"


def test_tracebacks_are_masked_too() -> None:
    formatter = MaskingFormatter("%(message)s")
    record = logging.LogRecord("posapp", logging.ERROR, __file__, 1, "failed for %s",
                               ("anna@example.com",), None)
    try:
        raise ValueError("bad phone +46701740605 for firstName='Britt'")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    MaskingFilter().filter(record)
    output = formatter.format(record)
    assert "anna@" not in output and "701740605" not in output and "Britt" not in output
    assert "ValueError" in output
