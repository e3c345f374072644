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
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from posapp.engage.errors import AlreadyMember, EngageError, InvalidDraft, InvalidFields
from posapp.form.request import SignupRequest
from posapp.ui.request_flow import RequestFlow
from posapp.ui.request_runner import RequestRunner
from posapp.ui.signup_form import SignupForm

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient
    from posapp.engage.models import Contact

log = logging.getLogger("posapp.ui")


def signup_job(request: SignupRequest, *,
               read_existing: bool = True) -> Callable[[EngageClient], Contact]:
    """The work done on the worker thread for one signup (and each Retry).

    The request says how it is sent (source, store, unapproved). On 409 the existing member
    is looked up and read for the cashier's dialog; the kiosk passes ``read_existing=False``:
    it must not tell a stranger whether a number belongs to a member, so it asks nothing.
    """

    def job(client: EngageClient) -> Contact:
        # One time budget for the whole signup, from the click (the worker starts the job
        # within a millisecond): every attempt, look-up and the 409's read spend from it.
        budget = client.create_budget()
        try:
            return client.create_contact(
                request.body,
                source=request.source,
                store_external_id=request.store_external_id,
                create_as_unapproved=request.create_as_unapproved,
                key=request.key,
                budget=budget,
                find_existing=read_existing,
            )
        except AlreadyMember as exc:
            existing: Contact | None = None
            if exc.existing_id and read_existing:
                try:
                    existing = client.get_contact(exc.existing_id, budget=budget)
                except EngageError:
                    existing = None
            exc.existing = existing
            raise

    return job


class SignupFlow(RequestFlow):
    """Connects the form to the runner and the runner's answers to what the cashier sees."""

    signed_up = Signal(object)
    open_member_requested = Signal(object)

    def __init__(self, form: SignupForm, runner: RequestRunner,
                 dialog_parent: QWidget) -> None:
        super().__init__(runner, form)
        self._form = form
        self._dialog_parent = dialog_parent
        self._last: SignupRequest | None = None
        form.submit_requested.connect(self.submit)

    @Slot(object)
    def submit(self, request: SignupRequest) -> None:
        """Send one signup, unless a request is already running (double submit)."""
        if not self._start(signup_job(request)):
            return
        self._last = request
        log.info("signup submitted (type %s, key %s)", request.contact_type, request.key)

    @Slot()
    def retry(self) -> None:
        """Send the last signup again; the client looks the key up first where needed."""
        if self._last is not None:
            self.submit(self._last)

    def _set_busy(self, busy: bool) -> None:
        self._form.set_busy(busy)

    def _succeeded(self, contact: object) -> None:
        from posapp.engage.models import Contact  # loaded by the client already: no cost

        assert isinstance(contact, Contact)
        log.info("signup saved")
        self.signed_up.emit(contact)

    def _failed(self, error: BaseException) -> None:
        log.info("signup failed: %s", type(error).__name__)
        held = self._form.take_held_keys()
        if held:  # meant for the next customer; the problem comes first
            log.info("%d keys typed during the save were dropped", len(held))
        if isinstance(error, AlreadyMember):
            self._show_already_member(error)
        elif isinstance(error, (InvalidFields, InvalidDraft)) and self._mark_fields(error):
            self._form.status_label.setText(self.tr("Engage did not accept the marked fields."))
        else:
            self._show_problem(error)

    def _mark_fields(self, error: InvalidFields | InvalidDraft) -> bool:
        """Mark the fields Engage named; False when none of them is on the form."""
        if not error.fields:
            return False
        unplaced = self._form.mark_errors(error.fields)
        return len(unplaced) < len(error.fields)

    def _show_already_member(self, error: AlreadyMember) -> None:
        from posapp.engage.models import Contact  # loaded by the client already: no cost
        from posapp.ui.dialogs.already_member_dialog import AlreadyMemberDialog  # see app.py

        existing = error.existing if isinstance(error.existing, Contact) else None
        key = self._last.key if self._last else "mobilePhone"
        dialog = AlreadyMemberDialog(error, existing, key, self._dialog_parent)
        dialog.open_member_requested.connect(self.open_member_requested)
        self._open_dialog(dialog)

    def _show_problem(self, error: BaseException) -> None:
        from posapp.ui.dialogs.problem_dialog import ProblemDialog  # see app.py

        dialog = ProblemDialog(error, self._dialog_parent)
        dialog.accepted.connect(self.retry)
        self._open_dialog(dialog)
