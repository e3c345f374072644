"""The retry policy of the Engage reference, in one place.

GETs (and the idempotent PATCH) retry with growing, jittered waits, a bounded number of
times. A create is re-sent automatically only where that cannot make a second contact:
after Engage's own 504 (rolled back), or after a lookup proved the first attempt did not
land. Time is not counted here: every attempt and wait spends from the operation's
:class:`~posapp.engage.budgets.TimeBudget`, and nothing sleeps past its end.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from posapp.engage.budgets import TimeBudget


@dataclass(frozen=True)
class RetryPolicy:
    """``attempts`` in all (the first included), with waits growing ×2 from ``first_wait``."""

    attempts: int = 3
    first_wait: float = 0.25
    max_wait: float = 2.0
    #: Each wait is drawn from [wait × (1 − jitter), wait], spreading tills that retry together.
    jitter: float = 0.5

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.first_wait < 0 or not 0 <= self.jitter <= 1:
            raise ValueError("a retry policy needs at least one attempt and no negative wait")

    def wait_before(self, attempt: int, rng: random.Random) -> float:
        """How long to wait before attempt number ``attempt`` (2, 3, …)."""
        base = min(self.max_wait, self.first_wait * 2.0 ** max(0, attempt - 2))
        return base * (1 - self.jitter * rng.random())


@dataclass
class RetryBudget:
    """One loop of attempts under a policy, spending the operation's time."""

    policy: RetryPolicy
    #: The operation's time, which every wait spends from.
    operation: TimeBudget
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)
    attempts: int = 0

    def start_attempt(self) -> None:
        """Count an attempt (call right before sending)."""
        self.attempts += 1

    def wait_for_next(self, at_least: float = 0.0, then_needs: float = 0.0) -> bool:
        """Sleep before the next attempt; False (without sleeping) when there is none.

        There is none when every attempt is used, or when the wait and ``then_needs``
        seconds for the attempt itself do not fit in the time left.
        """
        if self.attempts >= self.policy.attempts:
            return False
        wait = max(at_least, self.policy.wait_before(self.attempts + 1, self.rng))
        if not self.operation.allows(wait + then_needs):
            return False
        if wait > 0:
            self.sleep(wait)
        return True
