"""Every time limit of an Engage operation, stated once, and the clock one operation spends.

An *operation* is what one click asks for: a signup (the create, its automatic re-send and
the look-ups that check whether an unanswered create landed) or a search (the look-up, then
reading the contact) or saving a change. Each gets ONE total budget counted from its start;
every attempt, every wait between attempts and every reconciling look-up spends from it.
A request's read timeout is the smaller of its own limit and the time left, and no wait
runs past the end, so the cashier never waits longer than the total.

==========================  =======  =========================================================
budget                      default  why
==========================  =======  =========================================================
``connect_seconds``         3        opening a connection (TCP and TLS)
``create_read_seconds``     12       one create's answer. Engage answers within 10 s or with
                                     504 RequestTimeOut (rolled back, safe to re-send); above
                                     that, Engage's own 504 arrives before posapp gives up
``lookup_read_seconds``     4        one look-up, read or update's answer
``create_total_seconds``    30       a whole signup, from the click: up to two creates, the
                                     wait between them and the look-ups
``lookup_total_seconds``    8        a whole search (look-up and read) or saving a change
``create_retry``            2 tries  the wait before re-sending a create: 2 s (1–2 s with
                                     jitter), growing: Voyado's advice is to retry as late as
                                     the situation allows, with growing intervals
``lookup_retry``            3 tries  waits of 0.25 s, 0.5 s, … up to 2 s, with jitter
==========================  =======  =========================================================

The configuration's ``[engage]`` section (``posapp.config.EngageSettings``) takes its
defaults from :data:`DEFAULT_BUDGETS`; the README quotes this table.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from posapp.engage.retry import RetryPolicy

#: Engage's own limit for a create: it answers 504 RequestTimeOut (rolled back) at it.
ENGAGE_CREATE_LIMIT_SECONDS = 10.0


@dataclass(frozen=True)
class Budgets:
    """The time limits of every Engage operation (seconds); see the module's table."""

    connect_seconds: float = 3.0
    create_read_seconds: float = 12.0
    lookup_read_seconds: float = 4.0
    create_total_seconds: float = 30.0
    lookup_total_seconds: float = 8.0
    create_retry: RetryPolicy = field(
        default_factory=lambda: RetryPolicy(attempts=2, first_wait=2.0, max_wait=8.0))
    lookup_retry: RetryPolicy = field(
        default_factory=lambda: RetryPolicy(attempts=3, first_wait=0.25, max_wait=2.0))
    #: A whole exchange (a drip-fed answer included) is broken off after its read timeout
    #: × this, or at the end of the operation's budget, whichever comes first.
    deadline_factor: float = 1.5
    #: No attempt is started with less than this left: it could not get an answer.
    min_attempt_seconds: float = 0.5

    def __post_init__(self) -> None:
        limits = (self.connect_seconds, self.create_read_seconds, self.lookup_read_seconds,
                  self.create_total_seconds, self.lookup_total_seconds)
        if min(limits) <= 0 or self.deadline_factor < 1 or self.min_attempt_seconds < 0:
            raise ValueError("every time limit must be positive")

    def for_create(self, clock: Callable[[], float] = time.monotonic) -> TimeBudget:
        """The budget of one signup, starting now."""
        return TimeBudget(self.create_total_seconds, clock)

    def for_lookup(self, clock: Callable[[], float] = time.monotonic) -> TimeBudget:
        """The budget of one search or update, starting now."""
        return TimeBudget(self.lookup_total_seconds, clock)


#: The defaults, which the configuration's defaults are taken from.
DEFAULT_BUDGETS = Budgets()


class TimeBudget:
    """One operation's time: started once (at the click), spent by everything it does.

    Thread-safe to read; it holds only its end time.
    """

    __slots__ = ("_clock", "ends", "seconds")

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if seconds <= 0:
            raise ValueError("a time budget must be positive")
        self.seconds = seconds
        self._clock = clock
        self.ends = clock() + seconds

    @property
    def remaining(self) -> float:
        """Seconds left (never negative)."""
        return max(0.0, self.ends - self._clock())

    @property
    def spent(self) -> float:
        """Seconds spent since the start."""
        return self.seconds - (self.ends - self._clock())

    def cap(self, seconds: float) -> float:
        """``seconds``, or the time left when that is less."""
        return min(seconds, self.remaining)

    def allows(self, seconds: float) -> bool:
        """Whether ``seconds`` still fit."""
        return seconds <= self.remaining

    def __repr__(self) -> str:
        return f"TimeBudget({self.remaining:.2f} s left of {self.seconds:g} s)"
