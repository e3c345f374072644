"""EngageClient: the four Engage calls posapp makes, with Engage's retry policy built in.

One long-lived ``httpx.Client`` (connections and the TLS context are reused between
signups); every call sends ``apikey``, ``User-Agent``, ``Content-Type`` and ``Accept``.
Every outcome other than success is an :class:`~posapp.engage.errors.EngageError`
subclass, never an httpx or pydantic exception. Thread-safe: the UI's worker thread
calls it, the GUI thread may :meth:`abort` it.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from posapp import __version__
from posapp.engage.abort import AbortSignal
from posapp.engage.answers import (
    Operation,
    error_for_status,
    error_for_transport,
    read_capped,
    read_contact,
    read_json,
)
from posapp.engage.budgets import DEFAULT_BUDGETS, Budgets, TimeBudget
from posapp.engage.deadlines import WATCHDOG
from posapp.engage.errors import (
    AlreadyMember,
    BeingCreated,
    CannotConnect,
    CertificateRejected,
    EngageError,
    EngageTimedOut,
    InvalidDraft,
    MultipleMatches,
    NoAnswer,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    UnreadableResponse,
)
from posapp.engage.models import (
    KEY_FIELDS,
    LOOKUP_PARAM,
    Contact,
    ContactChanges,
    ContactDraft,
    KeyField,
    draft_errors,
)
from posapp.engage.retry import RetryBudget, RetryPolicy
from posapp.engage.transport import (
    AbortableTransport,
    make_ssl_context,
    require_safe_base_url,
)

log = logging.getLogger("posapp.engage")
# httpx logs every full URL at INFO, query values included (a phone number in a lookup):
# posapp logs its own line per request with the values masked instead.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)

CONTACTS_PATH = "/api/v3/contacts"


def _lookup_params(key: KeyField, value: str, contact_type: str | None) -> dict[str, str]:
    params = {LOOKUP_PARAM[key]: value}
    if contact_type:
        params["contactType"] = contact_type
    return params


class EngageClient:
    """Talks to one Engage tenant. Use as a context manager or call :meth:`close`."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        budgets: Budgets | None = None,
        ca_bundle: str | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not api_key:
            raise ValueError("an API key is required")
        require_safe_base_url(base_url)
        self.base_url = base_url.rstrip("/")
        #: Every time limit, stated in ``posapp.engage.budgets``.
        self.budgets = budgets or DEFAULT_BUDGETS
        self._clock = clock
        self._abort = AbortSignal()
        self._sleep = sleep or self._abort.sleep
        self._transport = AbortableTransport(
            ssl_context=make_ssl_context(ca_bundle),
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=2,
                                keepalive_expiry=30.0),
        )
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=self._transport,
            headers={
                "apikey": api_key,
                "User-Agent": f"posapp/{__version__}",
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
            timeout=httpx.Timeout(self.budgets.lookup_read_seconds,
                                  connect=self.budgets.connect_seconds),
            follow_redirects=False,
            trust_env=False,
        )
        self._lock = threading.Lock()
        #: (contactType, key, value) of creates whose outcome is unknown: looked up before
        #: anything is posted again, so that a retry can never create a second contact.
        self._unsettled: set[tuple[str, str, str]] = set()

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close every connection."""
        self._http.close()

    def __enter__(self) -> EngageClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def abort(self) -> None:
        """Break off every call in flight now (from any thread): no more retries or waits.

        The calls end at once with ConnectionDropped; calls started afterwards work as usual.
        """
        self._abort.fire()
        self._transport.abort(None)

    @property
    def abort_generation(self) -> int:
        """A mark to pass to :meth:`calls_since` for work queued now and run later."""
        return self._abort.generation

    def calls_since(self, generation: int) -> AbstractContextManager[None]:
        """Calls made inside are aborted by any :meth:`abort` fired after ``generation``."""
        return self._abort.call(since=generation)

    # -- the four calls --------------------------------------------------------------------

    def create_budget(self) -> TimeBudget:
        """A signup's time, starting now: make it at the click and pass it to every call."""
        return self.budgets.for_create(self._clock)

    def lookup_budget(self) -> TimeBudget:
        """A search's or a save's time, starting now."""
        return self.budgets.for_lookup(self._clock)

    def create_contact(
        self,
        draft: ContactDraft | Mapping[str, Any],
        *,
        source: str | None = None,
        store_external_id: str | None = None,
        create_as_unapproved: bool = False,
        key: KeyField | None = None,
        budget: TimeBudget | None = None,
        find_existing: bool = True,
    ) -> Contact:
        """``POST /api/v3/contacts``; returns the created contact.

        ``key`` is the tenant's key attribute for this contact type; when None, the first
        key attribute the draft carries. After an unknown outcome (no answer, dropped
        connection, unreadable answer) the key is looked up before anything is posted again.
        ``budget`` is the signup's time (:meth:`create_budget`, made at the click); by
        default it starts now. Every attempt, wait and look-up spends from it.
        On 409 the existing member's id is looked up for ``AlreadyMember.existing_id``
        unless ``find_existing`` is False (the kiosk: nothing about an existing member may
        reach a stranger's screen, so nothing is asked).
        """
        with self._abort.call():
            return self._create(draft, source, store_external_id, create_as_unapproved, key,
                                budget or self.create_budget(), find_existing)

    def _create(
        self,
        draft: ContactDraft | Mapping[str, Any],
        source: str | None,
        store_external_id: str | None,
        create_as_unapproved: bool,
        key: KeyField | None,
        budget: TimeBudget,
        find_existing: bool = True,
    ) -> Contact:
        draft = self._as_draft(draft)
        key = key or next((k for k in KEY_FIELDS if draft.value_of(k)), None)
        value = draft.value_of(key) if key else None
        if key is None or value is None:
            raise InvalidDraft(fields={key or "key": "the key field is missing"})
        token = (draft.contactType, key, value)
        params = {"createAsUnapproved": "true" if create_as_unapproved else "false"}
        if source:
            params["source"] = source
        if store_external_id:
            params["storeExternalId"] = store_external_id
        body = draft.body()
        retries = RetryBudget(self.budgets.create_retry, budget, sleep=self._sleep)
        #: This call's last attempt whose outcome is unknown: what the cashier is told when
        #: the look-up that would settle it cannot be made.
        unknown: EngageError | None = None
        while True:
            if self._is_unsettled(token):
                found = self._reconcile(key, value, draft.contactType, budget, unknown)
                if found is not None:
                    return found
            if not budget.allows(self.budgets.min_attempt_seconds):
                raise unknown or self._out_of_time("POST", CONTACTS_PATH, params, budget)
            retries.start_attempt()
            try:
                response = self._send(
                    "POST", CONTACTS_PATH, "create", params=params, json=body,
                    read_timeout=self.budgets.create_read_seconds, budget=budget,
                )
                contact = read_contact(response, "create")
            except UnreadableResponse as exc:
                # Stored, but the answer cannot be read: fetch it by key instead.
                self._mark_unsettled(token)
                if exc.created:
                    found = self._reconcile(key, value, draft.contactType, budget, exc)
                    if found is not None:
                        return found
                raise
            except OutcomeUnknown as exc:
                self._mark_unsettled(token)
                unknown = exc
                if not self._wait_to_resend(retries):
                    raise exc from None
                continue
            except EngageTimedOut:
                if not self._wait_to_resend(retries):
                    raise
                continue
            except AlreadyMember as exc:
                if not find_existing:
                    self._settle(token)
                    raise
                if self._is_unsettled(token):
                    # Our own earlier attempt landed after all.
                    found = self._reconcile(key, value, draft.contactType, budget, None)
                    if found is not None:
                        return found
                exc.existing_id = self._find_quietly(key, value, draft.contactType, budget)
                raise
            except BeingCreated as exc:
                return self._await_being_created(token, exc, budget)
            except ServerError:
                # A 5xx may come after Engage stored the contact: check before any resend.
                self._mark_unsettled(token)
                raise
            self._settle(token)
            return contact

    def find_contact_id(
        self, key: KeyField, value: str, contact_type: str | None = None, *,
        budget: TimeBudget | None = None,
    ) -> str:
        """``GET /api/v3/contacts/id``: the contact id for one key value.

        Raises NotFound, MultipleMatches (with ``match_ids``), InvalidRequest for a value
        Engage refuses, or the transport and server errors once the retries or the
        ``budget`` (by default a search's, starting now) are spent.
        """
        if key not in LOOKUP_PARAM or not value:
            raise InvalidDraft(fields={str(key): "a key and a value are required"})
        with self._abort.call():
            response = self._send_idempotent(
                "GET", f"{CONTACTS_PATH}/id", "find", budget or self.lookup_budget(),
                params=_lookup_params(key, value, contact_type),
            )
        data = read_json(response, "find")
        if isinstance(data, dict):  # tolerate {"id": "…"} as well as the documented "…"
            data = data.get("id") or data.get("contactId")
        if not isinstance(data, str) or not data.strip():
            raise UnreadableResponse(
                "the contact id is missing from Engage's answer",
                status=response.status_code, raw=response.text,
            )
        return data.strip()

    def get_contact(self, contact_id: str, *, budget: TimeBudget | None = None) -> Contact:
        """``GET /api/v3/contacts/{id}``, within ``budget`` (by default a search's)."""
        with self._abort.call():
            response = self._send_idempotent("GET", self._contact_path(contact_id), "get",
                                             budget or self.lookup_budget())
        return read_contact(response, "get")

    def find_contact(
        self, key: KeyField, value: str, contact_type: str | None = None, *,
        budget: TimeBudget | None = None,
    ) -> Contact:
        """Look up by key, then read the contact: the staff view's search, one budget."""
        budget = budget or self.lookup_budget()
        contact_id = self.find_contact_id(key, value, contact_type, budget=budget)
        return self.get_contact(contact_id, budget=budget)

    def update_contact(
        self, contact_id: str, changes: ContactChanges | Mapping[str, Any], *,
        budget: TimeBudget | None = None,
    ) -> Contact:
        """``PATCH /api/v3/contacts/{id}`` with only the changed attributes.

        Blank or null values are refused before sending: in Engage they would wipe data.
        PATCH is idempotent, so it is retried like a GET, within ``budget`` (by default a
        save's, starting now).
        """
        if not isinstance(changes, ContactChanges):
            try:
                changes = ContactChanges.model_validate(dict(changes))
            except ValidationError as exc:
                raise InvalidDraft(fields=draft_errors(exc)) from None
        body = changes.body()
        if not body:
            raise InvalidDraft(fields={"body": "nothing to change"})
        with self._abort.call():
            response = self._send_idempotent(
                "PATCH", self._contact_path(contact_id), "update",
                budget or self.lookup_budget(), json=body,
            )
        return read_contact(response, "update")

    # -- create helpers --------------------------------------------------------------------

    @staticmethod
    def _as_draft(draft: ContactDraft | Mapping[str, Any]) -> ContactDraft:
        if isinstance(draft, ContactDraft):
            return draft
        try:
            return ContactDraft.model_validate(dict(draft))
        except ValidationError as exc:
            raise InvalidDraft(fields=draft_errors(exc)) from None

    def _is_unsettled(self, token: tuple[str, str, str]) -> bool:
        with self._lock:
            return token in self._unsettled

    def _mark_unsettled(self, token: tuple[str, str, str]) -> None:
        with self._lock:
            self._unsettled.add(token)

    def _settle(self, token: tuple[str, str, str]) -> None:
        with self._lock:
            self._unsettled.discard(token)

    def _wait_to_resend(self, retries: RetryBudget) -> bool:
        """Wait before re-sending a create; False when no re-send fits.

        A re-send needs a whole create timeout after the wait, so that Engage's own 504
        can still come before posapp gives up on it.
        """
        return retries.wait_for_next(then_needs=self.budgets.create_read_seconds)

    def _find_quietly(self, key: KeyField, value: str, contact_type: str,
                      budget: TimeBudget) -> str | None:
        """The id for a key, or None when it cannot be found now (any reason)."""
        try:
            return self.find_contact_id(key, value, contact_type, budget=budget)
        except EngageError:
            return None

    def _reconcile(self, key: KeyField, value: str, contact_type: str, budget: TimeBudget,
                   unknown: EngageError | None) -> Contact | None:
        """Look the key up after an unknown outcome: the contact when it landed, else None.

        Raises when the lookup itself fails (or finds no time left): posting again without
        knowing could make a second contact, so the caller must not. What is raised then
        is ``unknown``, this call's own unanswered attempt, where there is one: whether the
        signup was saved is what the cashier needs to know, not why the check failed.
        """
        token = (contact_type, key, value)
        try:
            try:
                contact_id = self.find_contact_id(key, value, contact_type, budget=budget)
            except NotFound:
                return None
            except MultipleMatches:
                self._settle(token)
                raise
            contact = self.get_contact(contact_id, budget=budget)
        except EngageError as failed:
            if unknown is None or isinstance(failed, MultipleMatches):
                raise
            raise unknown from failed
        self._settle(token)
        log.info("reconciled create: the earlier attempt had stored the contact")
        return contact

    def _await_being_created(
        self, token: tuple[str, str, str], first: BeingCreated, budget: TimeBudget
    ) -> Contact:
        """409 being-created: wait and look the key up until it lands or the budget ends."""
        contact_type, key, value = token
        ours = self._is_unsettled(token)
        lookups = RetryBudget(
            RetryPolicy(attempts=max(3, self.budgets.create_retry.attempts + 1),
                        first_wait=0.5, max_wait=2.0),
            budget, sleep=self._sleep,
        )
        while lookups.wait_for_next(then_needs=self.budgets.min_attempt_seconds):
            lookups.start_attempt()
            contact_id = self._find_quietly(key, value, contact_type, budget)  # type: ignore[arg-type]
            if contact_id is None:
                continue
            if ours:
                self._settle(token)
                return self.get_contact(contact_id, budget=budget)
            raise AlreadyMember(
                status=first.status, code=first.code, message=first.message,
                raw=first.raw, existing_id=contact_id,
            )
        raise first

    # -- transport -------------------------------------------------------------------------

    @staticmethod
    def _contact_path(contact_id: str) -> str:
        if not contact_id or not contact_id.strip():
            raise InvalidDraft(fields={"id": "a contact id is required"})
        return f"{CONTACTS_PATH}/{quote(contact_id.strip(), safe='')}"

    def _send_idempotent(
        self, method: str, path: str, operation: Operation, budget: TimeBudget,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send with retries on transient failures (GET and PATCH only), within ``budget``."""
        if not budget.allows(self.budgets.min_attempt_seconds):
            raise self._out_of_time(method, path, kwargs.get("params"), budget)
        retries = RetryBudget(self.budgets.lookup_retry, budget, sleep=self._sleep)
        while True:
            retries.start_attempt()
            try:
                return self._send(method, path, operation,
                                  read_timeout=self.budgets.lookup_read_seconds, budget=budget,
                                  **kwargs)
            except (CannotConnect, OutcomeUnknown, ServerError, RateLimited,
                    UnreadableResponse) as exc:
                wait = exc.retry_after if isinstance(exc, RateLimited) else None
                if not retries.wait_for_next(at_least=wait or 0.0,
                                             then_needs=self.budgets.min_attempt_seconds):
                    raise

    def _out_of_time(self, method: str, path: str, params: Mapping[str, str] | None,
                     budget: TimeBudget) -> NoAnswer:
        """The error for a request not sent because the operation's time is spent."""
        log.info("%s %s not sent: %.1f s left of the operation's %g s",
                 method, self._path_for_log(path, params), budget.remaining, budget.seconds)
        return NoAnswer("no time was left for this request in the operation's budget",
                        created=False)

    def _send(
        self,
        method: str,
        path: str,
        operation: Operation,
        *,
        read_timeout: float,
        budget: TimeBudget,
        params: Mapping[str, str] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        """One HTTP exchange, cut off at the end of ``budget``; a non-2xx status is raised
        as the matching EngageError."""
        self._abort.check()
        read_timeout = budget.cap(read_timeout)
        if read_timeout <= 0:
            raise self._out_of_time(method, path, params, budget)
        request_id = uuid.uuid4().hex[:8]
        timeout = httpx.Timeout(read_timeout,
                                connect=min(self.budgets.connect_seconds, read_timeout))
        request = self._http.build_request(method, path, params=params, json=json,
                                           timeout=timeout)
        # The whole exchange (a drip-fed answer too), and never past the operation's end.
        whole = budget.cap(read_timeout * self.budgets.deadline_factor)
        started = time.monotonic()
        status: int | None = None
        error: EngageError | None = None
        try:
            with self._deadline(whole) as expired:
                try:
                    response = self._http.send(request, stream=True)
                    try:
                        body = read_capped(response)
                    finally:
                        response.close()
                except httpx.HTTPError as exc:
                    error = error_for_transport(exc, expired(), operation)
                    raise error from None
            status = response.status_code
            # The same answer, with the body read under our size cap.
            response = httpx.Response(status, headers=response.headers, content=body,
                                      request=request)
            if not response.is_success:
                error = error_for_status(response, operation)
                raise error
            return response
        except UnreadableResponse as exc:
            error = exc
            raise
        finally:
            elapsed_ms = (time.monotonic() - started) * 1000
            log.info(
                "%s %s -> %s in %.0f ms%s [req %s; %.1f of %g s left]",
                method, self._path_for_log(path, params), status or "no answer", elapsed_ms,
                f" {_outcome_for_log(error)}" if error else "", request_id,
                budget.remaining, budget.seconds,
            )

    @staticmethod
    def _path_for_log(path: str, params: Mapping[str, str] | None) -> str:
        """The path with query parameter names but no values (they may be a phone number)."""
        if path.startswith(f"{CONTACTS_PATH}/") and path != f"{CONTACTS_PATH}/id":
            path = f"{CONTACTS_PATH}/{{id}}"
        if not params:
            return path
        shown = {"source", "storeExternalId", "createAsUnapproved", "contactType"}
        parts = [f"{k}={v}" if k in shown else f"{k}=***" for k, v in params.items()]
        return f"{path}?{'&'.join(parts)}"

    @contextmanager
    def _deadline(self, seconds: float) -> Iterator[Callable[[], bool]]:
        """Break the calling thread's connection off after ``seconds`` in all."""
        thread_id = threading.get_ident()
        deadline = WATCHDOG.arm(seconds, lambda: self._transport.abort(thread_id))
        try:
            yield lambda: deadline.expired
        finally:
            deadline.cancel()

    @classmethod
    def from_settings(cls, engage: Any, api_key: str) -> EngageClient:
        """A client configured from ``posapp.config.EngageSettings``."""
        return cls(engage.base_url, api_key, budgets=engage.budgets(),
                   ca_bundle=engage.ca_bundle)


def _outcome_for_log(error: EngageError) -> str:
    """The error's class and Engage's code, or what was wrong with a refused certificate."""
    if isinstance(error, CertificateRejected):
        return f"{type(error).__name__} ({error.reason})"
    return f"{type(error).__name__} {error.code or ''}".rstrip()
