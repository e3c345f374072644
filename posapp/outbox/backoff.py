"""How long the sender waits before trying again: capped exponential back-off with full
jitter, Retry-After honoured, and a long pause when Engage refuses the API key.

Jitter matters at fleet scale: hundreds of tills that lose the network together must not
come back in step. Every wait is drawn from the injected ``random.Random``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    """Waits in seconds. ``first`` … ``cap`` is the ceiling's range (doubling per failure)."""

    first: float = 2.0
    cap: float = 300.0
    #: Never sooner than this, however the jitter falls.
    minimum: float = 0.5
    #: After a 429: Retry-After (or ``first`` without one) plus up to this many seconds,
    #: doubled for each further 429 in a row up to ``rate_limit_spread_cap``. A fleet
    #: that comes back at once then sends half as many requests into a full window as
    #: with a fixed spread, for about the same drain time (tests/benchmarks/fleet_drain.py).
    rate_limit_spread: float = 2.0
    rate_limit_spread_cap: float = 4.0
    #: After the API key was refused: ask again after about this long.
    api_key_pause: float = 300.0

    def __post_init__(self) -> None:
        if not 0 <= self.minimum <= self.first <= self.cap:
            raise ValueError("a back-off needs 0 <= minimum <= first <= cap")

    def after_failure(self, failures: int, rng: random.Random) -> float:
        """Wait after the ``failures``-th failure in a row (1, 2, …): full jitter, capped."""
        ceiling = min(self.cap, self.first * 2.0 ** max(0, min(failures, 64) - 1))
        return max(self.minimum, rng.uniform(0.0, ceiling))

    def after_rate_limit(self, retry_after: float | None, in_row: int,
                         rng: random.Random) -> float:
        """Wait after the ``in_row``-th 429 in a row: at least Retry-After, spread so that
        tills do not return together (without Retry-After: as after a failure)."""
        if retry_after is None or retry_after < 0:
            return self.after_failure(in_row, rng)
        spread = min(self.rate_limit_spread_cap,
                     self.rate_limit_spread * 2.0 ** max(0, min(in_row, 32) - 1))
        return min(self.cap, retry_after) + rng.uniform(0.0, spread)

    def after_key_refused(self, rng: random.Random) -> float:
        """Pause the whole queue: the key will not work again by itself soon."""
        return self.api_key_pause * rng.uniform(0.8, 1.2)
