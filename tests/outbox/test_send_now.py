"""The till's own send (``send_now.py``): a created signup's entry stays on disk, held and
not counted, until it is settled after the cashier was shown the answer; a crash in
between is a look-up after the restart, never a second contact nor a lost one."""

from __future__ import annotations

from pathlib import Path

from posapp.emulator import EmulatorServer
from posapp.outbox.send_now import Created, send_signup
from posapp.outbox.store import OutboxStore

from .conftest import PHONE, Clock, background_client, member


def test_a_created_signup_stays_held_until_settled(store: OutboxStore,
                                                   emulator: EmulatorServer) -> None:
    changes: list[str] = []
    store.subscribe(lambda: changes.append("changed"))
    result = send_signup(background_client(emulator.base_url), member(), store)
    assert isinstance(result, Created) and result.entry is not None
    assert emulator.count("mobilePhone", PHONE) == 1
    entry = store.get(result.entry)
    assert entry is not None and entry.state == "attempted"
    assert store.claim_due() is None, "the sender leaves a held entry alone"
    assert store.counts(held=False).waiting == 0, "the header does not count it"
    assert store.counts().waiting == 1
    result.settle()  # once the confirmation was shown
    assert store.get(result.entry) is None and store.counts().waiting == 0
    assert emulator.count("mobilePhone", PHONE) == 1, "created once, settled or not"
    assert changes == [], "a held entry, added and confirmed, is nobody else's business"


def test_a_crash_between_showing_and_deleting_is_a_lookup_after_the_restart(
        store: OutboxStore, emulator: EmulatorServer, data_dir: Path, clock: Clock) -> None:
    from posapp.outbox.sender import OutboxSender

    result = send_signup(background_client(emulator.base_url), member(), store)
    assert isinstance(result, Created)
    store.close()  # the process dies after showing the confirmation, before settling
    emulator.clear_requests()
    with OutboxStore(data_dir / "outbox.sqlite3", clock=clock) as restarted:
        assert restarted.counts(held=False).waiting == 1, "after a restart it is counted"
        sender = OutboxSender(restarted, lambda: background_client(emulator.base_url))
        sent = sender.send_one()
        assert sent is not None and (sent.result, sent.detail) == ("confirmed", "found")
        assert restarted.counts().waiting == 0
    assert [r.method for r in emulator.requests] == ["GET"], "looked up, not posted again"
    assert emulator.count("mobilePhone", PHONE) == 1
