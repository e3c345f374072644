"""How long the staff PIN stays shut after wrong PINs: one rule for the kiosk's PIN pad and
the till's set-up PIN dialog.

A fixed pause (30 s after five wrong PINs) let someone try all 10,000 four-digit PINs in
about 17 hours. Here the first ``free_tries`` wrong PINs in a row cost nothing; the next
one starts a pause of ``first_pause`` seconds, and every further wrong PIN starts one twice
as long (up to ``max_pause``). The right PIN, or ``forget_after`` without a wrong one,
starts the count over. Trying every four-digit PIN under the kiosk's rule takes over a year.

The count and the end of the pause are kept in a small JSON file (the user state
directory, written atomically), so that pulling the plug does not reset them: no PIN and
no hash are in it. Wrong PINs are logged as warnings with their count, never their digits
(this module never sees them). Plain Python; the wall clock is injected, so tests never
sleep.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger("posapp.pin")

Clock = Callable[[], float]


@dataclass(frozen=True)
class LockoutRule:
    """Wrong PINs that cost nothing, then pauses that double (seconds)."""

    free_tries: int
    first_pause: float
    max_pause: float = 3600.0
    forget_after: float = 24 * 3600.0

    def pause_after(self, failures: int) -> float:
        """The pause that the ``failures``-th wrong PIN in a row starts (0: none)."""
        if failures < self.free_tries:
            return 0.0
        # The exponent is bounded: 2**64 seconds is long past any max_pause.
        doublings = min(failures - self.free_tries, 64)
        return float(min(self.max_pause, self.first_pause * 2**doublings))


#: The kiosk's PIN pad: five free tries, then 30 s, 60 s, 2 min, … up to an hour.
KIOSK_RULE = LockoutRule(free_tries=5, first_pause=30.0)
#: The till's set-up dialog (the same PIN, reached by anyone at the till): three, then 60 s.
SETUP_RULE = LockoutRule(free_tries=3, first_pause=60.0)


@dataclass(frozen=True)
class LockoutState:
    """What is kept: wrong PINs in a row, and when (wall-clock seconds since the epoch)."""

    failures: int = 0
    last_failure: float = 0.0
    locked_until: float = 0.0


class LockoutFile:
    """The state in a JSON file, replaced atomically; nothing written when ``path`` is None.

    A file that cannot be read or written is logged and the state kept in memory: a broken
    disk must not lock staff out, nor stop the count.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def load(self) -> LockoutState:
        if self.path is None:
            return LockoutState()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockoutState(failures=max(0, int(data["failures"])),
                                last_failure=float(data["last_failure"]),
                                locked_until=float(data["locked_until"]))
        except FileNotFoundError:
            return LockoutState()
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("the PIN lockout file %s cannot be read (%s); starting a new count",
                        self.path, type(exc).__name__)
            return LockoutState()

    def save(self, state: LockoutState) -> None:
        if self.path is None:
            return
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=folder)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as file:
                    json.dump(asdict(state), file)
                    file.flush()
                    os.fsync(file.fileno())
                Path(temporary).replace(self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    Path(temporary).unlink()
                raise
        except OSError as exc:
            log.warning("the PIN lockout cannot be saved to %s (%s); it holds until posapp "
                        "stops", self.path, type(exc).__name__)


def lockout_file_path(scope: str) -> Path:
    """``pin-lockout-<scope>.json`` in the platform's user state directory
    (``~/.local/state/posapp`` on Linux, ``%LOCALAPPDATA%\\posapp`` on Windows)."""
    from platformdirs import user_state_path  # not on the start-up path

    return user_state_path("posapp", appauthor=False) / f"pin-lockout-{scope}.json"


class PinLockout:
    """Counts wrong PINs for one PIN entry (``scope``) and says how long it stays shut."""

    def __init__(self, rule: LockoutRule, scope: str, store: LockoutFile | None = None,
                 clock: Clock = time.time) -> None:
        self.rule = rule
        self.scope = scope
        #: The wall clock (seconds since the epoch); tests set a fake one.
        self.clock = clock
        self._store = store or LockoutFile(None)
        self._state = self._store.load()
        left = self.seconds_left()
        if left:
            log.warning("%s: the staff PIN is still shut for %d s after %d wrong PINs in a row",
                        scope, left, self._state.failures)

    @classmethod
    def in_state_directory(cls, rule: LockoutRule, scope: str) -> PinLockout:
        """The lockout kept in the user state directory (survives a restart)."""
        return cls(rule, scope, LockoutFile(lockout_file_path(scope)))

    @property
    def failures(self) -> int:
        """Wrong PINs in a row (0 once forgotten)."""
        self._forget_if_old()
        return self._state.failures

    def seconds_left(self) -> int:
        """Whole seconds until the next PIN is taken (0: it is taken now).

        Never more than the pause itself: a clock set back does not lengthen it.
        """
        state = self._state
        if state.locked_until <= 0:
            return 0
        left = min(state.locked_until - self.clock(), self.rule.pause_after(state.failures))
        return max(0, math.ceil(left))

    @property
    def locked(self) -> bool:
        """True during a pause: no PIN is checked."""
        return self.seconds_left() > 0

    def tries_left(self) -> int:
        """Wrong PINs still without a pause (at least 1 when not locked)."""
        return max(1, self.rule.free_tries - self.failures)

    def failed(self) -> int:
        """A wrong PIN: counted, logged, kept; returns the pause it starts (s, 0: none)."""
        self._forget_if_old()
        now = self.clock()
        failures = self._state.failures + 1
        pause = self.rule.pause_after(failures)
        self._state = LockoutState(failures=failures, last_failure=now,
                                   locked_until=now + pause if pause else 0.0)
        self._store.save(self._state)
        log.warning("%s: wrong staff PIN (%d in a row)", self.scope, failures)
        if pause:
            log.warning("%s: the staff PIN is shut for %d s after %d wrong PINs in a row",
                        self.scope, pause, failures)
        return math.ceil(pause)

    def succeeded(self) -> None:
        """The right PIN: the count starts over."""
        if self._state.failures:
            log.info("%s: right staff PIN after %d wrong", self.scope, self._state.failures)
        if self._state != LockoutState():
            self._state = LockoutState()
            self._store.save(self._state)

    def _forget_if_old(self) -> None:
        state = self._state
        if (state.failures and not self.locked
                and self.clock() - state.last_failure > self.rule.forget_after):
            self._state = LockoutState()
            self._store.save(self._state)
