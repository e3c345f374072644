"""fleet_drain_ratio and durable_write_ms: the outbox at fleet scale and on the signup path.

**fleet_drain_ratio**: 500 tills reconnect at once, each with 20 signups queued, against
the emulator (a process of its own) limited to Engage's 200 requests/s per API key. Each
till is an OutboxStore of its own (its own SQLite file and key) and an OutboxSender of its
own (a thread, its own seeded jitter and back-off); four tills share one EngageClient, the
client's pool being four connections; the tills are spread over two processes (one per
core), told to go at the same moment. The figure is the time until every outbox is empty
÷ the ideal (signups ÷ 200/s), with the 429 count, the requests sent and the contacts the
emulator holds (each exactly once) as details.

**durable_write_ms**: p99 of ``OutboxStore.add``: sealing one signup and committing it
with synchronous=FULL (one fdatasync of the WAL), in the scratch directory on this
machine's disk; alternating with a bare 4 kB write + fdatasync there, whose p99 is given
too: the disk's own floor.

**emulator_ceiling_rps**: what the Python emulator serves with its limit off (creates from
32 kept-alive connections for a few seconds), so that a drain slower than the ideal can
be told apart from an emulator that cannot serve 200/s here.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import (
    EmulatorProcess,
    Figure,
    median,
    report,
    run_child,
    scratch_dir,
)

RATE = 200
TARGET_RATIO = 1.5
TARGET_WRITE_MS = 5.0
TILLS_PER_CLIENT = 4
#: Processes the tills are spread over (threads in each): one per core.
DRAIN_PROCESSES = 2


def measure(quick: bool) -> list[Figure]:
    writes = run_child("fleet_drain", "durable", "-", str(300 if quick else 2000))
    figures = [Figure("durable_write_ms", writes["p99_ms"], "ms", f"≤ {TARGET_WRITE_MS:g}",
                      writes["p99_ms"] <= TARGET_WRITE_MS, writes)]
    with EmulatorProcess() as unlimited:
        ceiling = run_child("fleet_drain", "ceiling", unlimited.base_url,
                            "2" if quick else "5")
    figures.append(Figure("emulator_ceiling_rps", ceiling["rps"], "req/s", f"≥ {RATE}",
                          ceiling["rps"] >= RATE, ceiling))
    tills, per_till = (200, 20) if quick else (500, 20)
    with EmulatorProcess(rate_limit=RATE) as emulator:
        drain = _drain(emulator.base_url, tills, per_till)
    ratio = float(drain["ratio"])
    print(f"fleet drain: {tills} tills × {per_till} = {drain['signups']} signups in "
          f"{drain['drain_seconds']} s (ideal {drain['ideal_seconds']} s at {RATE}/s), "
          f"ratio {ratio}, {drain['rate_limited_429']} answered 429, "
          f"{drain['creates_sent']} creates and {drain['lookups_sent']} lookups sent, "
          f"{drain['lost']} lost, {drain['duplicates']} duplicates", flush=True)
    figures.append(Figure("fleet_drain_ratio", ratio, "×", f"≤ {TARGET_RATIO}",
                          ratio <= TARGET_RATIO and drain["lost"] == 0
                          and drain["duplicates"] == 0, drain))
    return figures


# -- the children ------------------------------------------------------------------------------

def _signup(number: int) -> Any:
    from posapp.form.request import SignupRequest
    from tests.benchmarks.driving import phone_e164

    body = {"contactType": "Member", "mobilePhone": phone_e164(number), "countryCode": "SE",
            "firstName": "Åsa", "lastName": "Öberg-Lind",
            "preferences": {"acceptsEmail": False, "acceptsSms": True}}
    return SignupRequest(body=body, key="mobilePhone", contact_type="Member", source="POS",
                         store_external_id="600", create_as_unapproved=False, origin="till")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def _durable(count: int) -> None:
    """add() timed, alternating with a bare 4 kB write + fdatasync in the same directory:
    the disk's own sync time, the floor of any durable write (shared disks vary)."""
    import os

    from posapp.outbox.sealing import new_key
    from posapp.outbox.store import OutboxStore

    directory = Path(tempfile.mkdtemp(prefix="durable-", dir=scratch_dir()))
    samples: list[float] = []
    floor: list[float] = []
    descriptor = os.open(directory / "floor.bin", os.O_WRONLY | os.O_CREAT, 0o600)
    sync = getattr(os, "fdatasync", os.fsync)
    with OutboxStore(directory / "outbox.sqlite3", key=new_key()) as store:
        for number in range(20 + count):  # 20 warm-up rounds, dropped
            signup = _signup(number)
            started = time.perf_counter()
            entry_id = store.add(signup, sending_now=True)
            elapsed = (time.perf_counter() - started) * 1000
            store.confirm(entry_id)  # as at the till: the outbox stays near empty
            started = time.perf_counter()
            os.pwrite(descriptor, os.urandom(4096), 0)
            sync(descriptor)
            bare = (time.perf_counter() - started) * 1000
            if number >= 20:
                samples.append(elapsed)
                floor.append(bare)
    os.close(descriptor)
    report({"p99_ms": round(_percentile(samples, 0.99), 3),
            "median_ms": round(median(samples), 3), "max_ms": round(max(samples), 3),
            "bare_fdatasync_p99_ms": round(_percentile(floor, 0.99), 3),
            "bare_fdatasync_median_ms": round(median(floor), 3),
            "writes": count, "samples_ms": [round(x, 3) for x in samples]})


def _ceiling(base_url: str, seconds: float) -> None:
    import httpx

    from posapp.config import DEMO_API_KEY
    from tests.benchmarks.driving import phone_e164

    threads = 32
    done = [0] * threads
    stop = time.monotonic() + seconds

    def blast(index: int) -> None:
        with httpx.Client(base_url=base_url, headers={
                "apikey": DEMO_API_KEY, "Content-Type": "application/json",
                "Accept": "application/json", "User-Agent": "benchmark/1"}) as client:
            number = index * 1_000_000 // threads
            while time.monotonic() < stop:
                body = json.dumps({"contactType": "Member", "countryCode": "SE",
                                   "mobilePhone": phone_e164(number)})
                answer = client.post("/api/v3/contacts", content=body,
                                     params={"source": "POS", "createAsUnapproved": "false"})
                if answer.status_code != 201:
                    raise RuntimeError(f"the emulator answered {answer.status_code}")
                number += 1
                done[index] += 1

    started = time.monotonic()
    workers = [threading.Thread(target=blast, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    report({"rps": round(sum(done) / elapsed, 1), "requests": sum(done),
            "seconds": round(elapsed, 2), "connections": threads})


class _Counting:
    """An EngageClient as the sender sees it, counting calls and 429 answers."""

    def __init__(self, client: Any, counts: Counter[str], lock: threading.Lock) -> None:
        self._client = client
        self._counts = counts
        self._lock = lock

    def _count(self, name: str) -> None:
        with self._lock:
            self._counts[name] += 1

    def _call(self, name: str, function: Any, *args: Any, **kwargs: Any) -> Any:
        from posapp.engage.errors import EngageError, RateLimited

        self._count(name)
        try:
            return function(*args, **kwargs)
        except RateLimited:
            self._count("429")
            raise
        except EngageError as exc:
            self._count(type(exc).__name__)
            raise

    def find_contact_id(self, *args: Any, **kwargs: Any) -> str:
        return str(self._call("lookup", self._client.find_contact_id, *args, **kwargs))

    def create_contact(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("create", self._client.create_contact, *args, **kwargs)

    def abort(self) -> None:
        self._client.abort()

    def close(self) -> None:
        self._client.close()


def _drain_part(base_url: str, first: int, tills: int, per_till: int) -> None:
    """Tills ``first`` … ``first + tills - 1``: set up, report ready, wait for ``go`` on
    stdin, start every sender at once, report when every outbox is empty."""
    from posapp.config import DEMO_API_KEY
    from posapp.engage.budgets import Budgets
    from posapp.engage.client import EngageClient
    from posapp.engage.retry import RetryPolicy
    from posapp.outbox.sealing import new_key
    from posapp.outbox.sender import OutboxSender, OutboxStatus
    from posapp.outbox.store import OutboxStore

    root = Path(tempfile.mkdtemp(prefix="fleet-", dir=scratch_dir()))
    stores = []
    for till in range(first, first + tills):
        store = OutboxStore(root / f"till-{till}" / "outbox.sqlite3", key=new_key())
        for index in range(per_till):
            store.add(_signup(till * per_till + index))
        stores.append(store)
    one_attempt = Budgets(create_total_seconds=12.0, lookup_total_seconds=10.0,
                          create_retry=RetryPolicy(attempts=1),
                          lookup_retry=RetryPolicy(attempts=1))
    clients = [EngageClient(base_url, DEMO_API_KEY, budgets=one_attempt)
               for _ in range(math.ceil(tills / TILLS_PER_CLIENT))]
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    finished: dict[int, float] = {}
    all_done = threading.Event()

    def watcher(till: int) -> Any:
        def on_change(status: OutboxStatus) -> None:
            if status.queued == 0 and till not in finished:
                with lock:
                    finished[till] = time.monotonic()
                    if len(finished) == tills:
                        all_done.set()
        return on_change

    senders = [
        OutboxSender(store, lambda c=clients[n // TILLS_PER_CLIENT]: _Counting(c, counts, lock),
                     on_change=watcher(n), rng=random.Random(1000 + first + n),
                     close_client=False, retention=None, name=f"till-{first + n}")
        for n, store in enumerate(stores)]
    print("ready", flush=True)
    sys.stdin.readline()
    started = time.monotonic()  # CLOCK_MONOTONIC: one clock for every process (Linux)
    for sender in senders:  # every till comes back at once
        sender.start()
    drained = all_done.wait(900)
    for sender in senders:
        sender.stop(5.0)
    for client in clients:
        client.close()
    waiting = sum(store.waiting_count() for store in stores)
    for store in stores:
        store.close()
    report({"started": started, "finished": sorted(finished.values()), "drained": drained,
            "left_in_outboxes": waiting, "counts": dict(counts)})


def _drain(base_url: str, tills: int, per_till: int) -> dict[str, Any]:
    """The fleet in DRAIN_PROCESSES processes of tills (the GIL would otherwise make one
    core serve all 500 tills, a limit of the simulation, not of the tills), all told to
    go together; figures from their reports and the emulator's contacts."""
    import subprocess

    from tests.benchmarks.harness import PYTHON, RESULT_MARK, ROOT, child_env

    share = math.ceil(tills / DRAIN_PROCESSES)
    parts = []
    for first in range(0, tills, share):
        parts.append(subprocess.Popen(
            [PYTHON, "-m", "tests.benchmarks.fleet_drain", "--child", "drain-part", base_url,
             str(first), str(min(share, tills - first)), str(per_till)],
            cwd=ROOT, env=child_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True))
    prepared = time.monotonic()
    for part in parts:
        assert part.stdout is not None
        line = part.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"a fleet part did not start: {line!r}")
    setup_seconds = time.monotonic() - prepared
    for part in parts:
        assert part.stdin is not None
        part.stdin.write("go\n")
        part.stdin.flush()
    reports = []
    for part in parts:
        out, _ = part.communicate(timeout=1200)
        line = next(x for x in reversed(out.splitlines()) if x.startswith(RESULT_MARK))
        reports.append(json.loads(line[len(RESULT_MARK):]))
    started = min(r["started"] for r in reports)
    finish_times = sorted(t - started for r in reports for t in r["finished"])
    elapsed = max(finish_times)
    counts: Counter[str] = Counter()
    for r in reports:
        counts.update(r["counts"])
    with urllib.request.urlopen(f"{base_url}/_emulator/contacts", timeout=60) as answer:
        contacts = json.loads(answer.read())
    phones = Counter(c["attributes"].get("mobilePhone") for c in contacts)
    signups = tills * per_till
    ideal = signups / RATE
    return {
        "ratio": round(elapsed / ideal, 3), "drain_seconds": round(elapsed, 2),
        "ideal_seconds": round(ideal, 2), "rate_limit_per_second": RATE,
        "rate_limited_429": counts["429"], "creates_sent": counts["create"],
        "lookups_sent": counts["lookup"],
        "other_failures": {k: v for k, v in counts.items()
                           if k not in ("429", "create", "lookup")},
        "tills": tills, "per_till": per_till, "signups": signups,
        "drained": all(r["drained"] for r in reports) and len(finish_times) == tills,
        "left_in_outboxes": sum(r["left_in_outboxes"] for r in reports),
        "contacts": len(contacts),
        "lost": sum(1 for n in range(signups) if phones[_signup(n).key_value] == 0),
        "duplicates": sum(v - 1 for v in phones.values() if v > 1),
        "till_done_median_s": round(median(finish_times), 2),
        "first_till_done_s": round(finish_times[0], 2),
        "processes": len(parts), "clients": math.ceil(share / TILLS_PER_CLIENT) * len(parts),
        "setup_seconds": round(setup_seconds, 1),
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("mode", choices=["durable", "ceiling", "drain-part"])
    parser.add_argument("base_url")
    parser.add_argument("numbers", nargs="*", type=float)
    args = parser.parse_args(argv)
    if args.mode == "durable":
        _durable(int(args.numbers[0]))
    elif args.mode == "ceiling":
        _ceiling(args.base_url, args.numbers[0])
    else:
        _drain_part(args.base_url, int(args.numbers[0]), int(args.numbers[1]),
                    int(args.numbers[2]))


if __name__ == "__main__":
    main(sys.argv[1:])
