"""Fixtures for the real window against the emulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.engage import EngageClient
from posapp.ui.app import create_application
from posapp.ui.main_window import MainWindow


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
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return win


def focused() -> QWidget | None:
    return QApplication.focusWidget()
