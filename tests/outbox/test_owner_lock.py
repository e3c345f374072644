"""One process at a time owns an outbox (posapp/outbox/owner_lock.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from posapp.outbox.errors import OutboxInUse, OutboxKeyError
from posapp.outbox.owner_lock import lock_path_for
from posapp.outbox.sealing import new_key
from posapp.outbox.store import OutboxStore
from tests.keyrings import MemoryKeyring

from .conftest import member

HOLDER = """
import sys, time
from pathlib import Path
from posapp.outbox.owner_lock import OwnerLock
lock = OwnerLock(Path(sys.argv[1]))
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_store_on_the_same_outbox_is_refused_until_the_first_closes(
        store: OutboxStore) -> None:
    store.add(member())
    with pytest.raises(OutboxInUse, match="another posapp process") as refused:
        OutboxStore(store.path)
    assert str(store.path) in str(refused.value)
    assert store.counts().queued == 1  # the owner is untouched
    store.close()
    with OutboxStore(store.path) as after:
        assert after.counts().queued == 1


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and flock: the tills' Linux")
def test_a_killed_owner_leaves_no_lock_behind(data_dir: Path,
                                              memory_keyring: MemoryKeyring) -> None:
    path = data_dir / "outbox.sqlite3"
    data_dir.mkdir(parents=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(OutboxInUse):
            OutboxStore(path)
        os.kill(holder.pid, signal.SIGKILL)  # a crash or a power cut
        holder.wait(timeout=10)
        with OutboxStore(path) as store:  # no stale lock: the OS freed it with the process
            assert store.counts().waiting == 0
        assert lock_path_for(path).exists()  # the file stays; only the lock counts
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_an_outbox_that_does_not_open_frees_its_lock(store: OutboxStore) -> None:
    path = store.path
    store.close()
    with pytest.raises(OutboxKeyError):
        OutboxStore(path, key=new_key())
    with OutboxStore(path) as reopened:  # the failed open did not keep the lock
        assert reopened.counts().waiting == 0
