"""Fixtures for the kiosk: the real window against the emulator, with fast timers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.engage.client import EngageClient
from posapp.pin import hash_pin
from posapp.ui.app import create_application, dispose_window
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.kiosk.timings import KioskTimings
from posapp.ui.outbox_link import OutboxLink
from posapp.ui.translations import install_translations

PIN = "2468"
PIN_HASH = hash_pin(PIN, salt=b"kiosk-tests-salt")
PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)
SMALL = (1366, 768)  # a common low kiosk screen: the compact look

#: Live durations, except that a countdown "second" is 10 ms and nothing idles by itself.
FAST = KioskTimings(idle_ms=60_000, warning_seconds=20, thank_you_seconds=8,
                    problem_seconds=15, tick_ms=10, retry_delay_ms=50, hold_ms=300,
                    max_pin_tries=5, lockout_seconds=30)

MakeKiosk = Callable[..., KioskWindow]

PHONE_TYPED = "0701740605"
PHONE = "+46701740605"
EMAIL = "anna@example.com"


@pytest.fixture
def kiosk_settings(settings: Settings) -> Settings:
    """Demo settings with a staff PIN."""
    return settings.model_copy(
        update={"kiosk": settings.kiosk.model_copy(update={"pin_hash": PIN_HASH})})


@pytest.fixture
def make_kiosk(qtbot: QtBot, kiosk_settings: Settings,
               client: EngageClient) -> Iterator[MakeKiosk]:
    """Builds a shown kiosk (portrait) with FAST timings, changed by keyword (and the
    ``client`` fixture's client, unless another is given)."""
    made: list[KioskWindow] = []

    def make(settings: Settings | None = None, size: tuple[int, int] = PORTRAIT,
             engage: EngageClient | None = None, outbox: OutboxLink | None = None,
             **timings: int) -> KioskWindow:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or not app.styleSheet():
            create_application("en")  # once: restyling the application costs 0.15 s
        window = KioskWindow(settings or kiosk_settings, engage or client,
                             replace(FAST, **timings), outbox=outbox)
        made.append(window)  # not qtbot.addWidget(): deleted here, at teardown
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.reset("test")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.key_editor())
        return window

    yield make
    for window in made:
        if shiboken6.isValid(window):
            window.leave()
            # Deleted now: left to deleteLater, its application-wide key lock outlived
            # the test and swallowed the next test's Escape (test_second_window).
            dispose_window(window)
    install_translations("en")


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    """The kiosk with FAST timings, key field focused."""
    return make_kiosk()


def field(window: KioskWindow, name: str) -> QLineEdit:
    editor = window.form.rows[name].editor
    assert isinstance(editor, QLineEdit)
    return editor


def tap(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    """Tap the field, then type on a physical keyboard."""
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is editor
    qtbot.keyClicks(editor, text)


def fill_in(qtbot: QtBot, kiosk: KioskWindow, phone: str = PHONE_TYPED,
            email: str = EMAIL) -> None:
    """Phone by on-screen keys, the rest on a physical keyboard."""
    for digit in phone:
        tap(qtbot, kiosk.keyboard.button_for(digit))
    type_into(qtbot, field(kiosk, "firstName"), "Anna")
    type_into(qtbot, field(kiosk, "email"), email)


class FakeTranslations(QTranslator):
    """Stands in for the .qm files of a later issue: "[sv] text" whenever Swedish is on."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if QLocale().language() == QLocale.Language.Swedish and context != "qt_" and source:
            return f"[sv] {source}"
        return None
