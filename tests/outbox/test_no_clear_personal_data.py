"""No personal data in clear anywhere in the data directory: the database, its -wal and
-shm files and the key file are searched byte by byte, while signups wait and after
Engage has confirmed them. After deletion not even the encrypted bytes remain."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from posapp.outbox.problem import Problem
from posapp.outbox.store import OutboxStore

from .conftest import EMAIL, FIRST_NAME, LAST_NAME, PHONE, PNR, member, person

NEEDLES = (PHONE, PHONE[1:], PHONE[3:], EMAIL, EMAIL.split("@")[0], FIRST_NAME, LAST_NAME,
           PNR, PNR[2:])


def found_in(directory: Path, needles: tuple[bytes, ...] | tuple[str, ...]) -> list[str]:
    """``file: needle`` for every needle (UTF-8 and UTF-16) found in any file under it."""
    hits = []
    files = sorted(p for p in directory.rglob("*") if p.is_file())
    assert files, f"nothing to search in {directory}"
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            forms = [needle] if isinstance(needle, bytes) else [
                needle.encode("utf-8"), needle.encode("utf-16-le")]
            if any(form in data for form in forms):
                hits.append(f"{path.name}: {needle!r}")
    return hits


def fill(store: OutboxStore) -> list[int]:
    """A queued member, a waiting-for-staff contact whose problem echoes the number, and a
    signup being sent (attempted)."""
    queued = store.add(member())
    waiting = store.add(person())
    store.set_needs_person(waiting, Problem(
        "invalid_fields", {"socialSecurityNumber": f"{PNR} is not valid"},
        f"Validation failed for {EMAIL}", 422, "ValidationError"))
    sending = store.add(member(origin="kiosk"), sending_now=True)
    return [queued, waiting, sending]


@pytest.mark.parametrize("keys", ["memory_keyring", "no_keyring"])
def test_no_personal_data_in_clear_while_waiting_and_after_confirmation(
        keys: str, data_dir: Path, request: pytest.FixtureRequest) -> None:
    request.getfixturevalue(keys)
    store = OutboxStore(data_dir / "outbox.sqlite3")
    ids = fill(store)
    with sqlite3.connect(store.path) as peek:
        sealed = [bytes(row[0]) for row in peek.execute("SELECT payload FROM entries")]
    names = {p.name for p in data_dir.iterdir()}
    assert {"outbox.sqlite3", "outbox.sqlite3-wal", "outbox.sqlite3-shm"} <= names
    assert ("outbox.key" in names) == (keys == "no_keyring")

    assert found_in(data_dir, NEEDLES) == [], "personal data in clear while waiting"

    store.confirm(ids[0])
    assert store.take_back(ids[1]) is not None
    store.confirm(ids[2])
    assert store.waiting_count() == 0
    assert found_in(data_dir, NEEDLES) == [], "personal data in clear after confirmation"
    # secure_delete and the checkpoint: not even the encrypted payloads are left.
    assert found_in(data_dir, tuple(s[13:45] for s in sealed)) == [], "deleted bytes linger"
    store.close()


def test_the_search_finds_clear_text_in_an_sqlite_wal_database(tmp_path: Path) -> None:
    """The control: the same search does find the data where it is stored in clear."""
    with sqlite3.connect(tmp_path / "plain.sqlite3") as plain:
        plain.execute("PRAGMA journal_mode=WAL")
        plain.execute("CREATE TABLE t (body TEXT)")
        plain.execute("INSERT INTO t VALUES (?)",
                      (json.dumps(member().body | person().body, ensure_ascii=False),))
        plain.commit()
        hits = found_in(tmp_path, NEEDLES)
    assert len({hit.split(": ")[1] for hit in hits}) == len(NEEDLES)
