"""Fixtures for the real window against the emulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.engage.client import EngageClient
from posapp.ui import enter_guard
from posapp.ui.app import create_application
from posapp.ui.main_window import MainWindow
from tests.keyboard import wait_active


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, client: EngageClient) -> Iterator[MainWindow]:
    """The main window, shown and active, with the key field focused."""
    win = shown_window(qtbot, settings, client, "en")
    yield win
    win.close()


def shown_window(qtbot: QtBot, settings: Settings, client: EngageClient,
                 language: str) -> MainWindow:
    """A main window in ``language``, shown and active, with the key field focused."""
    create_application(language)
    win = MainWindow(settings, client)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    wait_active(qtbot, win)
    return win


def focused() -> QWidget | None:
    return QApplication.focusWidget()


class EnterClock:
    """The clock of posapp/ui/enter_guard.py, standing still until the test moves it.

    "Right after the view showed" and "past the guard" are then the test's to say: with the
    real clock, a loaded machine could take the guard's half second between showing a view
    and the test's next key.
    """

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def past_the_guard(self) -> None:
        self.now += enter_guard.GUARD_SECONDS


@pytest.fixture
def enter_clock(monkeypatch: pytest.MonkeyPatch) -> EnterClock:
    """The Enter guard's clock, still until ``past_the_guard()``."""
    clock = EnterClock()
    monkeypatch.setattr(enter_guard, "time", clock)
    return clock
