"""'posapp is already open on this till': what a second window says before it closes.

Only one process owns a till's outbox (``posapp/outbox/owner_lock.py``). A second posapp
started on the same till (the icon clicked twice, a kiosk and a till under one user) finds
it taken once its window is up: it says so, and closes when the message is read, leaving
the first window, its outbox and its sender as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

#: The exit status of a second posapp on a till (scripts and IT can tell it from a failure).
EXIT_ALREADY_OPEN = 3


def _quit_app() -> None:
    QCoreApplication.exit(EXIT_ALREADY_OPEN)


def say_already_open(parent: QWidget,
                     quit_app: Callable[[], None] = _quit_app) -> QMessageBox:
    """Show the message (window-modal, not blocking); ``quit_app`` runs when it is closed."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("AlreadyOpen", "posapp is already open"),
        QCoreApplication.translate(
            "AlreadyOpen",
            "posapp is already open on this till. Use the window that is open: this one "
            "closes now, and nothing is lost."),
        QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("alreadyOpen")
    close = box.addButton(QCoreApplication.translate("AlreadyOpen", "&Close this window"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.finished.connect(lambda _result: quit_app())
    box.open()
    return box
