"""``python -m tests.benchmarks [--json PATH] [--quick] [--only NAME …]``.

Prints one line per figure, ``name: value unit (target …) PASS|FAIL``, and with ``--json``
writes the same figures (with their raw samples) to PATH. ``--quick`` uses fewer rounds
and shorter waits, for trying things out; the quoted figures come from a full run.
Exit status 0 when every figure meets its target, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import (
    bundle,
    deadlines,
    engage_budgets,
    fleet_drain,
    keystroke,
    memory,
    signup_overhead,
    startup,
    ui_stall,
    validation,
)
from tests.benchmarks.harness import Figure, qt_platform

MEASURES: dict[str, Callable[[bool], list[Figure]]] = {
    "startup": startup.measure,
    "ui_stall": ui_stall.measure,
    "keystroke": keystroke.measure,
    "validation": validation.measure,
    "signup_overhead": signup_overhead.measure,
    "memory": memory.measure,
    "engage_budgets": engage_budgets.measure,
    "fleet_drain": fleet_drain.measure,
    "deadlines": deadlines.measure,
    # Last: builds the bundle when build/ has none newer than the sources (minutes).
    "bundle": bundle.measure,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks",
                                     description="posapp's speed and resilience figures")
    parser.add_argument("--json", metavar="PATH", type=Path, help="also write the figures here")
    parser.add_argument("--quick", action="store_true",
                        help="fewer rounds and shorter waits (not the quoted figures)")
    parser.add_argument("--only", nargs="+", choices=sorted(MEASURES), metavar="NAME",
                        help=f"measure only these ({', '.join(MEASURES)})")
    args = parser.parse_args(argv)
    print(f"posapp benchmarks: Python {platform.python_version()}, Qt platform "
          f"{qt_platform()}{', quick' if args.quick else ''}", flush=True)
    figures: list[Figure] = []
    started = time.monotonic()
    for name, measure in MEASURES.items():
        if args.only and name not in args.only:
            continue
        for figure in measure(args.quick):
            figures.append(figure)
            print(figure.line(), flush=True)
    if args.json:
        args.json.write_text(json.dumps({
            "python": platform.python_version(), "qt_platform": qt_platform(),
            "quick": args.quick, "seconds": round(time.monotonic() - started, 1),
            "figures": [f.as_json() for f in figures]}, indent=2) + "\n", encoding="utf-8")
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
