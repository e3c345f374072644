"""deadline_late_ms: how long after it is due the Engage client's watchdog
(posapp/engage/deadlines.py) runs a deadline's callback, with a far deadline armed first so
that every near one has to wake the sleeping watchdog. Measured here, not asserted in a
test: tests/engage/test_deadlines.py checks that a deadline fires once, never early, and
wakes the watchdog; a wall-clock bound there failed on a loaded machine.
"""

from __future__ import annotations

import threading
import time

from posapp.engage.deadlines import Watchdog
from tests.benchmarks.harness import Figure, median

#: What tests/engage/test_deadlines.py asserted until it moved here: a 0.05 s deadline had
#: fired before 0.25 s.
TARGET_MS = 200.0


def _late_ms(watchdog: Watchdog, seconds: float) -> float:
    fired: list[float] = []
    done = threading.Event()
    deadline = watchdog.arm(seconds, lambda: (fired.append(time.monotonic()), done.set()))
    if not done.wait(seconds + 10):
        raise RuntimeError(f"a {seconds} s deadline never fired")
    return (fired[0] - deadline.when) * 1000


def measure(quick: bool) -> list[Figure]:
    """One figure: the p99 lateness over deadlines of 20–110 ms."""
    watchdog = Watchdog()
    watchdog.arm(3600, lambda: None)  # the watchdog sleeps towards this one
    rounds = 20 if quick else 100
    samples = [_late_ms(watchdog, 0.02 + 0.03 * (index % 4)) for index in range(rounds)]
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return [Figure("deadline_late_ms", round(p99, 2), "ms", f"≤ {TARGET_MS:g}",
                   p99 <= TARGET_MS,
                   {"median_ms": round(median(samples), 3), "max_ms": round(ordered[-1], 3),
                    "samples_ms": [round(x, 3) for x in samples]})]
