"""Engage's per-API-key rate limit: a sliding one-second window, answered with 429."""

from __future__ import annotations

import math
import threading
import time
from collections import deque


class RateLimiter:
    """Counts accepted requests in the last second; refused ones do not count."""

    WINDOW = 1.0

    def __init__(self, per_second: int) -> None:
        if per_second < 1:
            raise ValueError("the rate limit must be at least 1 request per second")
        self.per_second = per_second
        self._lock = threading.Lock()
        self._times: deque[float] = deque()

    def admit(self, now: float | None = None) -> int | None:
        """None when the request may go on, else the Retry-After in whole seconds."""
        now = time.monotonic() if now is None else now
        with self._lock:
            while self._times and self._times[0] <= now - self.WINDOW:
                self._times.popleft()
            if len(self._times) >= self.per_second:
                wait = self._times[0] + self.WINDOW - now
                return max(1, math.ceil(wait))
            self._times.append(now)
            return None

    def reset(self) -> None:
        """Forget the window (between tests)."""
        with self._lock:
            self._times.clear()
