"""The signup flow: form → worker thread → Engage → confirmation or the right dialog.

Signals:
    signed_up(object): the created Contact.
    kept(object): the SignupRequest the outbox keeps, to be sent when Engage answers.
    applied(object): the existing member (a Contact) the ticked boxes were saved to.
    open_member_requested(object): a Contact or id the staff view should open (409).

Nothing the cashier typed is lost on any failure: the form is only emptied by the
confirmation page's "New signup".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from posapp.engage.errors import AlreadyMember, InvalidDraft, InvalidFields
from posapp.form.identifier_checks import IdentifierChecks
from posapp.form.request import SignupRequest
from posapp.outbox.send_now import Created, Kept, read_member_found, send_signup
from posapp.ui.outbox_link import OutboxLink
from posapp.ui.request_flow import RequestFlow
from posapp.ui.request_runner import RequestRunner, Settling
from posapp.ui.signup_form import SignupForm

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient
    from posapp.engage.models import Contact
    from posapp.outbox.store import OutboxStore

log = logging.getLogger("posapp.ui")


def signup_job(request: SignupRequest, outbox: OutboxStore | None = None, *,
               read_existing: bool = True, check_first: Sequence[tuple[str, str]] = ()
               ) -> Callable[[EngageClient], Settling | Kept]:
    """The work done on the worker thread for one signup (and each Retry): see
    ``posapp/outbox/send_now.py``. A created contact's outbox entry is deleted after the
    confirmation was shown (the runner settles it), not while the cashier waits."""

    def job(client: EngageClient) -> Settling | Kept:
        result = send_signup(client, request, outbox, read_existing=read_existing,
                             check_first=check_first)
        if isinstance(result, Created):
            return Settling(result.contact, result.settle)
        return result

    return job


class SignupFlow(RequestFlow):
    """Connects the form to the runner and the runner's answers to what the cashier sees."""

    signed_up = Signal(object)
    kept = Signal(object)
    applied = Signal(object)
    open_member_requested = Signal(object)

    def __init__(self, form: SignupForm, runner: RequestRunner,
                 dialog_parent: QWidget, outbox: OutboxLink | None = None,
                 checks: IdentifierChecks | None = None) -> None:
        super().__init__(runner, form)
        self._form = form
        self._outbox = outbox
        self._checks = checks
        self._applying = False
        self._apply_target = ""
        self._dialog_parent = dialog_parent
        self._last: SignupRequest | None = None
        form.submit_requested.connect(self.submit)

    @Slot(object)
    def submit(self, request: SignupRequest) -> None:
        """Send one signup, unless a request is already running (double submit); or, when
        a member already holds an identifier typed (asked while the cashier typed), offer
        that member instead of creating a second contact."""
        holder = self._checks.holder(self._form.model) if self._checks is not None else None
        if holder is not None:
            contact_id, attribute = holder.contact_id, holder.attribute
            if self._start(lambda client: read_member_found(client, contact_id, attribute)):
                self._last = request
                self._applying = False
                log.info("signup: a member holds the %s typed; offered instead", attribute)
            return
        outbox = self._outbox.ready_store() if self._outbox is not None else None
        if not self._start(signup_job(request, outbox)):
            return
        self._last = request
        self._applying = False
        log.info("signup submitted (type %s, key %s)", request.contact_type, request.key)

    @Slot(str)
    def apply_to_member(self, contact_id: str) -> None:
        """Save the boxes just ticked to the member the customer already is: one PATCH."""
        changes = self._form.model.ticked_for_member()
        if not changes:
            return

        def job(client: EngageClient) -> Contact:
            return client.update_contact(contact_id, changes, budget=client.lookup_budget())

        if self._start(job):
            self._applying = True
            self._apply_target = contact_id
            log.info("signup: the ticked boxes are saved to the existing member")

    @Slot()
    def retry(self) -> None:
        """Send the last signup again; the client looks the key up first where needed."""
        if self._last is not None:
            self.submit(self._last)

    def _set_busy(self, busy: bool) -> None:
        self._form.set_busy(busy)

    def _succeeded(self, result: object) -> None:
        from posapp.engage.models import Contact  # loaded by the client already: no cost

        if isinstance(result, Kept):
            log.info("signup kept on this till")
            self.kept.emit(result.request)
            return
        assert isinstance(result, Contact)
        if self._applying:
            self._applying = False
            log.info("ticked boxes saved to the existing member")
            self.applied.emit(result)
            return
        log.info("signup saved")
        self.signed_up.emit(result)

    def _failed(self, error: BaseException) -> None:
        if self._applying:  # saving the ticked boxes to the member: Retry saves them again
            self._applying = False
            log.info("saving the ticked boxes failed: %s", type(error).__name__)
            from posapp.ui.dialogs.problem_dialog import ProblemDialog  # see app.py

            target = self._apply_target
            dialog = ProblemDialog(error, self._dialog_parent, operation_saves=False)
            dialog.accepted.connect(lambda: self.apply_to_member(target))
            self._open_dialog(dialog)
            return
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
        key = error.found_by or (self._last.key if self._last else "mobilePhone")
        ticked = bool(self._form.model.ticked_for_member())
        dialog = AlreadyMemberDialog(error, existing, key, self._dialog_parent,
                                     can_apply=ticked)
        dialog.open_member_requested.connect(self.open_member_requested)
        dialog.apply_requested.connect(self.apply_to_member)
        self._open_dialog(dialog)

    def _show_problem(self, error: BaseException) -> None:
        from posapp.ui.dialogs.problem_dialog import ProblemDialog  # see app.py

        dialog = ProblemDialog(error, self._dialog_parent)
        dialog.accepted.connect(self.retry)
        self._open_dialog(dialog)
