"""Lets EngageClient.abort() end the waits and retry loops of the calls in flight.

The transport breaks the sockets off; this stops what would come next (a retry wait, a
reconciling lookup). A call queued before an abort but started after it still counts as
aborted: the GUI thread passes the generation it saw when it queued the work.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from posapp.engage.errors import ConnectionDropped


class AbortSignal:
    """Lets :meth:`EngageClient.abort` end the retry waits and loops of the calls in flight."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._generation = 0
        self._local = threading.local()

    @property
    def generation(self) -> int:
        """How many aborts have fired so far."""
        return self._generation

    @contextmanager
    def call(self, since: int | None = None) -> Iterator[None]:
        """One public call on this thread: aborts fired before ``since`` do not apply.

        ``since`` defaults to now; a caller that queued the work earlier passes the
        generation it saw then, so that an abort fired in between still applies.
        """
        depth = getattr(self._local, "depth", 0)
        if depth == 0:
            self._local.generation = self._generation if since is None else since
        self._local.depth = depth + 1
        try:
            yield
        finally:
            self._local.depth = depth

    def fire(self) -> None:
        with self._condition:
            self._generation += 1
            self._condition.notify_all()

    def _fired(self) -> bool:
        return getattr(self._local, "generation", self._generation) != self._generation

    def check(self) -> None:
        """Raise ConnectionDropped when the call was aborted."""
        if self._fired():
            raise ConnectionDropped("the request was abandoned")

    def sleep(self, seconds: float) -> None:
        """Wait, but return early (raising) when the call is aborted meanwhile."""
        with self._condition:
            self._condition.wait_for(self._fired, timeout=max(0.0, seconds))
        self.check()
