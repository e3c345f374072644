"""20 kills (SIGKILL) at random moments of a signup, each followed by a restart that drains
the outbox: every customer is in Engage exactly once and the outbox ends empty.

Four chains of till processes run side by side, each with its own data directory; the
emulator runs here, so it outlives every kill, and holds each POST 60 ms (a latency
fault) so that kills land while the request is with Engage. Each kill's delay after the
child's ``ready`` is drawn from a seeded generator; its stage is read from the markers
the child printed before it died. A customer whose signup was not yet kept when the
process died (not in the outbox, not in Engage) is typed again by the "cashier" in the
next process, as at a real till.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from posapp.emulator import EmulatorServer, Fault
from posapp.outbox import OutboxStore
from posapp.outbox.data_key import key_file_for, read_key_file

from .conftest import phone

ROOT = Path(__file__).resolve().parents[2]
SEED = 15
CHAINS = 4
KILLS_PER_CHAIN = 5
POST_LATENCY = 0.06
#: go → adding, pause, add, pause, POST (latency, and the first request's set-up), pause,
#: confirm: about 0.15 s here.
KILL_WINDOW = 0.2
TIME_LIMIT = 30.0
STAGES = {None: "before add", "adding": "before add", "added": "after add",
          "posting": "mid-POST", "created": "after 201", "confirmed": "after confirm"}


class Till:
    """One child process; stdout read by a thread so that markers are seen as printed."""

    def __init__(self, data_dir: Path, base_url: str, *options: str) -> None:
        env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                   PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.outbox.kill_child", str(data_dir), base_url,
             *options], cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self._ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())
            if line.strip() == "ready":
                self._ready.set()
        self._ready.set()

    def wait_ready(self) -> None:
        assert self._ready.wait(TIME_LIMIT) and "ready" in self.lines, self.output()

    def go_and_kill(self, delay: float) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        threading.Event().wait(delay)
        self.process.kill()  # SIGKILL
        self.process.wait(TIME_LIMIT)
        self._reader.join(TIME_LIMIT)
        markers = [line for line in self.lines if line in STAGES]
        return STAGES[markers[-1] if markers else None]

    def finish(self) -> None:
        try:
            code = self.process.wait(TIME_LIMIT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        self._reader.join(TIME_LIMIT)
        assert code == 0 and "drained" in self.lines, self.output()

    def output(self) -> str:
        stderr = self.process.stderr.read() if self.process.poll() is not None and \
            self.process.stderr else ""
        return "\n".join(self.lines) + "\n" + stderr[-3000:]


def kept(data_dir: Path, number: str) -> bool:
    """Whether the dead till had kept this customer's signup (opened here between runs)."""
    key = read_key_file(key_file_for(data_dir / "outbox.sqlite3"))
    with OutboxStore(data_dir / "outbox.sqlite3", key=key) as store:
        return store.find_waiting("Member", number) is not None


def chain(index: int, root: Path, emulator: EmulatorServer) -> list[str]:
    """KILLS_PER_CHAIN kills in a row in one data directory; the stage of each."""
    rng = random.Random(SEED * 100 + index)
    data_dir = root / f"till-{index}"
    data_dir.mkdir()
    stages = []
    resubmit: list[str] = []
    for kill in range(KILLS_PER_CHAIN):
        customer = phone(index * KILLS_PER_CHAIN + kill)
        till = Till(data_dir, emulator.base_url, *resubmit, "--customer", customer)
        till.wait_ready()
        stages.append(till.go_and_kill(rng.uniform(0.0, KILL_WINDOW)))
        lost_before_kept = not kept(data_dir, customer) and emulator.count(
            "mobilePhone", customer) == 0
        resubmit = ["--resubmit", customer] if lost_before_kept else []
    last = Till(data_dir, emulator.base_url, *resubmit)
    last.finish()
    return stages


def test_twenty_kills_lose_and_duplicate_nothing(
        tmp_path: Path, emulator: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=POST_LATENCY, times=0))
    with ThreadPoolExecutor(max_workers=CHAINS) as pool:
        stages = [s for found in pool.map(lambda i: chain(i, tmp_path, emulator),
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
