"""Every duration of the kiosk in one place, so tests can run the real timers fast.

The configuration gives seconds; a test passes ``tick_ms=10`` and the 20-second idle
warning runs its real countdown in a fifth of a second instead of being skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from posapp.config import Settings
from posapp.pin_lockout import KIOSK_RULE


@dataclass(frozen=True)
class KioskTimings:
    """Durations of the kiosk; countdowns are in ticks of ``tick_ms`` (one second live)."""

    # No touch or key for this long, with something on screen: the idle warning.
    idle_ms: int = 60_000
    # Seconds the idle warning counts down before the full reset.
    warning_seconds: int = 20
    # Seconds the thank-you and "already a member" screens stay.
    thank_you_seconds: int = 8
    # Seconds the "we couldn't finish" screen stays (time to read it and tap Try again).
    problem_seconds: int = 20
    # One countdown step: a second, live.
    tick_ms: int = 1000
    # Pause before the kiosk's own single retry after a timeout or lost connection.
    retry_delay_ms: int = 1500
    # How long staff hold the top-left corner to open the PIN pad.
    hold_ms: int = 3000
    # Wrong PINs in a row before the pad pauses, and its first pause in seconds; each
    # further wrong PIN doubles the pause (posapp/pin_lockout.py).
    max_pin_tries: int = KIOSK_RULE.free_tries
    lockout_seconds: int = int(KIOSK_RULE.first_pause)
    # The kiosk's own deadline for one signup attempt, whatever the network does: past
    # it the attempt is abandoned, so no screen waits forever with a customer's details.
    request_deadline_ms: int = 40_000

    @classmethod
    def from_settings(cls, settings: Settings) -> KioskTimings:
        """The live timings for a configured kiosk."""
        kiosk, engage = settings.kiosk, settings.engage
        # The client ends a signup within its total budget, re-sends and look-ups included.
        worst = engage.create_budget_seconds
        return cls(
            idle_ms=kiosk.idle_seconds * 1000,
            warning_seconds=kiosk.warning_seconds,
            thank_you_seconds=kiosk.thank_you_seconds,
            problem_seconds=max(2 * kiosk.thank_you_seconds, 15),
            request_deadline_ms=int((worst + 5) * 1000),
        )
