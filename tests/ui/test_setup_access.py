"""Reaching the set-up dialog from the running till: only behind the staff PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from posapp.config import KioskSettings, Settings
from posapp.engage.client import EngageClient
from posapp.pin import hash_pin
from posapp.ui.app import create_application
from posapp.ui.dialogs.pin_dialog import PinDialog
from posapp.ui.dialogs.setup_dialog import SetupDialog
from posapp.ui.main_window import MainWindow
from posapp.ui.setup_access import SetupAccess
from tests.keyboard import wait_active
from tests.keyrings import MemoryKeyring

PIN = "7391"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def staff_window(qtbot: QtBot, settings: Settings, client: EngageClient,
                 tmp_path: Path) -> Iterator[MainWindow]:
    create_application("en")
    configured = settings.model_copy(update={
        "demo": False, "kiosk": KioskSettings(pin_hash=hash_pin(PIN))})
    win = MainWindow(configured, client, config_path=tmp_path / "till.toml")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_without_a_pin_there_is_no_set_up_in_the_window(qtbot: QtBot, settings: Settings,
                                                        client: EngageClient) -> None:
    create_application("en")
    window = MainWindow(settings.model_copy(update={"demo": False}), client)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    wait_active(qtbot, window)
    access = window.setup_access
    assert not access.button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert isinstance(access.dialog, QMessageBox)
    assert "posapp --setup" in access.dialog.text()
    access.dialog.accept()
    qtbot.waitUntil(lambda: access.dialog is None)


def test_the_pin_guards_the_set_up_dialog(qtbot: QtBot, staff_window: MainWindow,
                                          memory_keyring: MemoryKeyring,
                                          tmp_path: Path) -> None:
    access = staff_window.setup_access
    assert access.button.isVisible() and access.button.accessibleName()
    qtbot.mouseClick(access.button, Qt.MouseButton.LeftButton)
    pin = access.dialog
    assert isinstance(pin, PinDialog)
    assert pin.pin.echoMode() is pin.pin.EchoMode.Password
    qtbot.keyClicks(pin.pin, "1111")
    qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    assert pin.message.text() == "Wrong PIN. Try again." and pin.pin.text() == ""
    assert access.dialog is pin
    qtbot.keyClicks(pin.pin, PIN)
    qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(access.dialog, SetupDialog))
    setup = access.dialog
    assert isinstance(setup, SetupDialog) and setup.path == tmp_path / "till.toml"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.base_url)
    setup.reject()
    qtbot.waitUntil(lambda: access.dialog is None)


def test_three_wrong_pins_close_the_pin_dialog(qtbot: QtBot, staff_window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    access = staff_window.setup_access
    access.open()
    pin = access.dialog
    assert isinstance(pin, PinDialog)
    for _ in range(3):
        qtbot.keyClicks(pin.pin, "0000")
        qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: access.dialog is None)
    assert pin.result() == PinDialog.DialogCode.Rejected
    # Then set-up stays shut for a while, not open to three more guesses at once.
    access.open()
    locked = access.dialog
    assert isinstance(locked, QMessageBox) and locked.objectName() == "setupLocked"
    assert "Too many wrong PINs" in locked.text()
    locked.accept()
    qtbot.waitUntil(lambda: access.dialog is None)
    clock = access.lockout.clock
    monkeypatch.setattr(access.lockout, "clock", lambda: clock() + 61)  # the pause is over
    access.open()
    assert isinstance(access.dialog, PinDialog)
    access.dialog.reject()
    qtbot.waitUntil(lambda: access.dialog is None)


def test_set_up_by_keyboard_alone_and_back_to_the_form(qtbot: QtBot,
                                                        staff_window: MainWindow) -> None:
    from tests.keyboard import ALT, CTRL, key, owner, type_text

    qtbot.waitUntil(lambda: owner() == "mobilePhone")
    type_text(qtbot, "070")
    key(qtbot, Qt.Key.Key_S, CTRL | ALT)
    access = staff_window.setup_access
    qtbot.waitUntil(lambda: isinstance(access.dialog, PinDialog))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is access.dialog.pin)
    type_text(qtbot, PIN)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(access.dialog, SetupDialog))
    setup = access.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.base_url)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: access.dialog is None)
    qtbot.waitUntil(lambda: owner() == "mobilePhone")  # where the cashier left off
    assert staff_window.form.rows["mobilePhone"].raw_text() == "070"


def wrong_pins(qtbot: QtBot, access: SetupAccess, count: int) -> PinDialog:
    access.open()
    pin = access.dialog
    assert isinstance(pin, PinDialog)
    for _ in range(count):
        qtbot.keyClicks(pin.pin, "0000")
        qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    return pin


def test_the_set_up_pause_doubles_and_survives_a_restart(
        qtbot: QtBot, staff_window: MainWindow, settings: Settings, client: EngageClient,
        tmp_path: Path) -> None:
    access = staff_window.setup_access
    now = [1_700_000_000.0]
    access.lockout.clock = lambda: now[0]
    wrong_pins(qtbot, access, 2)
    access.dialog.reject()  # closing after two does not give three more
    qtbot.waitUntil(lambda: access.dialog is None)
    wrong_pins(qtbot, access, 1)
    qtbot.waitUntil(lambda: access.dialog is None)  # the third in a row: 60 s
    assert access.lockout.seconds_left() == 60
    now[0] += 60
    wrong_pins(qtbot, access, 1)  # the fourth: closed at once, twice as long
    qtbot.waitUntil(lambda: access.dialog is None)
    assert access.lockout.seconds_left() == 120
    # posapp starts again: set-up is still shut, for what is left of the pause.
    restarted = MainWindow(staff_window.settings, client, config_path=tmp_path / "till.toml")
    qtbot.addWidget(restarted)
    again = restarted.setup_access
    again.lockout.clock = lambda: now[0] + 30
    again.open()
    locked = again.dialog
    assert isinstance(locked, QMessageBox) and locked.objectName() == "setupLocked"
    assert "90 seconds" in locked.text()
    locked.accept()
    qtbot.waitUntil(lambda: again.dialog is None)
    restarted.close()


def test_a_twelve_digit_pin_opens_set_up(qtbot: QtBot, settings: Settings,
                                         client: EngageClient, tmp_path: Path) -> None:
    create_application("en")
    long_pin = "739164285017"
    configured = settings.model_copy(update={
        "demo": False, "kiosk": KioskSettings(pin_hash=hash_pin(long_pin))})
    win = MainWindow(configured, client, config_path=tmp_path / "till.toml")
    qtbot.addWidget(win)
    access = win.setup_access
    access.open()
    pin = access.dialog
    assert isinstance(pin, PinDialog)
    qtbot.keyClicks(pin.pin, long_pin + "9")  # a thirteenth digit is not taken
    assert pin.pin.text() == long_pin
    qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(access.dialog, SetupDialog))
    access.dialog.reject()
    qtbot.waitUntil(lambda: access.dialog is None)
    win.close()


def test_demo_mode_has_set_up_behind_the_demo_pin(qtbot: QtBot, window: MainWindow,
                                                  memory_keyring: MemoryKeyring,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's header button exists in demo mode too, behind the demo PIN (as for the
    demo kiosk): the way from the demo to a configured till."""
    from posapp.config import DEMO_KIOSK_PIN

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    access = window.setup_access
    assert access.button.isVisible() and access.button.text() == "Set-up"
    assert window.header.isAncestorOf(access.button)
    qtbot.mouseClick(access.button, Qt.MouseButton.LeftButton)
    pin = access.dialog
    assert isinstance(pin, PinDialog)
    assert DEMO_KIOSK_PIN in pin.purpose.text()  # said on screen: it is the demo
    qtbot.keyClicks(pin.pin, "1111")
    qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    assert access.dialog is pin  # a wrong PIN is still refused
    qtbot.keyClicks(pin.pin, DEMO_KIOSK_PIN)
    qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(access.dialog, SetupDialog))
    setup = access.dialog
    assert isinstance(setup, SetupDialog)
    setup.reject()
    qtbot.waitUntil(lambda: access.dialog is None)
