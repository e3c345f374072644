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


def mask_text(text: str) -> str:
    """Hide e-mail addresses and runs of 6+ digits in free text (for log messages)."""
    text = _EMAIL.sub(lambda m: mask_value("email", m.group(0)), text)
    return re.sub(r"\+?\d[\d \-]{5,}\d", lambda m: mask_value("", m.group(0)), text)
