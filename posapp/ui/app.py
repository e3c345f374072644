"""Builds and runs the Qt application for a given configuration (or demo mode)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from posapp.config import Settings
from posapp.engage import EngageClient
from posapp.ui.main_window import MainWindow
from posapp.ui.style import apply_style
from posapp.ui.translations import install_translations


def create_application(language: str) -> QApplication:
    """The QApplication, styled and translated (reuses one that exists, as in tests)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("posapp")
    app.setApplicationDisplayName("posapp")
    app.setOrganizationName("posapp")
    apply_style(app)
    install_translations(language)
    return app


def run_window(settings: Settings, api_key: str) -> int:
    """Open the main window and run until it is closed; returns the exit code."""
    app = create_application(settings.store.language)
    with EngageClient.from_settings(settings.engage, api_key) as client:
        window = MainWindow(settings, client)
        window.show()
        return int(app.exec())
