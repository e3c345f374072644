"""One till process that is killed in the middle of a signup (run by test_kill.py).

``python -m tests.outbox.kill_child DATA_DIR BASE_URL [--resubmit PHONE] [--customer PHONE]``

It opens the outbox in DATA_DIR (its key in a key file: the environment names keyring's
fail backend), adds the signup a cashier types again after a crash before it was kept
(``--resubmit``), then drains the outbox with the background sender (what a restart
does) and prints ``drained``. With ``--customer`` it prints ``ready``, waits for a line on
stdin, and signs the customer up as the till does: kept on disk first (``sending_now``),
the POST, the 201, the confirm. It prints a marker before each step, each followed by a
short pause, so that the test's kill lands at every stage: ``adding`` (before the add is
committed), ``added`` (kept, not yet sent), ``posting`` (the emulator holds the POST),
``created`` (201 received, not yet confirmed), ``confirmed``. Then it waits to be killed.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

from posapp.config import DEMO_API_KEY
from posapp.engage import EngageClient, EngageError
from posapp.engage.client import Timeouts
from posapp.engage.retry import RetryPolicy
from posapp.outbox import Backoff, OutboxSender, OutboxStatus, OutboxStore, PendingSignup

PAUSE = 0.02
DRAIN_LIMIT = 15.0


def signup(phone: str) -> PendingSignup:
    body = {"contactType": "Member", "mobilePhone": phone, "countryCode": "SE",
            "firstName": "Åsa", "preferences": {"acceptsSms": True}}
    return PendingSignup(body=body, key="mobilePhone", contact_type="Member", source="POS",
                         store_external_id="600", create_as_unapproved=False, origin="till")


def client(base_url: str) -> EngageClient:
    return EngageClient(base_url, DEMO_API_KEY,
                        timeouts=Timeouts(connect=1.0, create=3.0, lookup=2.0),
                        lookup_retry=RetryPolicy(attempts=1, budget_seconds=3.0),
                        create_retry=RetryPolicy(attempts=1, budget_seconds=3.0))


def mark(text: str) -> None:
    print(text, flush=True)


def drain(store: OutboxStore, base_url: str) -> None:
    done = threading.Event()

    def on_change(status: OutboxStatus) -> None:
        if status.queued == 0:
            done.set()

    sender = OutboxSender(store, lambda: client(base_url), on_change=on_change,
                          backoff=Backoff(first=0.05, minimum=0.01, cap=0.5,
                                          rate_limit_spread=0.1))
    sender.start()
    if not done.wait(DRAIN_LIMIT):
        raise SystemExit("the outbox did not drain")
    sender.stop()
    mark("drained")


def sign_up(store: OutboxStore, engage: EngageClient, phone: str) -> None:
    """The till's signup path: durable first, then the request, then the confirm."""
    mark("adding")
    time.sleep(PAUSE)
    entry_id = store.add(signup(phone), sending_now=True)
    mark("added")
    time.sleep(PAUSE)
    mark("posting")
    try:
        engage.create_contact(signup(phone).body, source="POS", store_external_id="600",
                              key="mobilePhone")
    except EngageError as exc:  # not expected here; the sender would take it over
        store.release(entry_id, error=type(exc).__name__)
        mark(f"released {type(exc).__name__}")
        return
    mark("created")
    time.sleep(PAUSE)
    store.confirm(entry_id)
    mark("confirmed")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("base_url")
    parser.add_argument("--resubmit")
    parser.add_argument("--customer")
    args = parser.parse_args()
    store = OutboxStore(args.data_dir / "outbox.sqlite3")
    if args.resubmit:
        store.add(signup(args.resubmit))
    drain(store, args.base_url)
    if args.customer:
        engage = client(args.base_url)
        mark("ready")
        sys.stdin.readline()
        sign_up(store, engage, args.customer)
        time.sleep(30)  # killed before this ends
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
