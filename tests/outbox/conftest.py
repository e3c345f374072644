"""Fixtures for the outbox: a working in-memory credential store, a store in a temporary
directory, complete signups of fictitious customers, and a client for background sending."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend

from posapp.config import DEMO_API_KEY
from posapp.emulator import EmulatorServer
from posapp.engage.budgets import Budgets
from posapp.engage.client import EngageClient
from posapp.engage.retry import RetryPolicy
from posapp.form.request import SignupRequest
from posapp.outbox.backoff import Backoff
from posapp.outbox.sender import OutboxSender
from posapp.outbox.store import OutboxStore
from tests.keyrings import MemoryKeyring

#: Reserved for fiction and tests: +46 70 174 06 05 … 99.
PHONE = "+46701740605"
#: Skatteverket's published test personnummer.
PNR = "200001012384"
EMAIL = "asa.oberg@example.se"
FIRST_NAME = "Åsa"
LAST_NAME = "Öberg-Lind"


def phone(number: int) -> str:
    """The ``number``-th fictitious mobile (0 … 94)."""
    return f"+467017406{5 + number:02d}"


def member(mobile: str = PHONE, origin: str = "till", **extra: Any) -> SignupRequest:
    """A complete Member signup (keyed on the mobile) as the till would send it."""
    body = {"contactType": "Member", "mobilePhone": mobile, "countryCode": "SE",
            "firstName": FIRST_NAME, "lastName": LAST_NAME, "email": EMAIL,
            "preferences": {"acceptsEmail": False, "acceptsSms": True}, **extra}
    return SignupRequest(body=body, key="mobilePhone", contact_type="Member", source="POS",
                         store_external_id="600", create_as_unapproved=False,
                         origin=origin)  # type: ignore[arg-type]


def person(pnr: str = PNR) -> SignupRequest:
    """A complete Contact signup (keyed on the personal number)."""
    body = {"contactType": "Contact", "socialSecurityNumber": pnr, "firstName": FIRST_NAME,
            "lastName": LAST_NAME, "countryCode": "SE", "mobilePhone": PHONE, "email": EMAIL}
    return SignupRequest(body=body, key="socialSecurityNumber", contact_type="Contact",
                         source="KIOSK", store_external_id="600", create_as_unapproved=True,
                         origin="kiosk")


def _install(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty, working credential store (installed for every outbox test)."""
    yield from _install(MemoryKeyring())  # type: ignore[misc]


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    """What keyring chooses on a till without a Secret Service: its fail backend."""
    yield from _install(keyring.backends.fail.Keyring())


class Clock:
    """A wall clock the test moves by hand."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, memory_keyring: MemoryKeyring, clock: Clock) -> Iterator[OutboxStore]:
    """A store in a temporary data directory, its key in the in-memory credential store."""
    with OutboxStore(data_dir / "outbox.sqlite3", clock=clock) as opened:
        yield opened


def background_client(base_url: str) -> EngageClient:
    """One attempt per call, short timeouts: the sender does the waiting."""
    return EngageClient(base_url, DEMO_API_KEY, budgets=BACKGROUND_BUDGETS)


#: One attempt per call and short limits: the sender does the waiting.
BACKGROUND_BUDGETS = Budgets(
    connect_seconds=0.5, create_read_seconds=0.8, lookup_read_seconds=0.8,
    create_total_seconds=2.0, lookup_total_seconds=2.0,
    create_retry=RetryPolicy(attempts=1, first_wait=0.05),
    lookup_retry=RetryPolicy(attempts=1))


@pytest.fixture
def make_sender(
    store: OutboxStore, emulator: EmulatorServer
) -> Iterator[Callable[..., OutboxSender]]:
    """Senders on ``store`` against the emulator (seeded jitter); stopped afterwards."""
    made: list[OutboxSender] = []

    def maker(**options: Any) -> OutboxSender:
        options.setdefault("rng", random.Random(7))
        options.setdefault("backoff", Backoff())
        sender = OutboxSender(store, lambda: background_client(emulator.base_url), **options)
        made.append(sender)
        return sender

    yield maker
    for sender in made:
        assert sender.stop(5.0), "the sender thread did not end"
