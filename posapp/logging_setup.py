"""Logging for support: a rotating file in the platform's log directory, masked.

Every record passes through a filter that masks phone numbers, personal identity numbers,
e-mail addresses, personal attributes by name and the API key (exceptions too), as a second
line of defence behind code that never logs them.

The window opens its log file just after its first paint (:func:`setup_logging_deferred`,
:func:`open_deferred_log`): the rotating handler and the platform's directories
(``logging.handlers``, ``platformdirs``) cost ~10 ms of start-up. Records before then wait
in memory; a warning, or the process ending first, opens the file at once.
"""

from __future__ import annotations

import atexit
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from posapp.masking import mask_text

if TYPE_CHECKING:
    import logging.handlers

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
    handler = _open_file(_console(level), directory)
    return Path(handler.baseFilename) if handler is not None else None


def setup_logging_deferred(level: int = logging.INFO, directory: Path | None = None) -> None:
    """As :func:`setup_logging`, the file opened by :func:`open_deferred_log` (the window
    calls it after its first paint); until then records wait in memory."""
    masking = _console(level)
    pending = _Pending(masking, directory)
    logging.getLogger().addHandler(pending)
    _pending.append(pending)
    atexit.register(open_deferred_log)  # a process ending before the paint loses nothing


def open_deferred_log() -> Path | None:
    """Open the file :func:`setup_logging_deferred` put off, writing what waited; None when
    nothing was put off (or the file cannot be written)."""
    if not _pending:
        return None
    pending = _pending.pop()
    logging.getLogger().removeHandler(pending)
    handler = _open_file(pending.masking, pending.directory)
    records, pending.records = pending.records, []
    if handler is None:
        return None
    for record in records:
        handler.handle(record)
    return Path(handler.baseFilename)


_pending: list[_Pending] = []
#: Records kept while the file waits: start-up logs a handful, never this many.
MAX_WAITING = 1000


class _Pending(logging.Handler):
    """Holds records for the file until it is opened; a warning opens it at once."""

    def __init__(self, masking: MaskingFilter, directory: Path | None) -> None:
        super().__init__()
        self.masking = masking
        self.directory = directory
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < MAX_WAITING:
            self.records.append(record)
        if record.levelno >= logging.WARNING:
            open_deferred_log()


def _console(level: int) -> MaskingFilter:
    """The root level, and warnings to stderr; the filter the file will share."""
    root = logging.getLogger()
    root.setLevel(level)
    masking = MaskingFilter()
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(MaskingFormatter(FORMAT))
    console.addFilter(masking)
    root.addHandler(console)
    return masking


def _open_file(masking: MaskingFilter,
               directory: Path | None = None) -> logging.handlers.RotatingFileHandler | None:
    import logging.handlers

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
    logging.getLogger().addHandler(handler)
    return handler
