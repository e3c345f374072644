"""The outbox store: durable states, claims, staff actions, retention, keys and files."""

from __future__ import annotations

import logging
import sqlite3
import stat
import sys
from datetime import timedelta
from pathlib import Path

import keyring
import pytest

from posapp.outbox.data_key import SERVICE, create_key_file, key_file_for, keyring_account
from posapp.outbox.errors import EntryBusy, OutboxError, OutboxKeyError
from posapp.outbox.problem import Problem
from posapp.outbox.sealing import new_key
from posapp.outbox.store import OutboxStore
from tests.keyrings import LockedKeyring, MemoryKeyring

from .conftest import PHONE, Clock, member, person, phone

POSIX = sys.platform != "win32"


def test_an_added_signup_reads_back_as_pending(store: OutboxStore, clock: Clock) -> None:
    signup = member()
    entry_id = store.add(signup)
    entry = store.get(entry_id)
    assert entry is not None
    assert (entry.signup, entry.state, entry.attempts, entry.failures) == (signup, "pending", 0, 0)
    assert entry.created_at == entry.next_attempt_at == clock.now
    assert entry.problem is None and entry.origin == "till"
    assert store.add(person()) > entry_id


def test_entries_survive_closing_and_reopening(data_dir: Path, memory_keyring: MemoryKeyring
                                               ) -> None:
    path = data_dir / "outbox.sqlite3"
    with OutboxStore(path) as first:
        kept = first.add(member(phone(1)))
        first.mark_attempted(kept)
        first.add(person())
    with OutboxStore(path) as again:
        entries = again.list_waiting()
    assert [(e.id, e.state, e.attempts) for e in entries] == [(kept, "attempted", 1),
                                                              (kept + 1, "pending", 0)]
    assert entries[0].signup == member(phone(1))


def test_ids_are_never_reused(store: OutboxStore) -> None:
    first = store.add(member(phone(1)))
    store.confirm(first)
    assert store.add(member(phone(2))) == first + 1


def test_a_signup_sent_by_the_caller_is_held_until_released(store: OutboxStore) -> None:
    entry_id = store.add(member(), sending_now=True)
    entry = store.get(entry_id)
    assert entry is not None and (entry.state, entry.attempts) == ("attempted", 1)
    assert store.claim_due() is None
    assert store.next_due_at() is None
    assert store.release(entry_id, error="CannotConnect")
    claimed = store.claim_due()
    assert claimed is not None and claimed.id == entry_id and claimed.last_error == "CannotConnect"
    assert store.claim_due() is None, "an entry is claimed once"


def test_the_entry_due_first_is_claimed_first(store: OutboxStore, clock: Clock) -> None:
    late = store.add(member(phone(1)))
    early = store.add(member(phone(2)))
    store.retry_later(late, clock.now + 30, "CannotConnect")
    claimed = store.claim_due()
    assert claimed is not None and claimed.id == early
    assert store.claim_due() is None
    assert store.next_due_at() == clock.now + 30
    clock.advance(30)
    again = store.claim_due()
    assert again is not None and again.id == late and again.failures == 1


def test_a_retry_after_a_429_is_not_counted_as_the_entrys_failure(store: OutboxStore,
                                                                  clock: Clock) -> None:
    entry_id = store.add(member())
    store.claim_due()
    store.retry_later(entry_id, clock.now + 1, "RateLimited (HTTP 429)", failed=False)
    entry = store.get(entry_id)
    assert entry is not None and entry.failures == 0 and entry.last_error.startswith("Rate")


def test_mark_attempted_is_on_disk_before_it_returns(data_dir: Path,
                                                     memory_keyring: MemoryKeyring) -> None:
    path = data_dir / "outbox.sqlite3"
    store = OutboxStore(path)
    entry_id = store.add(member())
    assert store.mark_attempted(entry_id)
    # Another connection (another process after a crash) sees it without any close.
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT state, attempts FROM entries").fetchall() == [
            ("attempted", 1)]
    store.close()


def test_confirm_deletes_the_entry(store: OutboxStore) -> None:
    entry_id = store.add(member())
    assert store.waiting_count() == 1
    assert store.confirm(entry_id)
    assert store.get(entry_id) is None and store.waiting_count() == 0
    assert not store.confirm(entry_id)
    assert not store.mark_attempted(entry_id)


def test_a_problem_takes_the_entry_out_of_the_queue(store: OutboxStore) -> None:
    entry_id = store.add(member())
    other = store.add(member(phone(1)))
    problem = Problem("invalid_fields", {"mobilePhone": "is not valid"}, "Validation failed",
                      422, "ValidationError")
    assert store.set_needs_person(entry_id, problem)
    counts = store.counts()
    assert (counts.queued, counts.needs_person, counts.waiting) == (1, 1, 2)
    [waiting] = store.list_needs_person()
    assert waiting.id == entry_id and waiting.problem == problem
    assert waiting.last_error == "invalid_fields"
    claimed = store.claim_due()
    assert claimed is not None and claimed.id == other
    assert store.claim_due() is None


def test_taking_back_returns_the_signup_and_removes_it(store: OutboxStore) -> None:
    entry_id = store.add(member())
    store.set_needs_person(entry_id, Problem("already_member_other", existing_id="c-1"))
    assert store.take_back(entry_id) == member()
    assert store.get(entry_id) is None
    assert store.take_back(entry_id) is None


def test_the_callers_own_entry_can_be_taken_back(store: OutboxStore) -> None:
    entry_id = store.add(member(), sending_now=True)
    assert store.take_back(entry_id) == member()
    assert store.waiting_count() == 0


def test_queued_or_sending_entries_cannot_be_taken_back(store: OutboxStore) -> None:
    queued = store.add(member(phone(1)))
    sending = store.add(member(phone(2)))
    store.retry_later(queued, store.clock() + 60, "CannotConnect")
    assert store.claim_due() is not None  # the sender has "sending"
    with pytest.raises(EntryBusy):
        store.take_back(queued)
    with pytest.raises(EntryBusy):
        store.take_back(sending)
    with pytest.raises(EntryBusy):
        store.discard(sending)
    assert store.waiting_count() == 2


def test_staff_can_discard_a_waiting_signup_and_it_is_logged(
        store: OutboxStore, caplog: pytest.LogCaptureFixture) -> None:
    entry_id = store.add(member())
    store.set_needs_person(entry_id, Problem("already_member_other"))
    with caplog.at_level(logging.INFO, logger="posapp.outbox"):
        assert store.discard(entry_id)
    assert store.waiting_count() == 0
    assert f"entry {entry_id} discarded by staff" in caplog.text
    assert not store.discard(entry_id)


def test_purge_deletes_old_entries_with_a_log_line_without_personal_data(
        store: OutboxStore, clock: Clock, caplog: pytest.LogCaptureFixture) -> None:
    old_queued = store.add(member(phone(1)))
    old_problem = store.add(member(phone(2)))
    store.set_needs_person(old_problem, Problem("invalid_fields"))
    old_sending = store.add(member(phone(3)))
    clock.advance(timedelta(days=20).total_seconds())
    young = store.add(member(phone(4)))
    clock.advance(timedelta(days=11).total_seconds())
    claimed = store.claim_due()  # the sender is sending old_queued: it stays
    assert claimed is not None and claimed.id == old_queued
    with caplog.at_level(logging.INFO, logger="posapp.outbox"):
        assert store.purge(timedelta(days=30)) == 2
    assert {e.id for e in store.list_waiting()} == {old_queued, young}
    assert old_sending not in {e.id for e in store.list_waiting()}
    assert "purged 2 signup(s) kept longer than 30 days" in caplog.text
    for value in (PHONE[4:], "Åsa", "example.se"):
        assert value not in caplog.text
    assert store.purge(timedelta(days=30)) == 0


def test_change_listeners_are_told(store: OutboxStore) -> None:
    calls: list[str] = []
    unsubscribe = store.subscribe(lambda: calls.append("changed"))
    entry_id = store.add(member())
    store.confirm(entry_id)
    unsubscribe()
    store.add(member())
    assert calls == ["changed", "changed"]


def test_find_waiting_matches_type_and_key_value(store: OutboxStore) -> None:
    entry_id = store.add(member(phone(3)))
    store.add(person())
    found = store.find_waiting("Member", phone(3))
    assert found is not None and found.id == entry_id
    assert store.find_waiting("Member", phone(4)) is None
    assert store.find_waiting("Contact", phone(3)) is None


# -- durability and files --------------------------------------------------------------------

def test_the_database_is_in_wal_mode_with_full_sync_and_secure_delete(store: OutboxStore
                                                                      ) -> None:
    with sqlite3.connect(store.path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db = store._db  # the store's own connection: synchronous is per connection
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_the_database_files_are_readable_by_the_user_only(store: OutboxStore) -> None:
    store.add(member())
    files = [store.path, store.path.with_name(store.path.name + "-wal")]
    for path in files:
        assert path.exists(), path
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is Linux's")
def test_the_default_path_is_in_the_user_data_directory(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    from posapp.outbox.store import default_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "posapp" / "outbox.sqlite3"


# -- keys ------------------------------------------------------------------------------------

def test_the_key_is_kept_in_the_credential_store(store: OutboxStore,
                                                 memory_keyring: MemoryKeyring) -> None:
    assert store.key_source == "credential store"
    stored = memory_keyring.get_password(SERVICE, keyring_account(store.path))
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    assert not key_file_for(store.path).exists()


@pytest.mark.usefixtures("no_keyring")
def test_without_a_credential_store_the_key_is_a_user_only_file(data_dir: Path) -> None:
    path = data_dir / "outbox.sqlite3"
    with OutboxStore(path) as store:
        assert store.key_source == "key file"
        entry_id = store.add(member())
    key_file = key_file_for(path)
    assert len(key_file.read_bytes()) == 32
    if POSIX:
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    with OutboxStore(path) as again:
        entry = again.get(entry_id)
        assert entry is not None and entry.signup == member()


def test_an_existing_key_file_wins_over_a_new_credential_store(
        data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    path = data_dir / "outbox.sqlite3"
    data_dir.mkdir(parents=True)
    create_key_file(key_file_for(path))
    with OutboxStore(path) as store:
        assert store.key_source == "key file"
    assert memory_keyring.entries == {}


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
@pytest.mark.usefixtures("no_keyring")
def test_a_key_file_others_can_read_is_made_user_only(data_dir: Path) -> None:
    path = data_dir / "outbox.sqlite3"
    OutboxStore(path).close()
    key_file_for(path).chmod(0o644)
    OutboxStore(path).close()
    assert stat.S_IMODE(key_file_for(path).stat().st_mode) == 0o600


def test_a_key_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "outbox.key"
    first = create_key_file(path)
    assert create_key_file(path) == first
    assert path.read_bytes() == first
    assert list(tmp_path.iterdir()) == [path], "no temporary copy is left behind"


def test_a_locked_credential_store_is_an_error_not_a_second_key(data_dir: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(OutboxKeyError, match="credential store"):
            OutboxStore(data_dir / "outbox.sqlite3")
    finally:
        keyring.set_keyring(previous)
    assert not key_file_for(data_dir / "outbox.sqlite3").exists()


def test_another_key_does_not_open_the_database(store: OutboxStore) -> None:
    store.add(member())
    store.close()  # one process at a time (owner_lock.py): as a restart with a lost key
    with pytest.raises(OutboxKeyError, match="does not open"):
        OutboxStore(store.path, key=new_key())


def test_a_payload_moved_to_another_entry_does_not_open(store: OutboxStore) -> None:
    first = store.add(member(phone(1)))
    second = store.add(member(phone(2)))
    with store._transaction() as db:  # what an attacker with write access could do
        payload = db.execute("SELECT payload FROM entries WHERE id = ?", (first,)).fetchone()[0]
        db.execute("UPDATE entries SET payload = ? WHERE id = ?", (payload, second))
    with pytest.raises(OutboxError, match="cannot be read"):
        store.get(second)
    entry = store.get(first)
    assert entry is not None and entry.signup.key_value == phone(1)


def test_an_incomplete_signup_is_refused() -> None:
    with pytest.raises(ValueError, match="only complete signups"):
        member(mobile="")


def test_the_header_count_leaves_out_a_signup_its_caller_is_sending(
        store: OutboxStore) -> None:
    queued = store.add(member(phone(1)))
    held = store.add(member(phone(2)), sending_now=True)
    assert store.counts().queued == 2
    assert store.counts(held=False).queued == 1
    assert store.release(held)  # given to the sender: it waits like any other
    assert store.counts(held=False).queued == 2
    store.confirm(queued)
    assert store.counts(held=False).queued == 1
