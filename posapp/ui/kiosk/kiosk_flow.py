"""The kiosk's signup: form → worker thread → Engage → thank you, or a calm note.

The till's ``signup_job`` does the work, with the kiosk's ``source`` and
``createAsUnapproved``, and without reading the existing member on a duplicate (the kiosk
shows no stored data). After a timeout or a lost connection the client has already
re-sent or looked the key up; the kiosk tries once more by itself after a short pause
(the client looks the key up first, so this cannot create a second contact) before it
gives up. No dialog is ever opened. Each attempt also has the kiosk's own deadline: a
request that outlives it is abandoned and counts as "no answer", so the screen can never
wait forever with a customer's details on it.

Signals:
    kept(): Engage could not be reached: the outbox keeps the signup and sends it later.
    signed_up(object): the created Contact, or None when the key belongs to a member
        already: the kiosk thanks both the same way, so that nobody can test at the kiosk
        whether a number belongs to a member.
    gave_up(object): the exception that ended the signup (for the kiosk's calm notice).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal, Slot

from posapp.engage import AlreadyMember, InvalidDraft, InvalidFields, NoAnswer
from posapp.form.error_meaning import meaning_of
from posapp.form.identifier_checks import IdentifierChecks
from posapp.form.request import SignupRequest
from posapp.outbox.send_now import Kept
from posapp.ui.kiosk.kiosk_form import KioskForm
from posapp.ui.outbox_link import OutboxLink
from posapp.ui.request_flow import RequestFlow
from posapp.ui.request_runner import RequestRunner
from posapp.ui.signup_flow import signup_job

log = logging.getLogger("posapp.kiosk")

# How many times the kiosk re-sends by itself after a retryable failure.
OWN_RETRIES = 1


class KioskFlow(RequestFlow):
    """Sends the form's signups; one request at a time, one automatic retry."""

    signed_up = Signal(object)
    kept = Signal()
    gave_up = Signal(object)

    def __init__(self, form: KioskForm, runner: RequestRunner, retry_delay_ms: int,
                 deadline_ms: int, outbox: OutboxLink | None = None) -> None:
        super().__init__(runner, form)
        self._form = form
        self._outbox = outbox
        self._last: SignupRequest | None = None
        self._retries_left = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(retry_delay_ms)
        self._retry_timer.timeout.connect(self._retry)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(deadline_ms)
        self._deadline.timeout.connect(self._on_deadline)
        form.submit_requested.connect(self.submit)

    @property
    def busy(self) -> bool:
        """True while a signup is in flight or waiting for its automatic retry."""
        return self._request_id is not None or self._retry_timer.isActive()

    @Slot(object)
    def submit(self, request: SignupRequest) -> None:
        """Send one signup (a second tap while busy does nothing)."""
        if self.busy:
            return
        self._last = request
        self._retries_left = OWN_RETRIES
        self._send()

    def abandon(self) -> None:
        """Forget the signup in flight (the kiosk is being reset)."""
        self._retry_timer.stop()
        self._deadline.stop()
        self._last = None
        if self._request_id is not None:
            self._request_id = None
            self._runner.abandon()
        self._form.set_busy(False)

    def _send(self) -> None:
        request = self._last
        if request is None:
            return
        store = self._outbox.ready_store() if self._outbox is not None else None
        # One member per person: the e-mail and personal number are looked up first (the
        # key is Engage's own 409); a member found gets the same thanks as anyone.
        others = [identifier for identifier in IdentifierChecks.typed(self._form.model)
                  if identifier[0] != request.key]
        job = signup_job(request, store, read_existing=False, check_first=others)
        if not self._start(job):  # the worker is taken: never leave the screen waiting
            log.error("kiosk signup: the worker is busy with another request")
            self._form.set_busy(False)
            self.gave_up.emit(RuntimeError("the worker is busy"))
            return
        self._deadline.start()
        log.info("kiosk signup sent (type %s, key %s)", request.contact_type, request.key)

    @Slot()
    def _on_deadline(self) -> None:
        if self._request_id is None:
            return
        log.warning("kiosk signup: no outcome within the kiosk's deadline; abandoned")
        self._request_id = None
        self._runner.abandon()
        if self._outbox is not None and self._outbox.store is not None:
            # The signup is on disk since before its first request: the outbox sends it
            # (looked up first); the customer need not wait for Engage.
            log.info("kiosk signup: kept on this kiosk, the outbox sends it")
            self._last = None
            self.kept.emit()
            return
        self._failed(NoAnswer("no outcome within the kiosk's own deadline"))

    @Slot()
    def _retry(self) -> None:
        log.info("kiosk signup: trying once more")
        self._send()

    def _set_busy(self, busy: bool) -> None:
        self._form.set_busy(busy or self._retry_timer.isActive())
        if self._retry_timer.isActive():
            self._form.set_status(self.tr("Still working on it — one moment…"))

    def _succeeded(self, result: object) -> None:
        # As the till's SignupFlow: pydantic's models load with the client, after the first
        # paint (README: what may load before the first paint), not with this module.
        from posapp.engage.models import Contact

        self._deadline.stop()
        if isinstance(result, Kept):
            log.info("kiosk signup: kept on this kiosk, the outbox sends it")
            self._last = None
            self.kept.emit()
            return
        assert isinstance(result, Contact)
        log.info("kiosk signup saved")
        self._last = None
        self.signed_up.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._deadline.stop()
        log.info("kiosk signup failed: %s", type(error).__name__)
        if isinstance(error, AlreadyMember):
            log.info("kiosk signup: the key is a member's already; thanked as any signup")
            self._last = None
            self.signed_up.emit(None)
            return
        if (isinstance(error, (InvalidFields, InvalidDraft)) and error.fields
                and len(self._form.mark_errors(error.fields)) < len(error.fields)):
            self._form.set_status(self.tr("Please check the marked fields."))
            return
        if meaning_of(error).retry and self._retries_left > 0:
            self._retries_left -= 1
            self._retry_timer.start()
            self._set_busy(True)
            return
        self.gave_up.emit(error)
