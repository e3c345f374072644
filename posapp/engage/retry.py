"""The retry policy of the Engage reference, in one place.

GETs (and the idempotent PATCH) retry with growing, jittered waits inside a bounded budget of
attempts and seconds. A create is re-sent automatically only where that cannot make a second
contact: after Engage's own 504 (rolled back), or after a lookup proved the first attempt
did not land. Nothing here sleeps longer than the budget left.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded budgets: ``attempts`` in all (the first included) within ``budget_seconds``."""

    attempts: int = 3
    budget_seconds: float = 6.0
    first_wait: float = 0.25
    max_wait: float = 2.0
    #: Each wait is drawn from [wait × (1 − jitter), wait], spreading tills that retry together.
    jitter: float = 0.5

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.budget_seconds <= 0 or self.first_wait < 0:
            raise ValueError("a retry policy needs at least one attempt and a positive budget")

    def wait_before(self, attempt: int, rng: random.Random) -> float:
        """How long to wait before attempt number ``attempt`` (2, 3, …)."""
        base = min(self.max_wait, self.first_wait * 2.0 ** max(0, attempt - 2))
        return base * (1 - self.jitter * rng.random())


@dataclass
class RetryBudget:
    """One operation's spend against a policy: counts attempts, keeps the deadline."""

    policy: RetryPolicy
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)
    attempts: int = 0
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    @property
    def remaining(self) -> float:
        """Seconds left of the budget."""
        return self.policy.budget_seconds - (self.clock() - self.started)

    def start_attempt(self) -> None:
        """Count an attempt (call right before sending)."""
        self.attempts += 1

    def wait_for_next(self, at_least: float = 0.0) -> bool:
        """Sleep before the next attempt; False (without sleeping) when the budget is spent."""
        if self.attempts >= self.policy.attempts:
            return False
        wait = max(at_least, self.policy.wait_before(self.attempts + 1, self.rng))
        if wait >= self.remaining:
            return False
        if wait > 0:
            self.sleep(wait)
        return True
