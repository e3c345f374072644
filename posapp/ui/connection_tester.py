"""Runs "Test connection" on a RequestRunner worker thread, so the dialog never freezes.

Signals:
    busy_changed(bool): a test started (True) or ended (False).
    finished(object): the Diagnosis of the test.

Each test gets its own client (the address and key under test are not the running
till's) with no retries, and its own RequestRunner; the previous pair is shut down first.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal, Slot

from posapp.config import EngageSettings
from posapp.connection_check import Diagnosis, check_connection, diagnose, probe_client
from posapp.engage.client import EngageClient
from posapp.masking import add_secret
from posapp.ui.request_runner import RequestRunner

log = logging.getLogger("posapp.setup")


class ConnectionTester(QObject):
    """One connection test at a time, answered on the GUI thread."""

    busy_changed = Signal(bool)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client: EngageClient | None = None
        self._runner: RequestRunner | None = None
        self._host = ""

    @property
    def busy(self) -> bool:
        """True while a test is running."""
        return self._runner is not None and self._runner.busy

    def start(self, engage: EngageSettings, api_key: str) -> bool:
        """Test ``engage.base_url`` with ``api_key``; False when a test is already running."""
        if self.busy:
            return False
        self.shutdown()
        add_secret(api_key)
        self._client = probe_client(
            engage.base_url, api_key, ca_bundle=engage.ca_bundle,
            connect_timeout=engage.connect_timeout_seconds,
            read_timeout=engage.lookup_timeout_seconds)
        self._host = urlsplit(engage.base_url).hostname or engage.base_url
        self._runner = RequestRunner(self._client, self)
        self._runner.succeeded.connect(self._on_succeeded)
        self._runner.failed.connect(self._on_failed)
        self._runner.busy_changed.connect(self.busy_changed)
        self._runner.run(check_connection)
        return True

    @Slot()
    def shutdown(self) -> None:
        """Abandon any test and stop its worker thread (the dialog is closing)."""
        runner, client = self._runner, self._client
        self._runner = self._client = None
        if runner is not None:
            runner.shutdown()
            runner.deleteLater()
        if client is not None:
            client.close()

    @Slot(int, object)
    def _on_succeeded(self, _request_id: int, result: object) -> None:
        if isinstance(result, Diagnosis):
            self._report(result)
        else:
            self._report(diagnose(RuntimeError(repr(type(result))), self._host))

    @Slot(int, object)
    def _on_failed(self, _request_id: int, error: object) -> None:
        exc = error if isinstance(error, BaseException) else RuntimeError(type(error).__name__)
        self._report(diagnose(exc, self._host))

    def _report(self, diagnosis: Diagnosis) -> None:
        level = logging.INFO if diagnosis.ok else logging.WARNING
        log.log(level, "connection test to %s: %s in %d ms%s", self._host,
                diagnosis.outcome.value, diagnosis.elapsed_ms,
                f" ({diagnosis.detail})" if diagnosis.detail else "")
        self.finished.emit(diagnosis)
