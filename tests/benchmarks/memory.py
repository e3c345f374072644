"""memory_ratio: resident memory after 200 signups ÷ that of the bare window (alternating,
fresh processes, median); soak_growth_mb: growth from signup 100 to signup 1,000 in one
process, with the thread count unchanged.

Signups go through the real window against the emulator in a process of its own.
Resident memory is read after a garbage collection and a short turn of the event loop.
The soak also watches None's reference count (see posapp/refcount_guard.py).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from tests.benchmarks.harness import (
    PYTHON,
    ROOT,
    EmulatorProcess,
    Figure,
    alternate,
    child_env,
    median,
    report,
    run_child,
)
from tests.benchmarks.startup import count_inputs

RATIO_TARGET = 1.7
GROWTH_TARGET_MB = 5.0


def _bare_rss(inputs: int) -> float:
    import json
    import subprocess

    done = subprocess.run(
        [PYTHON, str(Path(__file__).with_name("bare_window.py")), str(inputs), "--memory"],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=60, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("benchmark-result "))
    return float(json.loads(line.split(" ", 1)[1])["rss_mb"])


def measure(quick: bool) -> list[Figure]:
    inputs = count_inputs()
    signups = 50 if quick else 200
    soak_to = 300 if quick else 1000
    offset = [0]

    def app_rss() -> float:
        offset[0] += 1
        result = run_child("memory", "signups", emulator.base_url, str(signups),
                           str(offset[0] * 10_000))
        return float(result["rss_mb"])

    with EmulatorProcess() as emulator:
        app, bare = alternate(app_rss, lambda: _bare_rss(inputs), rounds=5, warm_up=1)
        soak = run_child("memory", "soak", emulator.base_url, str(soak_to), "900000")
    ratio = median(app) / median(bare)
    growth = float(soak["growth_mb"])
    threads_constant = soak["threads_at_100"] == soak["threads_at_end"]
    return [
        Figure("memory_ratio", ratio, "×", f"≤ {RATIO_TARGET}", ratio <= RATIO_TARGET,
               {"posapp_mb": [round(x, 1) for x in app], "bare_mb": [round(x, 1) for x in bare],
                "signups": signups, "inputs": inputs},
               note=f"posapp {median(app):.1f} MB, bare window {median(bare):.1f} MB"),
        Figure("soak_growth_mb", growth, "MB",
               f"≤ {GROWTH_TARGET_MB:g} MB, threads constant",
               growth <= GROWTH_TARGET_MB and threads_constant, soak),
    ]


def _signups(base_url: str, count: int, first: int) -> None:
    from tests.benchmarks.driving import open_window, pump, sign_up, till_settings
    from tests.benchmarks.harness import resident_mb

    till = open_window(till_settings(base_url))
    window = till.window
    for index in range(count):
        sign_up(window, first + index)
    gc.collect()
    pump(200)
    report({"rss_mb": round(resident_mb(), 2)})
    till.close()


def _soak(base_url: str, count: int, first: int) -> None:
    import threading

    from tests.benchmarks.driving import open_window, pump, sign_up, till_settings
    from tests.benchmarks.harness import os_threads, resident_mb

    till = open_window(till_settings(base_url))
    window = till.window
    marks: dict[int, dict[str, float]] = {}
    times: list[float] = []
    for index in range(1, count + 1):
        times.append(sign_up(window, first + index))
        if index in (100, count):
            gc.collect()
            pump(300)
            marks[index] = {"rss_mb": resident_mb(), "os_threads": os_threads(),
                            "python_threads": threading.active_count(),
                            "none_refs": sys.getrefcount(None),
                            "true_refs": sys.getrefcount(True)}
    start, end = marks[100], marks[count]
    report({
        "growth_mb": round(end["rss_mb"] - start["rss_mb"], 2),
        "rss_at_100_mb": round(start["rss_mb"], 2), "rss_at_end_mb": round(end["rss_mb"], 2),
        "signups": count,
        "threads_at_100": [start["os_threads"], start["python_threads"]],
        "threads_at_end": [end["os_threads"], end["python_threads"]],
        "none_refs_lost_per_signup": round(
            (start["none_refs"] - end["none_refs"]) / (count - 100), 1),
        "true_refs_lost_per_signup": round(
            (start["true_refs"] - end["true_refs"]) / (count - 100), 1),
        "signup_median_ms": round(median(times), 2),
    })
    till.close()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("what", choices=("signups", "soak"))
    parser.add_argument("base_url")
    parser.add_argument("count", type=int)
    parser.add_argument("first", type=int)
    args = parser.parse_args(argv)
    (_signups if args.what == "signups" else _soak)(args.base_url, args.count, args.first)


if __name__ == "__main__":
    main(sys.argv[1:])
