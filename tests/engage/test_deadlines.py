"""The deadline watchdog: fires on time, never after a cancel, one thread for all."""

from __future__ import annotations

import threading
import time

from posapp.engage.deadlines import Watchdog


def test_a_deadline_fires_once_on_time() -> None:
    watchdog = Watchdog()
    fired: list[float] = []
    started = time.monotonic()
    deadline = watchdog.arm(0.05, lambda: fired.append(time.monotonic() - started))
    time.sleep(0.3)
    assert deadline.expired
    assert len(fired) == 1 and 0.04 <= fired[0] < 0.25


def test_a_cancelled_deadline_never_fires() -> None:
    watchdog = Watchdog()
    fired: list[str] = []
    watchdog.arm(0.05, lambda: fired.append("late")).cancel()
    time.sleep(0.15)
    assert fired == []


def test_an_earlier_deadline_wakes_the_sleeping_watchdog() -> None:
    watchdog = Watchdog()
    fired: list[str] = []
    watchdog.arm(30, lambda: fired.append("far"))
    watchdog.arm(0.05, lambda: fired.append("near"))
    time.sleep(0.3)
    assert fired == ["near"]


def test_many_deadlines_share_one_thread() -> None:
    watchdog = Watchdog()
    before = threading.active_count()
    for _ in range(200):
        watchdog.arm(5, lambda: None).cancel()
    assert threading.active_count() <= before + 1


def test_a_failing_callback_does_not_stop_the_watchdog() -> None:
    watchdog = Watchdog()
    fired: list[str] = []

    def boom() -> None:
        raise RuntimeError("boom")

    watchdog.arm(0.02, boom)
    watchdog.arm(0.06, lambda: fired.append("after"))
    time.sleep(0.3)
    assert fired == ["after"]
