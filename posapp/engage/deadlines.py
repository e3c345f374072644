"""Total deadlines for blocking requests, kept by one watchdog thread for the process.

httpx's timeouts are per socket operation; the client needs "this whole exchange within N
seconds". A ``threading.Timer`` per request did that, but starting a thread for every call
cost more than the rest of the client's own work on a fast network (the signup benchmark).
Here a single daemon thread, started on first use, sleeps until the earliest deadline;
arming and cancelling a deadline is a heap push and a flag under a lock.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger("posapp.engage")


class Deadline:
    """One armed deadline; :meth:`cancel` it when the work ended in time."""

    __slots__ = ("_callback", "expired", "when")

    def __init__(self, when: float, callback: Callable[[], object]) -> None:
        self.when = when
        # None once cancelled: nothing to keep alive once the work is over.
        self._callback: Callable[[], object] | None = callback
        #: True once the deadline passed and its callback ran (or is running).
        self.expired = False

    @property
    def cancelled(self) -> bool:
        return self._callback is None

    def cancel(self) -> None:
        self._callback = None

    def _fire(self) -> None:
        callback = self._callback
        if callback is None:
            return
        self.expired = True
        try:
            callback()
        except Exception:  # the watchdog must survive a failing callback
            log.exception("a deadline callback failed")


class Watchdog:
    """Runs each armed deadline's callback when its time comes, on one thread."""

    def __init__(self) -> None:
        self._condition = threading.Condition(threading.Lock())
        self._heap: list[tuple[float, int, Deadline]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, callback: Callable[[], object]) -> Deadline:
        """Call ``callback`` (on the watchdog thread) in ``seconds`` unless cancelled."""
        deadline = Deadline(time.monotonic() + seconds, callback)
        with self._condition:
            heapq.heappush(self._heap, (deadline.when, next(self._order), deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="engage-deadlines",
                                                daemon=True)
                self._thread.start()
            elif self._heap[0][2] is deadline:
                self._condition.notify()  # it sleeps until a later deadline: wake it
        return deadline

    def _run(self) -> None:
        while True:
            with self._condition:
                # Cancelled deadlines are dropped as they reach the front.
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._condition.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._condition.wait(wait)
                    continue
                _, _, due = heapq.heappop(self._heap)
            due._fire()  # outside the lock: the callback may take a moment


#: The process's watchdog (every client shares it: one thread however many clients).
WATCHDOG = Watchdog()
