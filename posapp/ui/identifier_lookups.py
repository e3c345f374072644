"""Looks the form's identifiers up with Engage while the cashier types, on a thread of its
own, so that at Save the answer is ready and costs no extra wait.

What is asked and what the answers mean is ``posapp/form/identifier_checks.py``; this only
runs the look-ups (one at a time, a little after the typing stops) and records the
answers, on the GUI thread, through queued signals.

Signals:
    answered(): an answer came in (the checks changed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from posapp.engage.errors import EngageError, MultipleMatches, NotFound
from posapp.form.identifier_checks import Identifier, IdentifierChecks
from posapp.form.signup_model import SignupModel

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient

log = logging.getLogger("posapp.ui")

# How long the typing must pause before a valid identifier is looked up.
PAUSE_MS = 300


class _Worker(QObject):
    """On the look-up thread: one look-up at a time."""

    done = Signal(object, object, bool)  # identifier, contact id or None, ok

    @Slot(object, object)
    def look_up(self, client: Any, identifier: Identifier) -> None:
        attribute, value = identifier
        try:
            contact_id: str | None = client.find_contact_id(
                attribute, value, budget=client.lookup_budget())
        except NotFound:
            contact_id = None
        except MultipleMatches as exc:  # several hold it: a member does, whichever
            contact_id = exc.match_ids[0] if exc.match_ids else None
        except EngageError as exc:
            log.info("identifier look-up failed: %s", type(exc).__name__)
            self.done.emit(identifier, None, False)
            return
        except Exception:  # a bug must not stop the look-ups
            log.exception("identifier look-up failed unexpectedly")
            self.done.emit(identifier, None, False)
            return
        self.done.emit(identifier, contact_id, True)


class IdentifierLookups(QObject):
    """Keeps ``checks`` up to date with Engage for ``model``'s identifiers."""

    answered = Signal()
    _start = Signal(object, object)

    def __init__(self, model: SignupModel, checks: IdentifierChecks,
                 client: Callable[[], EngageClient], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._checks = checks
        self._client = client
        self._queue: list[Identifier] = []
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._ask_what_is_new)
        self._thread = QThread(self)
        self._thread.setObjectName("identifier-lookups")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.look_up)
        self._worker.done.connect(self._on_done)
        self._thread.finished.connect(self._worker.deleteLater)
        # Started with the first look-up, not with the window: nothing on the start path.
        app = QCoreApplication.instance()
        if app is not None:  # quitting by any path stops the thread first
            app.aboutToQuit.connect(self.shutdown)

    @Slot()
    def form_changed(self) -> None:
        """The form changed: look up what became valid, once the typing pauses."""
        if self._checks.to_ask(self._model):
            self._timer.start()

    @Slot()
    def _ask_what_is_new(self) -> None:
        for identifier in self._checks.to_ask(self._model):
            self._checks.asking(identifier)
            self._queue.append(identifier)
        self._next()

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        try:
            client = self._client()
        except Exception:
            log.exception("identifier look-ups: the Engage client cannot be built")
            self._queue.clear()
            return
        if not self._thread.isRunning():
            self._thread.start()
        self._busy = True
        self._start.emit(client, self._queue.pop(0))

    @Slot(object, object, bool)
    def _on_done(self, identifier: Identifier, contact_id: str | None, ok: bool) -> None:
        self._busy = False
        if ok:
            self._checks.answered(identifier, contact_id)
            self.answered.emit()
        else:
            self._checks.failed(identifier)
        self._next()

    def forget(self) -> None:
        """A new customer."""
        self._timer.stop()
        self._queue.clear()
        self._checks.forget()

    @Slot()
    def shutdown(self, wait_ms: int = 2000) -> None:
        """Stop the thread (a look-up in flight is left to its timeout)."""
        self._timer.stop()
        self._queue.clear()
        if self._thread.isRunning():
            self._thread.quit()
            if not self._thread.wait(wait_ms):
                log.error("the identifier look-ups did not stop within %d ms", wait_ms)
