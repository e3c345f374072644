"""The staff PIN's lockout rule, with a fake wall clock: no test sleeps."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from posapp.pin_lockout import (
    KIOSK_RULE,
    SETUP_RULE,
    LockoutFile,
    LockoutRule,
    PinLockout,
)


class Clock:
    """A wall clock that moves only when told."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def lockout(tmp_path: Path, clock: Clock, rule: LockoutRule = KIOSK_RULE) -> PinLockout:
    return PinLockout(rule, "kiosk", LockoutFile(tmp_path / "state" / "lock.json"), clock)


def test_free_tries_then_pauses_that_double(tmp_path: Path) -> None:
    clock = Clock()
    pin = lockout(tmp_path, clock)
    for tries_left in (5, 4, 3, 2, 1):
        assert pin.tries_left() == tries_left and not pin.locked
        pause = pin.failed()
        if tries_left > 1:
            assert pause == 0
    assert pause == 30 and pin.seconds_left() == 30 and pin.locked
    pauses = []
    for _ in range(5):
        clock.advance(pin.seconds_left())
        assert not pin.locked
        pauses.append(pin.failed())
    assert pauses == [60, 120, 240, 480, 960]


def test_the_pause_counts_down_with_the_clock(tmp_path: Path) -> None:
    clock = Clock()
    pin = lockout(tmp_path, clock, SETUP_RULE)
    for _ in range(3):
        pin.failed()
    assert pin.seconds_left() == 60
    clock.advance(59.5)
    assert pin.seconds_left() == 1 and pin.locked
    clock.advance(0.5)
    assert pin.seconds_left() == 0 and not pin.locked


def test_the_pause_stops_doubling_at_the_cap() -> None:
    rule = LockoutRule(free_tries=5, first_pause=30, max_pause=3600)
    assert [rule.pause_after(n) for n in (4, 5, 6, 11, 12, 1000)] == [
        0, 30, 60, 1920, 3600, 3600]


def test_trying_every_four_digit_pin_takes_over_a_year() -> None:
    """The old rule (30 s after every five) allowed all 10,000 in about 17 hours."""
    clock = Clock()
    start = clock.now
    pin = PinLockout(KIOSK_RULE, "kiosk", clock=clock)
    for _ in range(10_000):
        clock.advance(pin.seconds_left())
        pin.failed()
    assert clock.now - start > 365 * 24 * 3600


def test_the_right_pin_starts_the_count_over(tmp_path: Path) -> None:
    clock = Clock()
    pin = lockout(tmp_path, clock)
    for _ in range(4):
        pin.failed()
    pin.succeeded()
    assert pin.failures == 0 and pin.tries_left() == 5
    assert json.loads((tmp_path / "state" / "lock.json").read_text())["failures"] == 0


def test_a_day_without_a_wrong_pin_forgets_the_count(tmp_path: Path) -> None:
    clock = Clock()
    pin = lockout(tmp_path, clock)
    for _ in range(4):
        pin.failed()
    clock.advance(KIOSK_RULE.forget_after + 1)
    assert pin.failures == 0
    assert pin.failed() == 0


def test_the_count_and_the_pause_survive_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    first = lockout(tmp_path, clock)
    for _ in range(6):
        first.failed()
    clock.advance(20)
    again = lockout(tmp_path, clock)  # a new process reading the same file
    assert again.failures == 6 and again.seconds_left() == 40
    clock.advance(40)
    assert again.failed() == 120  # the seventh in a row: the doubling goes on


def test_the_file_holds_counts_and_times_only_and_is_replaced_whole(tmp_path: Path) -> None:
    clock = Clock()
    pin = lockout(tmp_path, clock)
    for _ in range(5):
        pin.failed()
    folder = tmp_path / "state"
    assert [p.name for p in folder.iterdir()] == ["lock.json"]  # no temporary left behind
    data = json.loads((folder / "lock.json").read_text())
    assert data == {"failures": 5, "last_failure": clock.now, "locked_until": clock.now + 30}


def test_a_failed_write_keeps_the_old_file_and_the_count(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    pin = lockout(tmp_path, clock)
    pin.failed()
    before = (tmp_path / "state" / "lock.json").read_text()

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError("read-only")

    monkeypatch.setattr(Path, "replace", refuse)
    with caplog.at_level(logging.WARNING, logger="posapp.pin"):
        pin.failed()
    assert (tmp_path / "state" / "lock.json").read_text() == before
    assert [p.name for p in (tmp_path / "state").iterdir()] == ["lock.json"]
    assert pin.failures == 2
    assert any("cannot be saved" in r.getMessage() for r in caplog.records)


def test_an_unreadable_file_starts_a_new_count(tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "state" / "lock.json"
    path.parent.mkdir()
    path.write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="posapp.pin"):
        pin = lockout(tmp_path, Clock())
    assert pin.failures == 0 and not pin.locked
    assert any("cannot be read" in r.getMessage() for r in caplog.records)


def test_a_clock_set_back_does_not_lengthen_the_pause(tmp_path: Path) -> None:
    clock = Clock()
    pin = lockout(tmp_path, clock)
    for _ in range(5):
        pin.failed()
    clock.advance(-10 * 24 * 3600)
    assert pin.seconds_left() == 30


def test_wrong_pins_are_logged_as_warnings_with_their_count(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    pin = lockout(tmp_path, clock)
    with caplog.at_level(logging.INFO, logger="posapp.pin"):
        for _ in range(5):
            pin.failed()
        clock.advance(30)
        pin.succeeded()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings[0] == "kiosk: wrong staff PIN (1 in a row)"
    assert warnings[-1] == "kiosk: the staff PIN is shut for 30 s after 5 wrong PINs in a row"
    assert "kiosk: right staff PIN after 5 wrong" in caplog.text
