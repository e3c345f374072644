"""Sending one signup while the customer waits, with the outbox as the net under it.

The signup is written to the outbox (durable, encrypted) before its first request. Then:

* Engage created it: the entry goes, with its personal data, once the cashier has been
  shown the confirmation (:meth:`Created.settle`, which the UI's worker runs after the
  answer was delivered): deleting it (a commit and a WAL checkpoint, each synced) is no
  part of the wait. A crash between the two leaves the entry on disk as ``attempted``:
  after a restart the sender looks its key up, finds the contact and deletes the entry.
* Engage could not be reached, or its answer is not known after the signup's time budget
  (what ``form/error_meaning.py`` marks ``queue``): the entry stays and the background
  sender takes it over (looking the key up first, so that it can never land twice); the
  cashier is told "Saved on this till" and goes on with the next customer.
* Engage answered something a person must deal with now (409 already a member, 422 fields
  to correct): the entry is taken back, the form and its dialog show the problem.

A process killed at any moment leaves the entry on disk; after a restart the sender looks
its key up before anything is posted again. Without an outbox (it could not be opened) the
signup is sent as before. Plain Python: runs on the UI's worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NoReturn

from posapp.engage.errors import AlreadyMember, EngageError
from posapp.form.error_meaning import meaning_of
from posapp.form.request import SignupRequest
from posapp.outbox.errors import OutboxError

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient
    from posapp.engage.models import Contact
    from posapp.outbox.store import OutboxStore

log = logging.getLogger("posapp.outbox")


@dataclass(frozen=True)
class Kept:
    """The signup is kept on this till and will be sent when Engage answers."""

    request: SignupRequest
    #: What stopped it now (its class names the reason in the log; no personal data).
    reason: BaseException


@dataclass(frozen=True)
class Created:
    """Engage created the contact; its outbox entry (if any) stays until :meth:`settle`."""

    contact: Contact
    outbox: OutboxStore | None = field(default=None, repr=False)
    entry: int | None = None

    def settle(self) -> None:
        """Delete the entry: call it once the cashier was shown the answer (any thread).
        Until then the entry is held for the caller: the sender leaves it alone and the
        header does not count it."""
        if self.outbox is not None and self.entry is not None:
            self.outbox.confirm(self.entry)


def send_signup(client: EngageClient, request: SignupRequest,
                outbox: OutboxStore | None = None, *,
                read_existing: bool = True,
                check_first: Sequence[tuple[str, str]] = ()) -> Created | Kept:
    """Create the contact now, or keep it in ``outbox``; raises what the cashier must see.
    A created contact's entry is deleted by :meth:`Created.settle`, after the answer was
    shown.

    On 409 the existing member is looked up and read for the cashier's dialog
    (``AlreadyMember.existing``); ``read_existing=False`` (the kiosk) asks nothing: a
    stranger must not learn whether a number belongs to a member. ``check_first``: the
    identifiers (attribute, value) to look up before creating: a member holding one is
    not created again (AlreadyMember, found_by); a look-up that fails does not stop the
    create (the kiosk, which does not look up while the customer types).
    """
    # One time budget for the whole signup, from the click (the worker starts the job
    # within a millisecond): every attempt, look-up and the 409's read spend from it.
    budget = client.create_budget()
    for attribute, value in check_first:
        try:
            client.find_contact_id(attribute, value, budget=budget)  # type: ignore[arg-type]
        except EngageError:  # not found, or not known now: the create decides
            continue
        raise AlreadyMember("a member holds an identifier of the signup", found_by=attribute)
    entry: int | None = None
    if outbox is not None:
        try:
            entry = outbox.add(request, sending_now=True)
        except (OutboxError, OSError) as exc:  # a full disk must not stop the signup
            log.error("the signup could not be kept on this till (%s); sent without it",
                      type(exc).__name__)
    try:
        contact = client.create_contact(
            request.body,
            source=request.source,
            store_external_id=request.store_external_id,
            create_as_unapproved=request.create_as_unapproved,
            key=request.key,
            budget=budget,
            find_existing=read_existing,
        )
    except AlreadyMember as exc:
        if outbox is not None and entry is not None:
            outbox.take_back(entry)  # the cashier sees who it is; nothing to send later
        existing: Contact | None = None
        if exc.existing_id and read_existing:
            try:
                existing = client.get_contact(exc.existing_id, budget=budget)
            except EngageError:
                existing = None
        exc.existing = existing
        raise
    except Exception as exc:
        if outbox is None or entry is None:
            raise
        if not isinstance(exc, EngageError) or meaning_of(exc).queue:
            # Unreachable, unanswered, or a fault of posapp's own after the entry was
            # written: the outbox keeps it (it looks the key up before posting again).
            outbox.release(entry, error=type(exc).__name__)
            log.info("signup kept on this till (%s): the outbox sends it later",
                     type(exc).__name__)
            return Kept(request, exc)
        outbox.take_back(entry)  # 422 and the like: corrected on the form, now
        raise
    return Created(contact, outbox, entry)


def read_member_found(client: EngageClient, contact_id: str, found_by: str) -> NoReturn:
    """A member already holds an identifier typed on the form (found while the cashier
    typed): nothing is created; raises AlreadyMember with the member read for the dialog,
    as Engage's 409 would."""
    exc = AlreadyMember("a member holds an identifier typed on the form",
                        existing_id=contact_id, found_by=found_by)
    try:
        exc.existing = client.get_contact(contact_id, budget=client.lookup_budget())
    except EngageError:
        exc.existing = None
    raise exc
