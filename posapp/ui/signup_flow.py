"""The signup flow: form → worker thread → Engage → confirmation or the right dialog.

Signals:
    signed_up(object): the created Contact.
    open_member_requested(object): a Contact or id the staff view should open (409).

Nothing the cashier typed is lost on any failure: the form is only emptied by the
confirmation page's "New signup".
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from posapp.config import Settings
from posapp.engage import (
    AlreadyMember,
    Contact,
    EngageClient,
    EngageError,
    InvalidDraft,
    InvalidFields,
)
from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog
from posapp.ui.dialogs.problem_dialog import ProblemDialog
from posapp.ui.request_runner import RequestRunner
from posapp.ui.signup_form import SignupForm, SignupRequest

log = logging.getLogger("posapp.ui")


def signup_job(request: SignupRequest, settings: Settings,
               source: str | None = None, unapproved: bool = False
               ) -> Callable[[EngageClient], Contact]:
    """The work done on the worker thread for one signup (and each Retry)."""

    def job(client: EngageClient) -> Contact:
        try:
            return client.create_contact(
                request.draft,
                source=source or settings.store.source,
                store_external_id=settings.store.external_id,
                create_as_unapproved=unapproved,
                key=request.key,
            )
        except AlreadyMember as exc:
            existing: Contact | None = None
            if exc.existing_id:
                try:
                    existing = client.get_contact(exc.existing_id)
                except EngageError:
                    existing = None
            exc.existing = existing
            raise

    return job


class SignupFlow(QObject):
    """Connects the form to the runner and the runner's answers to what the cashier sees."""

    signed_up = Signal(object)
    open_member_requested = Signal(object)

    def __init__(self, form: SignupForm, runner: RequestRunner, settings: Settings,
                 dialog_parent: QWidget) -> None:
        super().__init__(form)
        self._form = form
        self._runner = runner
        self._settings = settings
        self._dialog_parent = dialog_parent
        self._request_id: int | None = None
        self._last: SignupRequest | None = None
        self.dialog: QDialog | None = None
        form.submit_requested.connect(self.submit)
        runner.succeeded.connect(self._on_succeeded)
        runner.failed.connect(self._on_failed)
        runner.busy_changed.connect(self._on_busy_changed)

    @Slot(object)
    def submit(self, request: SignupRequest) -> None:
        """Send one signup, unless a request is already running (double submit)."""
        if self._runner.busy:
            return
        self._last = request
        self._request_id = self._runner.run(signup_job(request, self._settings))
        self._form.set_busy(True)
        log.info("signup submitted (type %s, key %s)", request.contact_type, request.key)

    @Slot()
    def retry(self) -> None:
        """Send the last signup again; the client looks the key up first where needed."""
        if self._last is not None:
            self.submit(self._last)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._form.set_busy(False)

    @Slot(int, object)
    def _on_succeeded(self, request_id: int, contact: object) -> None:
        if request_id != self._request_id:
            return
        self._request_id = None
        assert isinstance(contact, Contact)
        log.info("signup saved")
        self.signed_up.emit(contact)

    @Slot(int, object)
    def _on_failed(self, request_id: int, error: object) -> None:
        if request_id != self._request_id:
            return
        self._request_id = None
        log.info("signup failed: %s", type(error).__name__)
        if isinstance(error, AlreadyMember):
            self._show_already_member(error)
        elif isinstance(error, (InvalidFields, InvalidDraft)) and self._mark_fields(error):
            self._form.status_label.setText(self.tr("Engage did not accept the marked fields."))
        else:
            self._show_problem(error if isinstance(error, BaseException) else RuntimeError())

    def _mark_fields(self, error: InvalidFields | InvalidDraft) -> bool:
        """Mark the fields Engage named; False when none of them is on the form."""
        if not error.fields:
            return False
        unplaced = self._form.mark_errors(error.fields)
        return len(unplaced) < len(error.fields)

    def _show_already_member(self, error: AlreadyMember) -> None:
        existing = error.existing if isinstance(error.existing, Contact) else None
        key = self._last.key if self._last else "mobilePhone"
        dialog = AlreadyMemberDialog(error, existing, key, self._dialog_parent)
        dialog.open_member_requested.connect(self.open_member_requested)
        self._open_dialog(dialog)

    def _show_problem(self, error: BaseException) -> None:
        dialog = ProblemDialog(error, self._dialog_parent)
        dialog.accepted.connect(self.retry)
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
