"""Only staff leave the kiosk: a hidden gesture or key combination, then the right PIN."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.ui.kiosk.kiosk_window import KioskWindow
from tests.ui.kiosk.conftest import PIN, MakeKiosk, field, tap

CTRL_ALT_SHIFT = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                  | Qt.KeyboardModifier.ShiftModifier)


def enter_pin(qtbot: QtBot, kiosk: KioskWindow, pin: str) -> None:
    for digit in pin:
        tap(qtbot, kiosk.pin_pad.keys[digit])
    tap(qtbot, kiosk.pin_pad.keys["ok"])


def open_pad_by_keys(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, CTRL_ALT_SHIFT)


def test_close_alt_f4_and_escape_do_nothing(qtbot: QtBot, kiosk: KioskWindow) -> None:
    editor = field(kiosk, "mobilePhone")
    qtbot.keyClicks(editor, "070")
    assert not kiosk.close()
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted()
    qtbot.keyClick(editor, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert kiosk.isVisible()
    assert editor.text() == "070"
    assert not kiosk.pin_pad.is_open


def test_escape_does_not_even_close_a_dialog(qtbot: QtBot, kiosk: KioskWindow) -> None:
    dialog = QDialog(kiosk)  # a plain QDialog rejects itself on Escape
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.done(0)


def test_right_pin_leaves_the_kiosk(qtbot: QtBot, kiosk: KioskWindow) -> None:
    open_pad_by_keys(qtbot, kiosk)
    assert kiosk.pin_pad.is_open
    # The pad itself takes the keys: no digit key wears a focus ring, tapped or not.
    assert QApplication.focusWidget() is kiosk.pin_pad
    tap(qtbot, kiosk.pin_pad.keys["5"])
    assert QApplication.focusWidget() is kiosk.pin_pad
    tap(qtbot, kiosk.pin_pad.keys["delete"])
    enter_pin(qtbot, kiosk, PIN)
    assert not kiosk.isVisible()
    assert not kiosk.runner._thread.isRunning()


def test_wrong_pin_says_so_and_stays(qtbot: QtBot, kiosk: KioskWindow) -> None:
    open_pad_by_keys(qtbot, kiosk)
    enter_pin(qtbot, kiosk, "1111")
    assert kiosk.isVisible() and kiosk.pin_pad.is_open
    assert "Wrong PIN" in kiosk.pin_pad.message.text()
    assert "4 tries" in kiosk.pin_pad.message.text()
    assert kiosk.pin_pad.digit_count == 0
    tap(qtbot, kiosk.pin_pad.cancel_button)
    assert not kiosk.pin_pad.is_open
    assert QApplication.focusWidget() is field(kiosk, "mobilePhone")


def test_pin_from_a_physical_keyboard(qtbot: QtBot, kiosk: KioskWindow) -> None:
    open_pad_by_keys(qtbot, kiosk)
    focus = QApplication.focusWidget()
    qtbot.keyClicks(focus, PIN[:-1] + "9")
    qtbot.keyClick(focus, Qt.Key.Key_Backspace)
    qtbot.keyClicks(focus, PIN[-1])
    assert kiosk.pin_pad.digit_count == len(PIN)
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


class Clock:
    """The lockout's wall clock, moved by hand (from now: a restarted kiosk reads its file
    with the real clock before the test hands it this one)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def tick(kiosk: KioskWindow, clock: Clock, seconds: int) -> None:
    """``seconds`` go by: the clock moves and the pad's countdown ticks."""
    for _ in range(seconds):
        clock.now += 1
        kiosk.staff_exit.lockout_timer.timeout.emit()


def test_five_wrong_pins_pause_the_pad_and_each_further_one_doubles_it(
        qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(tick_ms=60_000)  # the countdown is driven by hand below
    clock = Clock()
    kiosk.staff_exit.lockout.clock = clock
    open_pad_by_keys(qtbot, kiosk)
    for _ in range(5):
        enter_pin(qtbot, kiosk, "0000")
    assert kiosk.staff_exit.locked
    assert "30 s" in kiosk.pin_pad.message.text()
    assert not kiosk.pin_pad.keys["ok"].isEnabled()
    kiosk.pin_pad.pin_entered.emit(PIN)  # even the right PIN is refused now
    assert kiosk.isVisible()
    tap(qtbot, kiosk.pin_pad.cancel_button)
    open_pad_by_keys(qtbot, kiosk)  # closing and reopening does not end the pause
    assert not kiosk.pin_pad.keys["1"].isEnabled()
    tick(kiosk, clock, 29)
    assert kiosk.staff_exit.locked and "1 s" in kiosk.pin_pad.message.text()
    tick(kiosk, clock, 1)
    assert not kiosk.staff_exit.locked and kiosk.pin_pad.keys["1"].isEnabled()
    enter_pin(qtbot, kiosk, "0000")  # the sixth in a row: twice as long
    assert "60 s" in kiosk.pin_pad.message.text()
    tick(kiosk, clock, 60)
    enter_pin(qtbot, kiosk, "0000")
    tick(kiosk, clock, 120)
    enter_pin(qtbot, kiosk, "0000")  # the eighth: 4 minutes
    assert "4 minutes" in kiosk.pin_pad.message.text()
    tick(kiosk, clock, 240)
    enter_pin(qtbot, kiosk, PIN)
    assert not kiosk.isVisible()


def test_the_pause_survives_a_restart(qtbot: QtBot, make_kiosk: MakeKiosk,
                                      caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    first = make_kiosk(tick_ms=60_000)
    first.staff_exit.lockout.clock = clock
    open_pad_by_keys(qtbot, first)
    for _ in range(6):  # the sixth wrong PIN starts a minute
        if first.staff_exit.locked:
            tick(first, clock, first.staff_exit.lockout.seconds_left())
        enter_pin(qtbot, first, "0000")
    clock.now += 15
    first.leave()  # posapp stops (or the plug is pulled) during the pause
    with caplog.at_level(logging.WARNING, logger="posapp.pin"):
        again = make_kiosk(tick_ms=60_000)
        again.staff_exit.lockout.clock = clock
        open_pad_by_keys(qtbot, again)
    assert again.staff_exit.locked
    assert "45 s" in again.pin_pad.message.text()
    assert not again.pin_pad.keys["ok"].isEnabled()
    assert "still shut" in caplog.text
    tick(again, clock, 45)
    enter_pin(qtbot, again, "0000")  # the seventh in a row: 2 minutes
    assert "2 minutes" in again.pin_pad.message.text()


def test_a_longer_pin_from_hash_pin_opens_the_pad(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                   kiosk_settings: Settings,
                                                   tmp_path: Path) -> None:
    """12 digits, hashed by ``posapp --hash-pin`` itself, typed on the pad."""
    long_pin = "739164285017"
    result = subprocess.run([sys.executable, "-m", "posapp", "--hash-pin"],
                            input=long_pin + "\n", capture_output=True, text=True,
                            timeout=60, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr
    pin_hash = result.stdout.strip().removeprefix('pin_hash = "').removesuffix('"')
    assert long_pin not in result.stdout
    settings = kiosk_settings.model_copy(update={
        "kiosk": kiosk_settings.kiosk.model_copy(update={"pin_hash": pin_hash})})
    kiosk = make_kiosk(settings)
    open_pad_by_keys(qtbot, kiosk)
    for digit in long_pin + "9":  # a thirteenth digit is not taken
        tap(qtbot, kiosk.pin_pad.keys[digit])
    assert kiosk.pin_pad.digit_count == 12
    tap(qtbot, kiosk.pin_pad.keys["ok"])
    assert not kiosk.isVisible()


def test_holding_the_top_left_corner_opens_the_pad(qtbot: QtBot, kiosk: KioskWindow) -> None:
    corner = kiosk.staff_exit.corner
    assert corner.geometry().topLeft() == QPoint(0, 0)
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert not kiosk.pin_pad.is_open  # a tap is not a hold
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: kiosk.pin_pad.is_open)  # a hold of 0.3 s in tests
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))


def test_without_a_pin_hash_there_is_no_way_out(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                settings: Settings,
                                                caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="posapp.kiosk"):
        kiosk = make_kiosk(settings)
    assert settings.kiosk.pin_hash is None
    assert any("pin_hash" in r.getMessage() for r in caplog.records)
    open_pad_by_keys(qtbot, kiosk)
    kiosk.staff_exit.request()
    assert not kiosk.pin_pad.is_open
    assert not kiosk.close()
    assert kiosk.isVisible()


def test_the_pin_is_never_logged(qtbot: QtBot, kiosk: KioskWindow,
                                 caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        open_pad_by_keys(qtbot, kiosk)
        enter_pin(qtbot, kiosk, "97531")
        enter_pin(qtbot, kiosk, PIN)
    assert not kiosk.isVisible()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "97531" not in logged and PIN not in logged
    assert "wrong staff PIN" in logged


def test_leaving_empties_the_clipboard(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """On X11, Qt hands a clipboard posapp still owns to the desktop's clipboard manager as
    it exits and waits for it (up to 5 s of black screen): nothing may be left to hand
    over, least of all a customer's copied address."""
    editor = field(kiosk, "email")
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor, "anna@example.com")
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "anna@example.com"
    open_pad_by_keys(qtbot, kiosk)
    enter_pin(qtbot, kiosk, PIN)
    assert not kiosk.isVisible()
    assert clipboard.text() == ""
    assert clipboard.text(clipboard.Mode.Selection) == ""
