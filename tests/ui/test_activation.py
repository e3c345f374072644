"""The till and the kiosk activate their window when they start.

Without a window manager (a bare X session, as on many tills and kiosks) a shown window is
not active: typing still reaches it, but none of its shortcuts fire (Ctrl+F, Ctrl+N,
Alt+letter, the kiosk's staff exit). Seen under Xvfb with the real ``posapp``: Ctrl+F did
nothing and the number typed next was signed up instead of searched for. The offscreen
platform activates every window itself, so these tests watch for the request.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from posapp.config import DEMO_API_KEY, Settings, demo_kiosk_settings
from posapp.ui import app as app_module
from posapp.ui.kiosk.kiosk_window import KioskWindow
from posapp.ui.main_window import MainWindow


def record_activations(monkeypatch: pytest.MonkeyPatch, cls: type[QWidget]) -> list[QWidget]:
    activated: list[QWidget] = []
    monkeypatch.setattr(cls, "activateWindow", lambda self: activated.append(self))
    return activated


def test_the_till_window_is_activated_when_it_starts(monkeypatch: pytest.MonkeyPatch,
                                                    settings: Settings) -> None:
    activated = record_activations(monkeypatch, MainWindow)

    def closed_at_once(_app: QApplication, window: QWidget, _runner: object) -> int:
        assert window.isVisible()
        app_module.dispose_window(window)
        return 0

    monkeypatch.setattr(app_module, "_run_until_closed", closed_at_once)
    assert app_module.run_window(settings, DEMO_API_KEY) == 0
    assert len(activated) == 1 and isinstance(activated[0], MainWindow)


def test_the_kiosk_is_activated_when_it_starts(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                               settings: Settings) -> None:
    activated = record_activations(monkeypatch, KioskWindow)
    kiosk = KioskWindow(demo_kiosk_settings(settings), lambda: None)  # type: ignore[arg-type]
    try:
        kiosk.start()
        assert activated == [kiosk]
    finally:
        kiosk.leave()
        app_module.dispose_window(kiosk)  # now: its key lock must not reach the next test
