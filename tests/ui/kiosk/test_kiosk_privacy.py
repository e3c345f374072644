"""The next customer sees nothing of the previous one: idle warning, reset, clipboard."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from posapp.emulator import EmulatorServer, Fault
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.outcome_page import Outcome
from tests.ui.kiosk.conftest import PHONE, PIN, MakeKiosk, field, fill_in, tap, type_into


def leave_traces(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """What a customer who walks away mid-signup leaves behind."""
    type_into(qtbot, field(kiosk, "mobilePhone"), "0701740605")
    type_into(qtbot, field(kiosk, "firstName"), "Anna")
    email = field(kiosk, "email")
    type_into(qtbot, field(kiosk, "email"), "anna@example.com")
    qtbot.keyClick(email, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(email, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "anna@example.com"
    qtbot.mouseClick(kiosk.form.consents["acceptsEmail"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language_bar.buttons["sv"], Qt.MouseButton.LeftButton)
    assert QLocale().language() == QLocale.Language.Swedish


def test_idle_warning_counts_down_then_wipes_everything(qtbot: QtBot,
                                                        make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_ms=300)
    leave_traces(qtbot, kiosk)
    kiosk.form_scroll.verticalScrollBar().setValue(kiosk.form_scroll.verticalScrollBar().maximum())
    with qtbot.waitSignal(kiosk.warning.timer.timeout, timeout=10_000):
        pass  # the warning appeared after 0.3 s without input and counts down
    assert kiosk.warning.is_open
    assert 0 < kiosk.warning.remaining < 20
    with qtbot.waitSignal(kiosk.warning.expired, timeout=10_000):
        pass
    assert not kiosk.warning.is_open
    for name in ("mobilePhone", "firstName", "lastName", "email"):
        editor = field(kiosk, name)
        assert editor.text() == ""
        assert not editor.isUndoAvailable()
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert editor.text() == "", name
    assert not any(box.isChecked() for box in kiosk.form.consents.values())
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == ""
    assert QLocale().language() == QLocale.Language.English
    assert kiosk.language_bar.current() == "en"
    assert kiosk.form_scroll.verticalScrollBar().value() == 0


def test_reset_puts_the_focus_in_the_key_field(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_ms=300)
    type_into(qtbot, field(kiosk, "lastName"), "Ek")
    with qtbot.waitSignal(kiosk.warning.expired, timeout=10_000):
        pass
    assert QApplication.focusWidget() is field(kiosk, "mobilePhone")
    assert kiosk.idle_guard.running  # watching for the next customer


def test_still_here_keeps_everything(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_ms=300, tick_ms=1000)
    type_into(qtbot, field(kiosk, "firstName"), "Anna")
    qtbot.waitUntil(lambda: kiosk.warning.is_open, timeout=10_000)
    assert kiosk.warning.remaining == 20
    assert QApplication.focusWidget() is kiosk.warning.still_button
    qtbot.keyClick(kiosk.warning.still_button, Qt.Key.Key_Space)
    assert not kiosk.warning.is_open
    assert field(kiosk, "firstName").text() == "Anna"
    assert QApplication.focusWidget() is field(kiosk, "firstName")
    assert kiosk.idle_guard.running


def test_the_customer_can_clear_at_once(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_ms=300, tick_ms=1000)
    type_into(qtbot, field(kiosk, "firstName"), "Anna")
    qtbot.waitUntil(lambda: kiosk.warning.is_open, timeout=10_000)
    qtbot.mouseClick(kiosk.warning.clear_button, Qt.MouseButton.LeftButton)
    assert not kiosk.warning.is_open and kiosk.is_pristine()


def test_typing_keeps_the_warning_away(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    """Each key starts the idle time again: read from the idle timer, not raced against a
    short idle time (the warning coming once typing stops: test_still_here_keeps_everything)."""
    kiosk = make_kiosk(idle_ms=60_000)
    idle = kiosk.idle_guard._timer
    idle.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may be set 5 % (3 s) off
    editor = field(kiosk, "firstName")
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)  # input: restarted, precisely
    for letter in "Anna":
        qtbot.wait(200)
        left = idle.remainingTime()  # counting down since the last input
        assert left < 60_000
        qtbot.keyClick(editor, letter)
        assert idle.remainingTime() > left  # and from the full idle time again
    assert kiosk.idle_guard.running and not kiosk.warning.is_open


def test_an_untouched_kiosk_shows_no_warning(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_ms=100)
    QGuiApplication.clipboard().setText("copied elsewhere")
    with qtbot.waitSignal(kiosk.idle_guard.idle, timeout=10_000):
        pass
    assert not kiosk.warning.is_open
    assert QGuiApplication.clipboard().text() == ""  # wiped anyway, quietly
    assert kiosk.idle_guard.running


def test_idle_reset_closes_every_popup_and_dialog(qtbot: QtBot,
                                                 make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_ms=300)
    kiosk.staff_exit.request()
    assert kiosk.pin_pad.is_open
    for digit in PIN[:2]:
        qtbot.mouseClick(kiosk.pin_pad.keys[digit], Qt.MouseButton.LeftButton)
    dialog = QDialog(kiosk)
    dialog.open()
    menu = QMenu(kiosk)
    menu.addAction("Copy")
    menu.popup(kiosk.mapToGlobal(kiosk.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    with qtbot.waitSignal(kiosk.warning.expired, timeout=10_000):
        pass
    assert not kiosk.pin_pad.is_open
    assert kiosk.pin_pad.digit_count == 0
    assert not dialog.isVisible() and not menu.isVisible()
    assert QApplication.activePopupWidget() is None


def test_no_signup_is_interrupted_by_the_idle_guard(
        qtbot: QtBot, make_kiosk: MakeKiosk, emulator: EmulatorServer) -> None:
    kiosk = make_kiosk(idle_ms=300)
    emulator.faults.add(Fault("latency", method="POST", delay=0.8))
    fill_in(qtbot, kiosk)
    with qtbot.assertNotEmitted(kiosk.idle_guard.idle, wait=0):
        tap(qtbot, kiosk.form.join_button)
        qtbot.waitUntil(lambda: kiosk.showing_outcome is Outcome.THANK_YOU, timeout=5000)
    assert emulator.count("mobilePhone", PHONE) == 1
