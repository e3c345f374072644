"""Only staff leave the kiosk: a hidden gesture or key combination, then the right PIN."""

from __future__ import annotations

import logging

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
    assert QApplication.focusWidget() is kiosk.pin_pad.keys["5"]
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


def test_five_wrong_pins_lock_the_pad_for_30_seconds(qtbot: QtBot,
                                                     make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(tick_ms=60_000)  # the lockout's seconds are driven by hand below
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
    for _ in range(29):
        kiosk.staff_exit.lockout_timer.timeout.emit()
    assert kiosk.staff_exit.locked and "1 s" in kiosk.pin_pad.message.text()
    kiosk.staff_exit.lockout_timer.timeout.emit()
    assert not kiosk.staff_exit.locked
    enter_pin(qtbot, kiosk, PIN)
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
