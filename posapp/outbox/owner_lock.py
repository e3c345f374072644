"""One process at a time owns an outbox: an OS file lock beside the database.

Two posapp windows on one till (the icon started twice, a kiosk and a till sharing a user)
would run two senders over the same entries: both could post the same signup, and one
would find the other's member and hand it to staff as a 409. So the store takes an
exclusive lock on ``<database>.lock`` when it opens and frees it when it closes. The OS
frees it too when the process dies (kill -9, a power cut), so a crash never leaves a till
locked out; no process id is written or trusted.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from posapp.outbox.errors import OutboxInUse


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class OwnerLock:
    """The held lock of one outbox; :meth:`release` (or process exit) frees it."""

    def __init__(self, database: Path) -> None:
        """Take the lock, or raise :class:`OutboxInUse` at once (never waits)."""
        self.path = lock_path_for(database)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        self._file: IO[bytes] | None = os.fdopen(fd, "r+b", buffering=0)
        try:
            _lock(self._file)
        except OSError as exc:
            self._file.close()
            self._file = None
            raise OutboxInUse(
                f"another posapp process has the outbox at {database} open") from exc

    @property
    def held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        """Free the lock (closing the file frees it); harmless when already freed."""
        if self._file is not None:
            self._file.close()
            self._file = None


if sys.platform == "win32":  # pragma: no cover - the tills run Linux; kept for a dev box
    import msvcrt

    def _lock(file: IO[bytes]) -> None:
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(file: IO[bytes]) -> None:
        # flock, not fcntl/lockf: its lock belongs to this open file, so a second
        # OutboxStore in the same process is refused as a second process would be.
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
