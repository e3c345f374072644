"""The one question before something typed is thrown away: Discard or Cancel, Cancel first.

Window-modal and opened without blocking (``open()``), like posapp's other dialogs, so that
nothing stops the event loop; a session manager's logout may ``exec()`` it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def discard_question(parent: QWidget, name: str, title: str, text: str) -> QMessageBox:
    """A question whose default answer keeps what was typed (Cancel)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName(name)
    # Our words with an Alt letter each: Qt's own say "Discard" and "Cancel" with none.
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("DiscardQuestion", "&Discard"))
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("DiscardQuestion", "&Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def discarded(result: int) -> bool:
    """Whether the answer was Discard."""
    return result == QMessageBox.StandardButton.Discard
