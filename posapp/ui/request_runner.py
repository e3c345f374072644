"""Runs Engage calls on one worker QThread and reports back on the GUI thread.

Signals:
    busy_changed(bool): a request started (True) or ended or was abandoned (False).
    succeeded(int, object): request id and the job's return value.
    failed(int, object): request id and the EngageError it raised.

One request at a time. The worker catches everything and always answers exactly once;
answers of an abandoned request (window closed, Cancel) are dropped by request id. A job
may return :class:`Settling`: its ``settle`` runs on the worker once the GUI thread has
handled (or dropped) the answer, so that what only tidies up (the outbox's delete) is no
part of what the cashier waits for. It is queued behind any job started while the answer
was handled, and ahead of every later one.
Results arrive through queued signals connected to bound slots of this GUI-thread object,
so no widget is ever touched from the worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from posapp.engage.errors import EngageError

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient

log = logging.getLogger("posapp.ui")

Job = Callable[["EngageClient"], Any]


@dataclass(frozen=True)
class Settling:
    """A job's answer and what to do once it was delivered (on the worker thread)."""

    result: object
    settle: Callable[[], object]


class _Worker(QObject):
    """Lives on the worker thread; runs one job at a time."""

    done = Signal(int, bool, object)

    @Slot(object)
    def settle(self, settle: Callable[[], object]) -> None:
        """A delivered answer's tidying up; a failure is logged (what it leaves is
        found again, as after a crash)."""
        try:
            settle()
        except Exception:
            log.exception("tidying up after a request failed")

    @Slot(int, object)
    def run(self, request_id: int, queued: tuple[EngageClient, int, Job]) -> None:
        client, generation, job = queued
        try:
            # An abandon between queueing and now still applies: the generation is the
            # one seen when the GUI thread queued the job.
            with client.calls_since(generation):
                result = job(client)
        except EngageError as exc:
            self.done.emit(request_id, False, exc)
        except Exception as exc:  # a bug must not leave the UI waiting forever
            log.exception("request %d failed unexpectedly", request_id)
            self.done.emit(request_id, False, exc)
        else:
            self.done.emit(request_id, True, result)


class RequestRunner(QObject):
    """The GUI thread's handle on background Engage calls."""

    busy_changed = Signal(bool)
    succeeded = Signal(int, object)
    failed = Signal(int, object)
    _start = Signal(int, object)
    _settle = Signal(object)

    def __init__(self, client: EngageClient | Callable[[], EngageClient],
                 parent: QObject | None = None) -> None:
        """``client`` may be a factory: httpx, TLS and the connection pool then cost
        nothing until :meth:`warm_up` (the app calls it after the first paint) or the
        first request."""
        super().__init__(parent)
        self._client: EngageClient | None = None
        self._factory: Callable[[], EngageClient] | None = None
        if callable(client):
            self._factory = client
        else:
            self._client = client
        self._thread = QThread(self)
        self._thread.setObjectName("engage-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.run)
        self._settle.connect(self._worker.settle)
        self._worker.done.connect(self._on_done)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # quitting by any path stops the thread first
            app.aboutToQuit.connect(self.shutdown)
        self._next_id = 0
        self._current: int | None = None

    @property
    def client(self) -> EngageClient:
        """The Engage client the jobs are given (built now if it was not yet)."""
        if self._client is None:
            assert self._factory is not None
            self._client = self._factory()
            self._factory = None
        return self._client

    @Slot()
    def warm_up(self) -> None:
        """Build the client now, so that the first request does not wait for it.

        A client that cannot be built (an unreadable CA file, say) is logged here and
        reported by the first request, as that request's failure."""
        try:
            _ = self.client
        except Exception:
            log.exception("the Engage client cannot be built")

    def close_client(self) -> None:
        """Close the client's connections, if it was ever built."""
        if self._client is not None:
            self._client.close()

    @property
    def busy(self) -> bool:
        """True while a request is in flight."""
        return self._current is not None

    def run(self, job: Job) -> int:
        """Start ``job(client)`` on the worker thread; returns its request id.

        Refused (RuntimeError) while another request is in flight: the UI disables its
        submit actions while busy, so this is a programming error, not a user path.
        """
        if self._current is not None:
            raise RuntimeError("a request is already in flight")
        self._next_id += 1
        self._current = self._next_id
        self.busy_changed.emit(True)
        request_id = self._current
        try:
            client = self.client
        except Exception as exc:  # answered like any failed request, on the next turn
            log.exception("the Engage client cannot be built")
            error: Exception = exc
            QTimer.singleShot(0, lambda: self._on_done(request_id, False, error))
            return request_id
        self._start.emit(request_id, (client, client.abort_generation, job))
        return request_id

    def abandon(self) -> None:
        """Stop waiting for the current request: its answer will be dropped."""
        if self._current is None:
            return
        log.info("request %d abandoned", self._current)
        self._current = None
        if self._client is not None:
            self._client.abort()
        self.busy_changed.emit(False)

    @Slot()
    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Abandon, stop the worker thread and wait for it (bounded). True when it stopped."""
        if not self._thread.isRunning():
            return True
        self.abandon()
        if self._client is not None:
            self._client.abort()
        self._thread.quit()
        stopped = self._thread.wait(wait_ms)
        if not stopped:
            log.error("the worker thread did not stop within %d ms", wait_ms)
        return bool(stopped)

    @Slot(int, bool, object)
    def _on_done(self, request_id: int, ok: bool, payload: object) -> None:
        settle = None
        if isinstance(payload, Settling):
            settle, payload = payload.settle, payload.result
        try:
            if request_id != self._current:
                return  # an abandoned request's late answer (still settled)
            self._current = None
            self.busy_changed.emit(False)
            (self.succeeded if ok else self.failed).emit(request_id, payload)
        finally:
            if settle is not None:  # after the answer was shown, on the worker
                self._settle.emit(settle)
