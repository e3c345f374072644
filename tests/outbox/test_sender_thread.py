"""The sender on its own thread: woken by new entries, reporting counts, stopping cleanly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from posapp.emulator import EmulatorServer, Fault
from posapp.outbox.backoff import Backoff
from posapp.outbox.problem import Problem
from posapp.outbox.sender import OutboxSender, OutboxStatus
from posapp.outbox.store import OutboxStore
from tests.keyrings import MemoryKeyring

from .conftest import background_client, member, phone
from .test_sender import wait_for


@pytest.fixture
def live_store(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[OutboxStore]:
    """A store on the real clock."""
    with OutboxStore(data_dir / "outbox.sqlite3") as store:
        yield store


class Statuses:
    """Collects on_change calls (from the sender's thread) and waits for one."""

    def __init__(self) -> None:
        self.seen: list[OutboxStatus] = []
        self.threads: set[str] = set()
        self._changed = threading.Condition()

    def __call__(self, status: OutboxStatus) -> None:
        with self._changed:
            self.seen.append(status)
            self.threads.add(threading.current_thread().name)
            self._changed.notify_all()

    def wait_for(self, wanted: OutboxStatus, timeout: float = 15.0) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: wanted in self.seen, timeout), self.seen


def test_the_sender_drains_the_outbox_and_reports_the_counts(
        live_store: OutboxStore, emulator: EmulatorServer) -> None:
    for number in range(5):
        live_store.add(member(phone(number)))
    statuses = Statuses()
    sender = OutboxSender(live_store, lambda: background_client(emulator.base_url),
                          on_change=statuses)
    sender.start()
    try:
        statuses.wait_for(OutboxStatus(0, 0, False))
    finally:
        assert sender.stop(5.0)
    assert statuses.seen[0].queued >= 1
    assert statuses.threads == {"outbox-sender"}
    assert [emulator.count("mobilePhone", phone(n)) for n in range(5)] == [1] * 5


def test_a_new_entry_wakes_the_sender(live_store: OutboxStore, emulator: EmulatorServer) -> None:
    statuses = Statuses()
    sender = OutboxSender(live_store, lambda: background_client(emulator.base_url),
                          on_change=statuses)
    sender.start()
    try:
        statuses.wait_for(OutboxStatus(0, 0, False))
        live_store.add(member())
        wait_for(lambda: emulator.count("mobilePhone", member().key_value) == 1)
        wait_for(lambda: live_store.waiting_count() == 0)
    finally:
        assert sender.stop(5.0)


def test_the_callers_own_entry_is_left_alone_until_released(
        live_store: OutboxStore, emulator: EmulatorServer) -> None:
    sender = OutboxSender(live_store, lambda: background_client(emulator.base_url))
    sender.start()
    try:
        entry_id = live_store.add(member(), sending_now=True)
        live_store.add(member(phone(2)))  # sent meanwhile, so the sender has looked
        wait_for(lambda: emulator.count("mobilePhone", phone(2)) == 1)
        assert emulator.count("mobilePhone", member().key_value) == 0
        assert live_store.get(entry_id) is not None
        live_store.release(entry_id, error="NoAnswer")  # the till's own tries are spent
        wait_for(lambda: live_store.waiting_count() == 0)
    finally:
        assert sender.stop(5.0)
    assert emulator.count("mobilePhone", member().key_value) == 1


def test_needs_person_entries_are_counted_apart(
        live_store: OutboxStore, emulator: EmulatorServer) -> None:
    entry_id = live_store.add(member())
    live_store.set_needs_person(entry_id, Problem("invalid_fields"))
    statuses = Statuses()
    sender = OutboxSender(live_store, lambda: background_client(emulator.base_url),
                          on_change=statuses)
    sender.start()
    try:
        statuses.wait_for(OutboxStatus(0, 1, False))
        assert sender.status().waiting == 1
    finally:
        assert sender.stop(5.0)
    assert emulator.requests == []


def test_stop_breaks_off_a_request_in_flight_and_the_entry_stays_attempted(
        live_store: OutboxStore, emulator: EmulatorServer) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=60.0))
    entry_id = live_store.add(member())
    sender = OutboxSender(live_store, lambda: background_client(emulator.base_url),
                          backoff=Backoff(first=30.0))
    sender.start()
    wait_for(lambda: any(r.method == "POST" for r in emulator.requests))
    assert sender.stop(5.0)
    assert not sender.running
    entry = live_store.get(entry_id)
    assert entry is not None and entry.state == "attempted"


def test_the_retention_purge_runs_when_the_sender_starts(
        data_dir: Path, memory_keyring: MemoryKeyring, emulator: EmulatorServer) -> None:
    now = [1_800_000_000.0]
    with OutboxStore(data_dir / "outbox.sqlite3", clock=lambda: now[0]) as store:
        entry_id = store.add(member())
        store.set_needs_person(entry_id, Problem("invalid_fields"))
        now[0] += 31 * 86400
        statuses = Statuses()
        sender = OutboxSender(store, lambda: background_client(emulator.base_url),
                              on_change=statuses)
        sender.start()
        try:
            statuses.wait_for(OutboxStatus(0, 0, False))
        finally:
            assert sender.stop(5.0)
        assert store.get(entry_id) is None
