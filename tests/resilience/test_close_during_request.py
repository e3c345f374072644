"""Closing the till in the middle of a signup, 20 times, each in a process of its own:
no crash, no hang, no "QThread: Destroyed while thread is still running"."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 20
TIME_LIMIT = 20.0


def _close_once(seed: int) -> tuple[int, int | None, str]:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.resilience.close_during_request", str(seed)],
            cwd=ROOT, capture_output=True, text=True, timeout=TIME_LIMIT, check=False)
    except subprocess.TimeoutExpired as exc:
        return seed, None, f"hung for {TIME_LIMIT} s: {exc.stdout!r} {exc.stderr!r}"
    return seed, done.returncode, done.stdout + done.stderr


def test_closing_during_a_request_twenty_times() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_close_once, range(RUNS)))
    problems = []
    for seed, code, output in results:
        bad = [marker for marker in ("QThread: Destroyed", "Traceback", "Fatal Python error")
               if marker in output]
        if code != 0 or bad or "closed-while-busy" not in output or "exited" not in output:
            problems.append(f"run {seed}: exit {code}, {bad}\n{output[-1500:]}")
    assert not problems, "\n".join(problems)
