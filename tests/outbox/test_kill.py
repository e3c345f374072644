"""20 kills (SIGKILL) at random moments of a signup, each followed by a restart that drains
the outbox: every customer is in Engage exactly once and the outbox ends empty.

Four chains of till processes run side by side, each with its own data directory. The
processes are forked from a server that imported posapp once, so the 24 of them take
seconds, not the ~0.25 s of imports each. The emulator runs here, so it outlives every
kill, and holds each POST 60 ms (a latency fault) so that kills land while the request is
with Engage. Each kill's delay after the child's ``ready`` is drawn from a seeded
generator; its stage is read from the markers the child sent before it died. A customer
whose signup was not yet kept when the process died (not in the outbox, not in Engage) is
typed again by the "cashier" in the next process, as at a real till.
"""

from __future__ import annotations

import multiprocessing
import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.context import BaseContext
from pathlib import Path

import pytest

from posapp.emulator import EmulatorServer, Fault
from posapp.outbox.data_key import key_file_for, read_key_file
from posapp.outbox.store import OutboxStore

from . import kill_child
from .conftest import phone

SEED = 15
CHAINS = 4
KILLS_PER_CHAIN = 5
POST_LATENCY = 0.06
#: go → adding, pause, add, pause, POST (latency, and the first request's set-up), pause,
#: shown, pause, confirm: about 0.17 s here.
KILL_WINDOW = 0.17
TIME_LIMIT = 30.0
STAGES = {None: "before add", "adding": "before add", "added": "after add",
          "posting": "mid-POST", "created": "after 201", "shown": "shown, not deleted",
          "confirmed": "after confirm"}


def till_processes() -> BaseContext:
    """Children forked from a server that imported posapp once (a child then starts in
    milliseconds, not the ~0.25 s of importing httpx and pydantic); spawned where there
    is no fork server (Windows)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([kill_child.__name__])
    return context


class Till:
    """One child process, and the markers it reported over its pipe."""

    def __init__(self, context: BaseContext, data_dir: Path, base_url: str,
                 resubmit: str | None = None, customer: str | None = None) -> None:
        # Two one-way pipes: a socket pair would answer ECONNRESET instead of EOF when the
        # child dies with "go" still unread.
        self.conn, marks = context.Pipe(duplex=False)
        go_reader, self.go = context.Pipe(duplex=False)
        self.process = context.Process(  # type: ignore[attr-defined]
            target=kill_child.run_till,
            args=(str(data_dir), base_url, resubmit, customer, marks, go_reader), daemon=True)
        self.process.start()
        marks.close()
        go_reader.close()
        self.markers: list[str] = []

    def _read(self, timeout: float) -> str | None:
        if not self.conn.poll(timeout):
            return None
        try:
            marker = self.conn.recv_bytes().decode()
        except EOFError:
            return None
        self.markers.append(marker)
        return marker

    def wait_ready(self) -> None:
        while (marker := self._read(TIME_LIMIT)) != "ready":
            assert marker is not None, f"no ready: {self.markers}, exit {self.process.exitcode}"

    def go_and_kill(self, delay: float) -> str:
        self.go.send_bytes(b"go")
        threading.Event().wait(delay)
        self.process.kill()  # SIGKILL
        self.process.join(TIME_LIMIT)
        while self._read(0) is not None:
            pass
        self.conn.close()
        self.go.close()
        markers = [m for m in self.markers if m in STAGES]
        return STAGES[markers[-1] if markers else None]

    def finish(self) -> None:
        self.process.join(TIME_LIMIT)
        while self._read(0) is not None:
            pass
        self.conn.close()
        self.go.close()
        assert self.process.exitcode == 0 and "drained" in self.markers, (
            self.process.exitcode, self.markers)


def kept(data_dir: Path, number: str) -> bool:
    """Whether the dead till had kept this customer's signup (opened here between runs)."""
    key = read_key_file(key_file_for(data_dir / "outbox.sqlite3"))
    with OutboxStore(data_dir / "outbox.sqlite3", key=key) as store:
        return store.find_waiting("Member", number) is not None


def chain(context: BaseContext, index: int, root: Path, emulator: EmulatorServer) -> list[str]:
    """KILLS_PER_CHAIN kills in a row in one data directory; the stage of each."""
    rng = random.Random(SEED * 100 + index)
    data_dir = root / f"till-{index}"
    data_dir.mkdir()
    stages = []
    resubmit: str | None = None
    for kill in range(KILLS_PER_CHAIN):
        customer = phone(index * KILLS_PER_CHAIN + kill)
        till = Till(context, data_dir, emulator.base_url, resubmit, customer)
        till.wait_ready()
        stages.append(till.go_and_kill(rng.uniform(0.0, KILL_WINDOW)))
        lost_before_kept = not kept(data_dir, customer) and emulator.count(
            "mobilePhone", customer) == 0
        resubmit = customer if lost_before_kept else None
    Till(context, data_dir, emulator.base_url, resubmit).finish()
    return stages


def test_twenty_kills_lose_and_duplicate_nothing(
        tmp_path: Path, emulator: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=POST_LATENCY, times=0))
    context = till_processes()
    with ThreadPoolExecutor(max_workers=CHAINS) as pool:
        stages = [s for found in pool.map(lambda i: chain(context, i, tmp_path, emulator),
                                          range(CHAINS)) for s in found]
    customers = [phone(n) for n in range(CHAINS * KILLS_PER_CHAIN)]
    counts = [emulator.count("mobilePhone", number) for number in customers]
    lost = counts.count(0)
    duplicates = sum(c - 1 for c in counts if c > 1)
    left = 0
    for index in range(CHAINS):
        path = tmp_path / f"till-{index}" / "outbox.sqlite3"
        with OutboxStore(path, key=read_key_file(key_file_for(path))) as store:
            left += store.waiting_count()
    tally = Counter(stages)
    with capsys.disabled():
        print(f"\noutbox kills: {len(stages)} ("
              + ", ".join(f"{stage} {tally[stage]}" for stage in dict.fromkeys(STAGES.values()))
              + f"); customers {len(customers)}: lost {lost}, duplicates {duplicates}, "
              f"left in the outbox {left}")
    assert len(stages) == 20
    assert (lost, duplicates, left) == (0, 0, 0), counts
    assert tally["mid-POST"] >= 1, tally
