"""An outbox that cannot be opened (its key lost) is said in the header, not only logged:
the cashier and IT see that signups have no net under them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from posapp.config import DEMO_API_KEY, Settings
from posapp.emulator import EmulatorServer
from posapp.engage.client import EngageClient
from posapp.outbox.sealing import new_key
from posapp.outbox.store import OutboxStore
from posapp.ui.app import create_application
from posapp.ui.main_window import MainWindow
from posapp.ui.outbox_link import OutboxLink


def test_a_lost_outbox_key_is_shown_where_the_count_would_be(
        qtbot: QtBot, settings: Settings, client: EngageClient, emulator: EmulatorServer,
        tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    OutboxStore(path, key=new_key()).close()  # made with a key this till no longer has
    link = OutboxLink(settings, lambda: EngageClient(emulator.base_url, DEMO_API_KEY), path)
    create_application("en")
    window = MainWindow(settings, client, outbox=link)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.waiting_button.isVisible()
    with qtbot.waitSignal(link.unavailable, timeout=5000):
        link.open()
    assert "does not open" in link.problem
    assert window.waiting_button.isVisible()
    assert window.waiting_button.text() == "Not kept on this till"
    assert window.waiting_button.property("attention") == "true"
    qtbot.mouseClick(window.waiting_button, Qt.MouseButton.LeftButton)
    assert window.showing_waiting
    assert "not kept on this till" in window.waiting_page.queued.text()
    window.close()
    link.shutdown()
