"""OutboxSender: sends the outbox's signups to Engage, one at a time, on a thread of its own.

For each entry, the rule the till itself follows: an entry whose POST may have reached
Engage (``attempted``) is looked up by key first (found: confirmed; not found: created);
any other is marked ``attempted`` on disk and then POSTed. The answer decides
(``outcomes.py``): confirm and delete, keep for staff, retry later with back-off and
jitter (``backoff.py``), or pause the queue while the API key is refused.

The sender wakes when the store changes (it subscribes to it), when :meth:`wake` is
called (the network is back) and when the next entry falls due. ``on_change`` is called
on the sender's thread with an :class:`OutboxStatus` whenever the counts or the pause
change; the UI adapts it to a Qt signal. Logs name entry ids and error classes only.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal, Protocol

from posapp.engage.errors import EngageError, NotFound
from posapp.outbox.backoff import Backoff
from posapp.outbox.outcomes import Verdict, verdict_for
from posapp.outbox.store import OutboxEntry, OutboxStore

log = logging.getLogger("posapp.outbox")

#: Without a wake-up, look at the store again after this long (a changed wall clock).
IDLE_RECHECK_SECONDS = 60.0
#: How often the retention purge runs while posapp is open.
PURGE_INTERVAL_SECONDS = 3600.0


class EngageCalls(Protocol):
    """The part of :class:`posapp.engage.EngageClient` the sender uses."""

    def find_contact_id(self, key: Any, value: str, contact_type: str | None = None) -> str: ...

    def create_contact(self, draft: Mapping[str, Any], *, source: str | None = None,
                       store_external_id: str | None = None,
                       create_as_unapproved: bool = False, key: Any = None) -> Any: ...

    def abort(self) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class OutboxStatus:
    """What the header shows: signups queued for sending, waiting for staff, and whether
    sending is paused because Engage refused the API key."""

    queued: int = 0
    needs_person: int = 0
    paused: bool = False

    @property
    def waiting(self) -> int:
        return self.queued + self.needs_person


Result = Literal["confirmed", "needs_person", "retry", "paused", "gone"]


@dataclass(frozen=True)
class SendResult:
    """What became of one entry in :meth:`OutboxSender.send_one`."""

    entry_id: int
    result: Result
    #: What happened, without personal data (``created``, ``found``, ``CannotConnect`` …).
    detail: str
    #: Seconds until the entry (and, for 429/pause, the queue) is tried again.
    wait: float | None = None


class OutboxSender:
    """Sends the outbox in the background; see the module docstring.

    ``client_factory`` is called on the sender's thread when a client is first needed
    (and again after :meth:`resume`); give it a client whose own retries are short (one
    attempt each: the sender does the waiting). The sender closes the clients it made
    unless ``close_client`` is False (a client shared by several senders).
    """

    def __init__(
        self,
        store: OutboxStore,
        client_factory: Callable[[], EngageCalls],
        *,
        on_change: Callable[[OutboxStatus], None] | None = None,
        backoff: Backoff | None = None,
        retention: timedelta | None = timedelta(days=30),
        rng: random.Random | None = None,
        close_client: bool = True,
        name: str = "outbox-sender",
    ) -> None:
        self.store = store
        self.backoff = backoff or Backoff()
        self.retention = retention
        self.on_change = on_change
        self._factory = client_factory
        self._close_client = close_client
        self._rng = rng or random.Random()
        self._name = name
        self._client: EngageCalls | None = None
        self._renew_client = False
        self._client_lock = threading.Lock()
        self._wakeup = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._unsubscribe: Callable[[], None] | None = None
        #: Nothing is sent before this (store clock): a 429, a network failure, the pause.
        self._not_before = 0.0
        self._failures_in_row = 0
        self._limited_in_row = 0
        self._paused = False
        self._last_status: OutboxStatus | None = None
        self._next_purge = 0.0

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the thread (once); it purges old entries, then sends what is due."""
        if self._thread is not None:
            raise RuntimeError("an outbox sender can be started only once")
        self._unsubscribe = self.store.subscribe(self.wake)
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look at the outbox now (a new entry, the network is back); any thread."""
        self._wakeup.set()

    def resume(self) -> None:
        """After the API key was changed: end the pause, send now with a new client (made
        on the sender's thread before its next request; one in flight is left to finish)."""
        self._paused = False
        self._not_before = 0.0
        self._failures_in_row = self._limited_in_row = 0
        self._renew_client = True
        self.wake()

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop sending, breaking off a request in flight (its entry stays ``attempted``,
        so it is looked up at the next start). True when the thread has ended."""
        self._stopping.set()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._wakeup.set()
        with self._client_lock:
            client = self._client
        if client is not None:
            client.abort()
        thread = self._thread
        if thread is None:
            self._drop_client()
            return True
        thread.join(timeout)
        return not thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def paused(self) -> bool:
        """True while Engage refuses the API key (until a send succeeds or :meth:`resume`)."""
        return self._paused

    def status(self) -> OutboxStatus:
        """The counts now (not the signup being sent by its caller right now), and whether
        sending is paused."""
        counts = self.store.counts(held=False)
        return OutboxStatus(counts.queued, counts.needs_person, self._paused)

    # -- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                self._wakeup.clear()
                try:
                    wait = self._work()
                except Exception:
                    log.exception("outbox: the sender failed; trying again later")
                    self._failures_in_row += 1
                    wait = self.backoff.after_failure(self._failures_in_row, self._rng)
                self._report()
                if wait > 0:
                    self._wakeup.wait(min(wait, IDLE_RECHECK_SECONDS))
        finally:
            self._drop_client()

    def _work(self) -> float:
        """Purge when due, send one entry when one is due; seconds to wait before more."""
        now = self.store.clock()
        if self.retention is not None and now >= self._next_purge:
            self.store.purge(self.retention)
            self._next_purge = now + PURGE_INTERVAL_SECONDS
        if now < self._not_before:
            return self._not_before - now
        if self.send_one() is not None:
            return 0.0
        due = self.store.next_due_at()
        if due is None:
            return IDLE_RECHECK_SECONDS
        return max(due - self.store.clock(), 0.0) or 0.01

    def _report(self) -> None:
        if self.on_change is None:
            return
        status = self.status()
        if status != self._last_status:
            self._last_status = status
            try:
                self.on_change(status)
            except Exception:
                log.exception("outbox: on_change failed")

    # -- one entry -------------------------------------------------------------------------

    def send_one(self) -> SendResult | None:
        """Take the entry due first and send it, here on the calling thread; None when none
        is due. The thread calls this; tests and benchmarks may call it directly."""
        entry = self.store.claim_due()
        if entry is None:
            return None
        try:
            return self._deliver(entry)
        except BaseException:
            # Never leave an entry claimed: it would not be sent until a restart.
            self.store.release(entry.id, retry_at=self.store.clock()
                               + self.backoff.after_failure(entry.failures + 1, self._rng))
            raise

    def _deliver(self, entry: OutboxEntry) -> SendResult:
        signup = entry.signup
        attempted_before = entry.state == "attempted"
        try:
            client = self._client_now()
            if attempted_before:
                try:
                    client.find_contact_id(signup.key, signup.key_value, signup.contact_type)
                except NotFound:
                    pass
                else:
                    return self._confirmed(entry, "found")
            if not self.store.mark_attempted(entry.id):
                return SendResult(entry.id, "gone", "taken off the outbox meanwhile")
            client.create_contact(
                signup.body, source=signup.source, store_external_id=signup.store_external_id,
                create_as_unapproved=signup.create_as_unapproved, key=signup.key)
        except EngageError as exc:
            return self._settle(entry, verdict_for(exc, attempted_before=attempted_before),
                                never_landed=not attempted_before)
        return self._confirmed(entry, "created")

    def _confirmed(self, entry: OutboxEntry, how: str) -> SendResult:
        self.store.confirm(entry.id)
        self._failures_in_row = self._limited_in_row = 0
        if self._paused:
            log.info("outbox: Engage accepts the API key again; sending resumed")
            self._paused = False
        log.info("outbox: entry %d sent (%s)", entry.id, how)
        return SendResult(entry.id, "confirmed", how)

    def _settle(self, entry: OutboxEntry, verdict: Verdict, *, never_landed: bool) -> SendResult:
        """Act on a verdict. ``never_landed``: no POST of this entry was sent before this
        round, so one that Engage certainly did not store leaves it ``pending``."""
        if verdict.action == "confirm":
            return self._confirmed(entry, f"already stored: {verdict.error}")
        if verdict.action == "needs_person":
            assert verdict.problem is not None
            self.store.set_needs_person(entry.id, verdict.problem)
            self._failures_in_row = self._limited_in_row = 0  # the way to Engage works
            return SendResult(entry.id, "needs_person", verdict.problem.kind)
        now = self.store.clock()
        if verdict.action == "pause":
            wait = self.backoff.after_key_refused(self._rng)
            if not self._paused:
                log.warning("outbox: Engage refused the API key; sending paused for %.0f s "
                            "(set the key, then sending resumes)", wait)
            self._paused = True
            self._not_before = now + wait
            self.store.retry_later(entry.id, now + wait, verdict.error, failed=False,
                                   never_landed=never_landed and verdict.nothing_stored)
            return SendResult(entry.id, "paused", verdict.error, wait)
        if verdict.rate_limited:
            self._limited_in_row += 1
            wait = self.backoff.after_rate_limit(verdict.retry_after, self._limited_in_row,
                                                 self._rng)
            failed = False
        else:
            self._limited_in_row = 0
            self._failures_in_row += 1
            wait = self.backoff.after_failure(max(self._failures_in_row, entry.failures + 1),
                                              self._rng)
            failed = True
        # The whole queue waits: a 429, a network or an Engage failure is seldom one entry's.
        self._not_before = now + wait
        self.store.retry_later(entry.id, now + wait, verdict.error, failed=failed,
                               never_landed=never_landed and verdict.nothing_stored)
        log.info("outbox: entry %d not sent (%s); next try in %.1f s",
                 entry.id, verdict.error, wait)
        return SendResult(entry.id, "retry", verdict.error, wait)

    # -- the client ------------------------------------------------------------------------

    def _client_now(self) -> EngageCalls:
        """The client, made (again, after :meth:`resume`) on the sender's thread."""
        if self._renew_client:
            self._renew_client = False
            self._drop_client()
        with self._client_lock:
            if self._client is None:
                self._client = self._factory()
            return self._client

    def _drop_client(self) -> None:
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None and self._close_client:
            client.close()
