"""The sender's rule for one entry, against the emulator with faults, one call at a time
(``send_one`` on the test's thread, the store's clock moved by hand: no real waiting)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import pytest

from posapp.emulator import EmulatorServer, Fault
from posapp.engage.client import EngageClient
from posapp.outbox.sender import OutboxSender, SendResult
from posapp.outbox.store import OutboxStore

from .conftest import EMAIL, PHONE, Clock, background_client, member, phone

MakeSender = Callable[..., OutboxSender]


def calls(emulator: EmulatorServer) -> list[str]:
    """``POST`` and ``GET /id`` … of the API requests so far."""
    return [f"{r.method} {r.path.removeprefix('/api/v3/contacts') or '/'}"
            for r in emulator.requests]


def sent(sender: OutboxSender) -> SendResult:
    result = sender.send_one()
    assert result is not None, "nothing was due"
    return result


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait (not a timed assertion: the limit only stops a hung test)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.01)


def test_a_queued_signup_is_posted_and_then_deleted(store: OutboxStore, emulator: EmulatorServer,
                                                    make_sender: MakeSender) -> None:
    entry_id = store.add(member())
    result = sent(make_sender())
    assert (result.entry_id, result.result, result.detail) == (entry_id, "confirmed", "created")
    assert calls(emulator) == ["POST /"], "never sent before: no lookup"
    assert emulator.count("mobilePhone", PHONE) == 1
    [contact] = emulator.contacts()
    assert contact["meta"]["source"] == "POS" and contact["meta"]["storeExternalId"] == "600"
    assert contact["attributes"]["email"] == EMAIL
    assert store.waiting_count() == 0
    assert make_sender().send_one() is None


def test_the_signup_is_marked_attempted_on_disk_before_the_post(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender) -> None:
    entry_id = store.add(member())
    emulator.faults.add(Fault("reset", method="POST"))  # the POST is lost on its way
    result = sent(make_sender())
    assert result.result == "retry" and "ConnectionDropped" in result.detail
    entry = store.get(entry_id)
    assert entry is not None and (entry.state, entry.attempts, entry.failures) == (
        "attempted", 1, 1)


def test_an_attempted_entry_that_landed_is_found_and_not_posted_again(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender) -> None:
    entry_id = store.add(member())
    store.mark_attempted(entry_id)  # as after a crash in the middle of the POST …
    emulator.seed(member().body)    # … that had reached Engage
    emulator.clear_requests()
    result = sent(make_sender())
    assert (result.result, result.detail) == ("confirmed", "found")
    assert calls(emulator) == ["GET /id"]
    assert emulator.count("mobilePhone", PHONE) == 1 and store.waiting_count() == 0


def test_an_attempted_entry_that_did_not_land_is_posted_after_the_lookup(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender) -> None:
    entry_id = store.add(member())
    store.mark_attempted(entry_id)
    result = sent(make_sender())
    assert (result.result, result.detail) == ("confirmed", "created")
    assert calls(emulator) == ["GET /id", "POST /"]
    assert emulator.count("mobilePhone", PHONE) == 1


def test_a_post_stored_but_unanswered_is_confirmed_by_the_next_lookup(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender,
        clock: Clock) -> None:
    store.add(member())
    emulator.faults.add(Fault("reset_after_store", method="POST"))
    sender = make_sender()
    first = sent(sender)
    assert first.result == "retry" and first.wait is not None
    assert sender.send_one() is None, "not due before its back-off"
    clock.advance(first.wait)
    second = sent(sender)
    assert (second.result, second.detail) == ("confirmed", "found")
    assert emulator.count("mobilePhone", PHONE) == 1 and store.waiting_count() == 0


def test_a_hang_then_a_late_store_gives_one_contact(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender,
        clock: Clock) -> None:
    store.add(member())
    emulator.faults.add(Fault("latency", method="POST", delay=1.2))  # past the 0.8 s timeout
    sender = make_sender()
    first = sent(sender)
    assert first.result == "retry" and "NoAnswer" in first.detail
    wait_for(lambda: emulator.count("mobilePhone", PHONE) == 1)  # Engage finishes later
    assert first.wait is not None
    clock.advance(first.wait)
    assert sent(sender).result == "confirmed"
    assert emulator.count("mobilePhone", PHONE) == 1 and store.waiting_count() == 0


def test_503_backs_off_exponentially_with_jitter_and_keeps_the_entry(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender,
        clock: Clock) -> None:
    entry_id = store.add(member())
    emulator.faults.add(Fault("status", method="POST", status=503, times=4))
    sender = make_sender()
    waits = []
    for failures in range(1, 5):
        result = sent(sender)
        assert result.result == "retry" and "ServerError (HTTP 503)" in result.detail
        assert result.wait is not None
        assert 0.5 <= result.wait <= 2.0 * 2 ** (failures - 1)
        entry = store.get(entry_id)
        assert entry is not None and entry.failures == failures
        assert entry.next_attempt_at == pytest.approx(clock.now + result.wait)
        waits.append(result.wait)
        clock.advance(result.wait)
    assert len(set(waits)) == 4, "jittered"
    assert sent(sender).result == "confirmed"
    assert emulator.count("mobilePhone", PHONE) == 1


def test_a_429_waits_at_least_retry_after_and_is_not_a_failure(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender,
        clock: Clock) -> None:
    entry_id = store.add(member())
    emulator.faults.add(Fault("status", method="POST", status=429))  # Retry-After: 1
    sender = make_sender()
    result = sent(sender)
    assert result.result == "retry" and "RateLimited" in result.detail
    assert result.wait is not None and 1.0 <= result.wait <= 2.0
    entry = store.get(entry_id)
    assert entry is not None and entry.failures == 0
    assert entry.state == "pending", "a 429 stored nothing: no lookup is needed"
    clock.advance(result.wait)
    assert sent(sender).result == "confirmed"
    assert calls(emulator) == ["POST /", "POST /"]


@pytest.mark.parametrize("fault", [Fault("status", method="POST", status=429),
                                   Fault("status", method="POST", status=503)],
                         ids=["429", "503"])
def test_an_entry_attempted_before_stays_attempted_whatever_the_answer(
        fault: Fault, store: OutboxStore, emulator: EmulatorServer,
        make_sender: MakeSender) -> None:
    entry_id = store.add(member())
    store.mark_attempted(entry_id)  # an earlier POST may have landed
    emulator.faults.add(fault)
    assert sent(make_sender()).result == "retry"
    entry = store.get(entry_id)
    assert entry is not None and entry.state == "attempted"


def test_a_503_after_a_post_keeps_the_entry_attempted(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender) -> None:
    """A 5xx may come after Engage stored the contact: look it up before the next POST."""
    entry_id = store.add(member())
    emulator.faults.add(Fault("status", method="POST", status=503))
    assert sent(make_sender()).result == "retry"
    entry = store.get(entry_id)
    assert entry is not None and entry.state == "attempted"


def test_a_422_waits_for_staff_with_the_fields_engage_named(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender) -> None:
    entry_id = store.add(member(countryCode="XX"))  # the right shape, but no such country
    result = sent(make_sender())
    assert (result.result, result.detail) == ("needs_person", "invalid_fields")
    entry = store.get(entry_id)
    assert entry is not None and entry.state == "needs_person" and entry.problem is not None
    assert "countryCode" in entry.problem.fields
    assert (entry.problem.status, entry.problem.code) == (422, "ValidationError")
    assert make_sender().send_one() is None, "never sent again by itself"


def test_a_409_for_another_person_waits_for_staff(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender) -> None:
    existing = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Bo"})
    entry_id = store.add(member())
    result = sent(make_sender())
    assert (result.result, result.detail) == ("needs_person", "already_member_other")
    entry = store.get(entry_id)
    assert entry is not None and entry.problem is not None
    assert entry.problem.existing_id == existing and entry.problem.status == 409
    assert emulator.count("mobilePhone", PHONE) == 1


def test_a_409_after_our_own_earlier_post_counts_as_confirmed(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender) -> None:
    """Attempted before, the lookup missed it (it landed just after), the POST gets 409."""
    entry_id = store.add(member())
    store.mark_attempted(entry_id)
    emulator.seed(member().body)
    emulator.faults.add(Fault("status", method="GET", path="/api/v3/contacts/id", status=404))
    result = sent(make_sender())
    assert result.result == "confirmed" and "AlreadyMember" in result.detail
    assert store.waiting_count() == 0 and emulator.count("mobilePhone", PHONE) == 1


def test_a_refused_api_key_pauses_until_resumed(
        store: OutboxStore, emulator: EmulatorServer, clock: Clock) -> None:
    keys = ["wrong-key"]
    made: list[EngageClient] = []

    def factory() -> EngageClient:
        client = background_client(emulator.base_url)
        if keys:
            client = EngageClient(emulator.base_url, keys.pop(), budgets=client.budgets)
        made.append(client)
        return client

    entry_id = store.add(member())
    sender = OutboxSender(store, factory)
    try:
        result = sent(sender)
        assert result.result == "paused" and sender.paused
        assert result.wait is not None and result.wait >= 240
        entry = store.get(entry_id)
        assert entry is not None and entry.failures == 0
        sender.resume()  # IT set the right key: a new client, at once
        assert not sender.paused
        clock.advance(result.wait)
        assert sent(sender).result == "confirmed"
        assert len(made) == 2
    finally:
        sender.stop()


@pytest.mark.parametrize("fault", [
    Fault("status", method="POST", status=500),
    Fault("status", method="POST", status=502),
    Fault("engage_timeout", method="POST", delay=0.1),
    Fault("html", method="POST"),
    Fault("truncated_json", method="POST"),
    Fault("empty_body", method="POST"),
    Fault("wrong_shape", method="POST"),
    Fault("being_created", method="POST"),
    Fault("hang_after_store", method="POST", delay=1.5),
    Fault("drip", method="POST", delay=0.3),
], ids=lambda f: f.kind + (f"-{f.status}" if f.status else ""))
def test_no_fault_loses_or_duplicates_a_signup(
        fault: Fault, store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender,
        clock: Clock) -> None:
    store.add(member(phone(9)))
    emulator.faults.add(fault)
    sender = make_sender()
    for _ in range(4):
        clock.advance(600)
        result = sender.send_one()
        assert result is not None
        assert result.result in ("confirmed", "retry"), result
        if result.result == "confirmed":
            break
    assert store.waiting_count() == 0
    assert emulator.count("mobilePhone", phone(9)) == 1


def test_the_sender_logs_no_personal_data(
        store: OutboxStore, emulator: EmulatorServer, make_sender: MakeSender,
        caplog: pytest.LogCaptureFixture, clock: Clock) -> None:
    emulator.seed({"mobilePhone": phone(1), "countryCode": "SE"})
    for number in range(4):
        store.add(member(phone(number)))
    emulator.faults.add(Fault("status", method="POST", status=503, key_value=phone(0)))
    emulator.faults.add(Fault("reset_after_store", method="POST", key_value=phone(2)))
    sender = make_sender()
    with caplog.at_level(logging.DEBUG):
        for _ in range(8):
            clock.advance(600)
            sender.send_one()
    assert store.counts().queued == 0 and store.counts().needs_person == 1
    assert "entry" in caplog.text
    for needle in ("70174060", "Åsa", "Öberg", EMAIL, "asa.oberg"):
        assert needle not in caplog.text
