"""One till process that is killed in the middle of a signup (run by test_kill.py).

:func:`run_till` is the body of each child process. It opens the outbox in ``data_dir``
(its key in a key file: no credential store here), adds the signup a cashier types again
after a crash before it was kept (``resubmit``), then drains the outbox with the
background sender (what a restart does) and reports ``drained``. With a ``customer`` it
reports ``ready``, waits for ``go`` and signs the customer up as the till does: kept on
disk first (``sending_now``), the POST, the 201, the answer shown, the confirm (the
settle, after showing). It reports a marker before each step, each followed by a short
pause, so that the test's kill lands at every stage: ``adding`` (before the add is
committed), ``added`` (kept, not yet sent), ``posting`` (the emulator holds the POST),
``created`` (201 received), ``shown`` (the confirmation shown, the entry not yet
deleted), ``confirmed``. Then it waits to be killed.

Markers go over a pipe, each in one write, so that what a killed child reported is read
whole. The heavy imports are at module level: the test's fork server loads them once.
"""

from __future__ import annotations

import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail

from posapp.config import DEMO_API_KEY
from posapp.engage.budgets import Budgets
from posapp.engage.client import EngageClient
from posapp.engage.retry import RetryPolicy
from posapp.form.request import SignupRequest
from posapp.outbox.backoff import Backoff
from posapp.outbox.send_now import Kept, send_signup
from posapp.outbox.sender import OutboxSender, OutboxStatus
from posapp.outbox.store import OutboxStore

PAUSE = 0.02
DRAIN_LIMIT = 15.0


def signup(phone: str) -> SignupRequest:
    body = {"contactType": "Member", "mobilePhone": phone, "countryCode": "SE",
            "firstName": "Åsa", "preferences": {"acceptsSms": True}}
    return SignupRequest(body=body, key="mobilePhone", contact_type="Member", source="POS",
                         store_external_id="600", create_as_unapproved=False, origin="till")


def client(base_url: str) -> EngageClient:
    return EngageClient(base_url, DEMO_API_KEY, budgets=Budgets(
        connect_seconds=1.0, create_read_seconds=3.0, lookup_read_seconds=2.0,
        create_total_seconds=3.0, lookup_total_seconds=3.0,
        create_retry=RetryPolicy(attempts=1), lookup_retry=RetryPolicy(attempts=1)))


def drain(store: OutboxStore, base_url: str) -> None:
    import threading

    done = threading.Event()

    def on_change(status: OutboxStatus) -> None:
        if status.queued == 0:
            done.set()

    sender = OutboxSender(store, lambda: client(base_url), on_change=on_change,
                          backoff=Backoff(first=0.05, minimum=0.01, cap=0.5,
                                          rate_limit_spread=0.1, rate_limit_spread_cap=0.2))
    sender.start()
    if not done.wait(DRAIN_LIMIT):
        raise SystemExit("the outbox did not drain")
    sender.stop()


def sign_up(store: OutboxStore, engage: EngageClient, phone: str,
            mark: Connection) -> None:
    """The till's signup path itself (``posapp.outbox.send_now.send_signup``, what
    the window's worker thread runs, then its settle once the answer was shown), with a
    marker at each step so that the test can tell where its kill landed."""
    add, confirm, create = store.add, store.confirm, engage.create_contact

    def marked_add(request: SignupRequest, *, sending_now: bool = False) -> int:
        mark.send_bytes(b"adding")
        time.sleep(PAUSE)
        entry_id = add(request, sending_now=sending_now)
        mark.send_bytes(b"added")
        time.sleep(PAUSE)
        return entry_id

    def marked_create(*args: Any, **kwargs: Any) -> Any:
        mark.send_bytes(b"posting")
        contact = create(*args, **kwargs)
        mark.send_bytes(b"created")
        time.sleep(PAUSE)
        return contact

    def marked_confirm(entry_id: int) -> bool:
        done = confirm(entry_id)
        mark.send_bytes(b"confirmed")
        return done

    store.add = marked_add  # type: ignore[method-assign]
    store.confirm = marked_confirm  # type: ignore[method-assign]
    engage.create_contact = marked_create  # type: ignore[method-assign]
    result = send_signup(engage, signup(phone), store)
    if isinstance(result, Kept):  # not expected here; the sender takes it over
        mark.send_bytes(f"released {type(result.reason).__name__}".encode())
        return
    mark.send_bytes(b"shown")
    time.sleep(PAUSE)
    result.settle()


def run_till(data_dir: str, base_url: str, resubmit: str | None, customer: str | None,
             conn: Connection, go: Connection) -> None:
    """The child process; see the module docstring. Markers go out on ``conn``, the
    signal to sign the customer up comes in on ``go``."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a till without a credential store
    store = OutboxStore(Path(data_dir) / "outbox.sqlite3")
    if resubmit:
        store.add(signup(resubmit))
    drain(store, base_url)
    conn.send_bytes(b"drained")
    if customer:
        engage = client(base_url)
        conn.send_bytes(b"ready")
        go.recv_bytes()
        sign_up(store, engage, customer, conn)
        time.sleep(30)  # killed before this ends
    store.close()
