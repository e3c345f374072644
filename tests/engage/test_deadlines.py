"""The deadline watchdog: fires when due, never after a cancel, one thread for all.

Nothing here sleeps and then looks: each test waits for a callback to have run (a later
deadline as a marker, where the point is that something did NOT run before it). How late
a deadline fires is a figure, not an assertion: ``python -m tests.benchmarks --only
deadlines``.
"""

from __future__ import annotations

import threading
import time

from posapp.engage.deadlines import Watchdog
from tests.fault_waits import HANG_GUARD_SECONDS


def test_a_deadline_fires_once_when_due() -> None:
    watchdog = Watchdog()
    fired: list[float] = []
    marker = threading.Event()
    deadline = watchdog.arm(0.05, lambda: fired.append(time.monotonic()))
    watchdog.arm(0.1, marker.set)
    assert marker.wait(HANG_GUARD_SECONDS)
    assert deadline.expired
    assert len(fired) == 1 and fired[0] >= deadline.when  # never before its time


def test_a_cancelled_deadline_never_fires() -> None:
    watchdog = Watchdog()
    fired: list[str] = []
    marker = threading.Event()
    cancelled = watchdog.arm(0.05, lambda: fired.append("late"))
    cancelled.cancel()
    watchdog.arm(0.1, marker.set)  # due after it: by then it would have run
    assert marker.wait(HANG_GUARD_SECONDS)
    assert fired == [] and not cancelled.expired


class _Watched(threading.Condition):
    """The watchdog's condition, telling when the watchdog lies down to sleep for long."""

    def __init__(self) -> None:
        super().__init__(threading.Lock())
        self.sleeping_long = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        if timeout is None or timeout > 10:
            self.sleeping_long.set()
        return super().wait(timeout)


def test_an_earlier_deadline_wakes_the_sleeping_watchdog() -> None:
    """Without the wake-up the near deadline would wait for the far one (30 s)."""
    watchdog = Watchdog()
    watched = watchdog._condition = _Watched()
    fired: list[str] = []
    near = threading.Event()
    watchdog.arm(30, lambda: fired.append("far"))
    assert watched.sleeping_long.wait(HANG_GUARD_SECONDS)  # asleep until the far one
    watchdog.arm(0.05, lambda: (fired.append("near"), near.set()))
    assert near.wait(HANG_GUARD_SECONDS)
    assert fired == ["near"]


def test_many_deadlines_share_one_thread() -> None:
    watchdog = Watchdog()
    before = threading.active_count()
    for _ in range(200):
        watchdog.arm(5, lambda: None).cancel()
    assert threading.active_count() <= before + 1


def test_a_failing_callback_does_not_stop_the_watchdog() -> None:
    watchdog = Watchdog()
    after = threading.Event()

    def boom() -> None:
        raise RuntimeError("boom")

    failing = watchdog.arm(0.02, boom)
    watchdog.arm(0.06, after.set)
    assert after.wait(HANG_GUARD_SECONDS)
    assert failing.expired
