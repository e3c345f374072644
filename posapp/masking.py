"""Masking of personal data for logs and for screens that must not show it in full.

Support staff need to tell requests apart, never to read a customer's number: keep the
last few characters and the shape, hide the rest.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


def mask_value(attribute: str, value: str) -> str:
    """``+46701740605`` → ``+46•••••••605``; ``anna@example.com`` → ``a•••@example.com``."""
    if not value:
        return value
    if attribute == "email" or "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}•••@{domain}"
    if attribute in ("firstName", "lastName", "street"):
        return value[:1] + "•••"
    keep_start = 3 if value.startswith("+") else 0
    keep_end = 3 if len(value) > 6 else 1
    hidden = max(0, len(value) - keep_start - keep_end)
    return value[:keep_start] + "•" * hidden + value[len(value) - keep_end:]


#: ``firstName": "Anna"``, ``'lastName': 'Berg'``, ``city=Lund`` in a dict, JSON or repr.
_PERSONAL_FIELD = re.compile(
    r"""(?P<name>\b(?:firstName|lastName|street|zipCode|city|email|mobilePhone|"""
    r"""socialSecurityNumber|externalId)\b['"]?\s*[:=]\s*)"""
    r"""(?:(?P<q>['"])(?P<quoted>[^'"\n]*)(?P=q)|(?P<bare>[^\s'",}\]&]*))""")
#: pydantic's ``input_value='…'`` in validation errors: whatever was typed.
_INPUT_VALUE = re.compile(r"input_value=(?:'[^']*'|\"[^\"]*\"|[^,\]\s]*)")

#: Runs of 6+ digits (with spaces or dashes): phone and personal numbers. Not inside a
#: word (a hex request id such as ``a1234567``) nor the id of ``[req 12345678]``.
_DIGITS = re.compile(r"(?<!\w)(?<!\[req )\+?\d[\d \-]{5,}\d(?!\w)")

_secrets: set[str] = set()


def _mask_field(match: re.Match[str]) -> str:
    quote = match.group("q") or ""
    value = match.group("quoted") if quote else match.group("bare")
    hidden = value[:1] + "•••" if value and value != "***" else value
    return f"{match.group('name')}{quote}{hidden}{quote}"


def add_secret(value: str) -> None:
    """Never let ``value`` (the API key) reach a log line, whatever code logs it."""
    if len(value.strip()) >= 4:
        _secrets.add(value.strip())


def mask_text(text: str) -> str:
    """Hide secrets, personal attributes by name, e-mail addresses and runs of 6+ digits in
    free text (for log messages and tracebacks)."""
    for secret in _secrets:
        text = text.replace(secret, "***")
    text = _INPUT_VALUE.sub("input_value=•••", text)
    text = _PERSONAL_FIELD.sub(_mask_field, text)
    text = _EMAIL.sub(lambda m: mask_value("email", m.group(0)), text)
    return _DIGITS.sub(lambda m: mask_value("", m.group(0)), text)
