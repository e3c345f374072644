"""A held Enter key (auto-repeat) and a burst of clicks on Save send one request, not more."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.emulator import EmulatorServer, Fault
from posapp.engage.client import EngageClient
from posapp.ui.main_window import MainWindow
from tests.fault_waits import FaultWaits
from tests.resilience.conftest import editor, fill_in

PHONE_TYPED = "070-174 06 21"
PHONE = "+46701740621"


def _posts(emulator: EmulatorServer) -> int:
    return sum(1 for r in emulator.requests if r.method == "POST")


def test_holding_enter_sends_one_request(qtbot: QtBot, settings: Settings,
                                         client: EngageClient, emulator: EmulatorServer,
                                         open_window: Callable[[Settings, EngageClient],
                                                               MainWindow]) -> None:
    waits = FaultWaits(emulator, hold=True)  # Engage answers when the test says so
    emulator.faults.add(Fault("latency", method="POST", delay=0.4))
    window = open_window(settings, client)
    fill_in(qtbot, window, PHONE_TYPED)
    phone = editor(window, "mobilePhone")
    phone.setFocus()
    # A held key: one press, then auto-repeated presses as the keyboard sends them.
    for repeat in range(40):
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier,
                          "\r", repeat > 0)
        QApplication.sendEvent(phone, press)
    release = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Return,
                        Qt.KeyboardModifier.NoModifier, "\r")
    QApplication.sendEvent(phone, release)
    assert window.runner.busy and window.form.busy
    qtbot.waitUntil(phone.isReadOnly)  # the slow save greys the form out
    waits.release()
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert _posts(emulator) == 1
    assert emulator.count("mobilePhone", PHONE) == 1


def test_a_burst_of_clicks_sends_one_request(qtbot: QtBot, settings: Settings,
                                             client: EngageClient, emulator: EmulatorServer,
                                             open_window: Callable[[Settings, EngageClient],
                                                                   MainWindow]) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=0.4))
    window = open_window(settings, client)
    fill_in(qtbot, window, PHONE_TYPED)
    button = window.form.submit_button
    for _ in range(10):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.runner.busy
    qtbot.waitUntil(lambda: window.showing_confirmation, timeout=5000)
    assert _posts(emulator) == 1
    assert emulator.count("mobilePhone", PHONE) == 1
