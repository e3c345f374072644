"""Logging for support: a rotating file in the platform's log directory, masked.

Every record passes through a filter that masks phone numbers, personal identity numbers,
e-mail addresses, personal attributes by name and the API key (exceptions too), as a second
line of defence behind code that never logs them.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import Any

from posapp.masking import mask_text

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class MaskingFilter(logging.Filter):
    """Rewrites each record's message with personal data masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class MaskingFormatter(logging.Formatter):
    """Masks what the filter cannot reach: the text of exceptions and stacks."""

    def formatException(self, ei: Any) -> str:
        return mask_text(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:
        return mask_text(super().formatStack(stack_info))


def log_directory() -> Path:
    """The platform's per-user log directory for posapp."""
    from platformdirs import user_log_path

    return user_log_path("posapp", appauthor=False)


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path | None:
    """Log to a rotating file (5 × 1 MB) and warnings to stderr; returns the file's path."""
    root = logging.getLogger()
    root.setLevel(level)
    masking = MaskingFilter()
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(MaskingFormatter(FORMAT))
    console.addFilter(masking)
    root.addHandler(console)
    try:
        folder = directory or log_directory()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "posapp.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        logging.getLogger("posapp").warning("cannot write a log file: %s", exc)
        return None
    handler.setFormatter(MaskingFormatter(FORMAT))
    handler.addFilter(masking)
    root.addHandler(handler)
    return path
