"""The emulator's fault waits, seen and held by the test instead of raced against a clock.

Every wait inside the emulator (a latency, a hang, a drip's pause, Engage's own time limit)
goes through ``EmulatorServer.wait``, so that ``stop()`` can cut it short. Standing in for
that one method, a test sees how long each fault asked to wait and how each wait ended,
and can keep a request waiting until it lets it go: "the first create is still held while
the second arrives" is then a fact the test arranges, not the hope that a sleep was long
enough on a loaded machine. Waits of zero (a fault without a delay) pass straight through.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from posapp.emulator import EmulatorServer

#: How long a test waits for the emulator to reach a wait, or to end one: only a hang takes
#: this long (a request reaches the emulator within milliseconds).
HANG_GUARD_SECONDS = 10.0


class FaultWaits:
    """Records ``emulator``'s fault waits; with ``hold=True`` each one lasts until released.

    A held wait ends when :meth:`release` lets it go (it then reports a full wait) or when
    the emulator stops (it reports being cut short, as the real wait does).
    """

    def __init__(self, emulator: EmulatorServer, *, hold: bool = False) -> None:
        #: The seconds each fault asked to wait, in the order asked.
        self.asked: list[float] = []
        #: How each wait ended, in the order they ended: True waited out, False cut short.
        self.ended: list[bool] = []
        self._real_wait = emulator.wait
        self._hold = hold
        self._released = 0
        self._changed = threading.Condition()
        emulator.wait = self._wait  # type: ignore[method-assign]

    @property
    def pending(self) -> int:
        """Waits begun and not yet ended."""
        with self._changed:
            return len(self.asked) - len(self.ended)

    def release(self, count: int = 1) -> None:
        """Let the next ``count`` held waits end (in the order they began)."""
        with self._changed:
            self._released += count
            self._changed.notify_all()

    def wait_for(self, condition: Callable[[FaultWaits], bool], what: str) -> None:
        """Block until ``condition(self)`` holds; AssertionError naming ``what`` on a hang."""
        with self._changed:
            if not self._changed.wait_for(lambda: condition(self), HANG_GUARD_SECONDS):
                raise AssertionError(f"{what}: not within {HANG_GUARD_SECONDS:g} s "
                                     f"(asked {self.asked}, ended {self.ended})")

    def _wait(self, seconds: float) -> bool:
        if seconds <= 0:
            return self._real_wait(seconds)
        with self._changed:
            self.asked.append(seconds)
            index = len(self.asked) - 1
            self._changed.notify_all()
        ended = self._held(index) if self._hold else self._real_wait(seconds)
        with self._changed:
            self.ended.append(ended)
            self._changed.notify_all()
        return ended

    def _held(self, index: int) -> bool:
        while True:
            with self._changed:
                if self._released > index:
                    return True
                self._changed.wait(0.05)
            if not self._real_wait(0):  # the emulator is stopping: end as its wait would
                return False
