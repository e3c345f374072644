"""A second posapp on a till: the outbox stays the first one's, the second says so and
closes (posapp/outbox/owner_lock.py, posapp/ui/dialogs/already_open.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from posapp.config import DEMO_API_KEY, Settings
from posapp.emulator import EmulatorServer
from posapp.engage.client import EngageClient
from posapp.outbox.sealing import new_key
from posapp.outbox.store import OutboxStore
from posapp.ui.app import close_if_already_open, create_application
from posapp.ui.dialogs.already_open import say_already_open
from posapp.ui.main_window import MainWindow
from posapp.ui.outbox_link import OutboxLink


def test_a_second_till_is_told_and_leaves_the_first_ones_outbox_alone(
        qtbot: QtBot, settings: Settings, client: EngageClient, emulator: EmulatorServer,
        tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with OutboxStore(path, key=new_key()) as first:  # the till that is already open
        link = OutboxLink(settings, lambda: EngageClient(emulator.base_url, DEMO_API_KEY),
                          path)
        create_application("en")
        window = MainWindow(settings, client, outbox=link)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        quits: list[str] = []
        close_if_already_open(link, window, lambda: quits.append("quit"))
        with qtbot.waitSignal(link.already_open, timeout=5000):
            link.open()  # as after the first paint
        assert link.store is None and link.outbox_sender is None
        assert "another posapp process" in link.problem
        box = window.findChild(QMessageBox, "alreadyOpen")
        assert box is not None and box.isVisible()
        assert "already open on this till" in box.text()
        assert first.counts().waiting == 0  # untouched, still open
        box.defaultButton().click()
        assert quits == ["quit"]
        window.close()
        link.shutdown()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_the_message_ends_the_app_once_read(qtbot: QtBot, key: Qt.Key) -> None:
    create_application("en")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    quits: list[str] = []
    box = say_already_open(window, quit_app=lambda: quits.append("quit"))
    qtbot.waitExposed(box)
    assert quits == []  # not before it is read
    qtbot.keyClick(box, key)
    qtbot.waitUntil(lambda: quits == ["quit"], timeout=2000)
