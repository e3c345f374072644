"""Base of every flow that runs its requests on the shared RequestRunner.

The runner is shared (signup, find member, kiosk, set-up), so each flow keeps the id of
its own request and ignores the answers of others. It also keeps the one dialog it has
open, so that tests and the kiosk's reset can find and close it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog

from posapp.ui.request_runner import Job, RequestRunner


class RequestFlow(QObject):
    """Subclasses implement ``_succeeded``, ``_failed`` and ``_set_busy``."""

    def __init__(self, runner: RequestRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._request_id: int | None = None
        self.dialog: QDialog | None = None
        runner.succeeded.connect(self._on_succeeded)
        runner.failed.connect(self._on_failed)
        runner.busy_changed.connect(self._on_busy_changed)

    def _start(self, job: Job) -> bool:
        """Run ``job`` unless a request (any flow's) is in flight; True when started."""
        if self._runner.busy:
            return False
        self._request_id = self._runner.run(job)
        self._set_busy(True)
        return True

    def _succeeded(self, result: object) -> None:
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        raise NotImplementedError

    @Slot(int, object)
    def _on_succeeded(self, request_id: int, result: object) -> None:
        if request_id == self._request_id:
            self._request_id = None
            self._succeeded(result)

    @Slot(int, object)
    def _on_failed(self, request_id: int, error: object) -> None:
        if request_id == self._request_id:
            self._request_id = None
            self._failed(error if isinstance(error, BaseException) else RuntimeError(error))

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._set_busy(False)

    def _open_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` window-modal without blocking; remembered until it closes."""
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            parent = dialog.parentWidget()
            dialog.deleteLater()
            if parent is not None:
                # The keyboard goes back to the field it left, also where no window manager
                # re-activates the window under a closed dialog (a bare X session).
                parent.window().activateWindow()
