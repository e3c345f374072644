"""The outbox seen from the Qt UI: opened after the first paint (or at a Save that comes
first), its sender on a thread of its own, its counts as a signal on the GUI thread.

The outbox itself (``posapp/outbox``) is plain Python. This object opens the store, starts
the background sender with a client of its own (one attempt a call: the sender does the
waiting), turns the sender's ``on_change`` callback, which runs on the sender's thread,
into ``status_changed`` (queued to the GUI thread, where the header shows the count), and
stops both when the window goes. A store that cannot be opened (its key lost, the disk
refusing) is logged and said once; signups are then sent as before, without a net.

Signals:
    status_changed(object): an OutboxStatus (how many wait, for sending and for staff).
    already_open(): another posapp process owns this till's outbox (it stays theirs).
    unavailable(): the outbox cannot be opened (``problem`` says why, for IT).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from posapp.config import Settings

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient
    from posapp.outbox.backoff import Backoff
    from posapp.outbox.sender import OutboxSender, OutboxStatus
    from posapp.outbox.store import OutboxStore

log = logging.getLogger("posapp.ui")


class OutboxLink(QObject):
    """Owns the till's (or kiosk's) outbox store and its sender."""

    status_changed = Signal(object)
    already_open = Signal()
    unavailable = Signal()

    def __init__(self, settings: Settings, client_factory: Callable[[], EngageClient],
                 path: Path | None = None, parent: QObject | None = None, *,
                 store: OutboxStore | None = None, backoff: Backoff | None = None) -> None:
        """``path``: the database (default: the settings' ``[outbox]``); ``store``: one
        opened already (tests); ``backoff``: the sender's waits (default: the outbox's)."""
        super().__init__(parent)
        self._settings = settings
        self._client_factory = client_factory
        self._path = path
        self._given_store = store
        self._backoff = backoff
        self.store: OutboxStore | None = None
        self.outbox_sender: OutboxSender | None = None
        # Why the outbox could not be opened (for IT, no personal data), or "".
        self.problem = ""
        self._shut = False  # shut down: the sender's reports go nowhere

    def open(self) -> None:
        """Open the store and start the sender (after the first paint: SQLite, the
        credential store and the cipher are not needed to draw the window)."""
        if self.store is not None or self.problem:
            return
        from posapp.outbox.errors import OutboxError, OutboxInUse
        from posapp.outbox.sender import OutboxSender
        from posapp.outbox.store import OutboxStore

        try:
            if self._given_store is not None:
                store = self._given_store
            elif self._path is not None:
                store = OutboxStore(self._path)
            else:
                store = OutboxStore.from_settings(self._settings.outbox)
        except OutboxInUse as exc:
            self.problem = str(exc)
            log.warning("another posapp is open on this till and owns its outbox: "
                        "this one closes (%s)", exc)
            self.already_open.emit()
            return
        except (OutboxError, OSError) as exc:
            self.problem = str(exc)
            log.error("the outbox cannot be opened, signups are not kept on this till: %s",
                      exc)
            self.unavailable.emit()
            return
        self.store = store
        self.outbox_sender = OutboxSender(
            store, self._client_factory, on_change=self._on_change, backoff=self._backoff,
            retention=timedelta(days=self._settings.outbox.retention_days))
        self.outbox_sender.start()
        self.status_changed.emit(self.outbox_sender.status())

    def ready_store(self) -> OutboxStore | None:
        """The store for a signup about to be sent: opened now if the first paint's load
        has not opened it yet (a scanner typing while the till starts, a loaded machine),
        so that no signup goes out without being kept first. None when it cannot open."""
        self.open()
        return self.store

    def _on_change(self, status: OutboxStatus) -> None:
        """On the sender's thread: the signal is queued to the GUI thread (none after
        shutdown: a sender still in a request at exit outlives this object)."""
        if self._shut:
            return
        try:
            self.status_changed.emit(status)
        except RuntimeError:  # deleted between the check and the emit, at exit
            return

    def status(self) -> OutboxStatus | None:
        """How many wait now, or None without an outbox."""
        return self.outbox_sender.status() if self.outbox_sender is not None else None

    def refresh(self) -> None:
        """Say the counts again (after a change made on the GUI thread)."""
        status = self.status()
        if status is not None:
            self.status_changed.emit(status)

    def shutdown(self, timeout: float = 3.0) -> None:
        """Stop the sender (a request in flight stays on disk, looked up first next time)
        and close the store."""
        self._shut = True
        if self.outbox_sender is not None:
            stopped = self.outbox_sender.stop(timeout)
            self.outbox_sender = None
            if not stopped:
                # Still inside a request: its store stays open under it (closed, the
                # sender's next step would fail); the entry is on disk, the process ends.
                log.error("the outbox sender did not stop within %.0f s", timeout)
                self.store = None
                return
        if self.store is not None:
            self.store.close()
            self.store = None
