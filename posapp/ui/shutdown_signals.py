"""SIGTERM, SIGHUP and the desktop session ending are handled as a close of the window.

A till is shut down by the operating system more often than by the cashier: a logout, a
reboot pushed by IT, ``systemctl stop``. Python runs signal handlers only when the
interpreter gets control, which it does not while Qt's event loop waits; so the signal's
number is written to a pipe (``signal.set_wakeup_fd``; a socket on Windows, which takes no
pipe there) that the event loop watches, and
the window is closed from there, on the GUI thread, exactly as its X would close it:
a save in flight is left to the outbox, unsaved typing is asked about.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Slot
from PySide6.QtGui import QGuiApplication, QSessionManager

if TYPE_CHECKING:
    import socket

log = logging.getLogger("posapp.ui")

# The signals that mean "stop": as a close of the window.
TERMINATING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                    if hasattr(signal, name))


class ShutdownSignals(QObject):
    """Calls ``close`` on the GUI thread when a terminating signal arrives."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._ends = _WakeupEnds()
        self._previous_fd = signal.set_wakeup_fd(self._ends.write)
        self._previous = {number: signal.signal(number, _nothing) for number in TERMINATING}
        self._notifier = QSocketNotifier(self._ends.read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)

    @Slot()
    def _on_signal(self) -> None:
        try:
            numbers = self._ends.receive()
        except BlockingIOError:
            return
        for number in numbers:
            if number in TERMINATING:
                log.info("signal %s received: closing as the window's close would",
                         signal.Signals(number).name)
                self._close()
                return

    def restore(self) -> None:
        """Give the signals back to Python's defaults (the window is gone)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._ends.close()


class _WakeupEnds:
    """The wakeup channel: a non-blocking pipe, which costs nothing to set up (the
    ``socket`` module took ~2 ms to import before the first paint); a socket pair on
    Windows, where ``set_wakeup_fd`` takes no pipe."""

    def __init__(self) -> None:
        if sys.platform != "win32":
            self.read, self.write = os.pipe()
            for end in (self.read, self.write):
                os.set_blocking(end, False)
            self._sockets: tuple[socket.socket, ...] = ()
            return
        import socket

        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)
        self.read, self.write = reader.fileno(), writer.fileno()
        self._sockets = (reader, writer)

    def receive(self) -> bytes:
        """What the channel holds (BlockingIOError when it is empty)."""
        if self._sockets:
            return self._sockets[0].recv(64)
        return os.read(self.read, 64)

    def close(self) -> None:
        if self._sockets:
            for end in self._sockets:
                end.close()
            return
        os.close(self.read)
        os.close(self.write)


def _nothing(_number: int, _frame: object) -> None:
    """Python's part of the handler: the wakeup socket carries the signal to Qt."""


def ask_before_the_session_ends(has_unsaved_typing: Callable[[], bool],
                                ask: Callable[[], bool]) -> None:
    """At logout, a session manager that allows it lets the cashier keep unsaved typing:
    ``ask`` returns True when the cashier chose to stay, and the logout is cancelled."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return

    def commit(manager: QSessionManager) -> None:
        if has_unsaved_typing() and manager.allowsInteraction():
            stay = ask()
            manager.release()
            if stay:
                log.info("the session's end was cancelled: unsaved typing on the form")
                manager.cancel()

    app.commitDataRequest.connect(commit)
