"""The failure dialog: what happened, whether anything was saved, what to do — and Retry.

Used for timeouts (504 and no answer in time), lost or impossible connections, rate
limits, server errors, unreadable answers and a rejected API key. Retry is offered only
where it can help; the form behind the dialog keeps everything that was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.ui.enter_guard import EnterGuard
from posapp.ui.error_texts import details_for_it, error_text, saved_state


class ProblemDialog(QDialog):
    """Accepted means Retry; rejected means Cancel or OK."""

    def __init__(self, error: BaseException, parent: QWidget | None = None,
                 *, operation_saves: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("problemDialog")
        self.error = error
        text = error_text(error)
        self.setWindowTitle(text.title)
        self.setModal(True)
        self.title = QLabel(text.title, self)
        self.title.setObjectName("dialogTitle")
        self.happened = QLabel(text.happened, self)
        self.happened.setWordWrap(True)
        self.saved = QLabel(saved_state(error) if operation_saves else "", self)
        self.saved.setObjectName("savedState")
        self.saved.setWordWrap(True)
        self.saved.setVisible(operation_saves)
        self.advice = QLabel(text.advice, self)
        self.advice.setWordWrap(True)
        self.details = QLabel(self.tr("For IT: {details}").format(details=details_for_it(error)),
                              self)
        self.details.setObjectName("detailsForIt")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(text.for_it)
        self.details.setProperty("role", "secondary")

        buttons = QDialogButtonBox(self)
        self.retry_button: QPushButton | None = None
        if text.retry:
            self.retry_button = buttons.addButton(self.tr("&Retry"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
            self.retry_button.setObjectName("retry")
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.retry_button.setDefault(True)
            buttons.accepted.connect(self.accept)
        else:
            ok = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
            ok.setDefault(True)
            buttons.accepted.connect(self.reject)  # OK only closes; there is nothing to retry
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (self.title, self.happened, self.saved, self.advice, self.details):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setAccessibleName(text.title)
        self.setAccessibleDescription(" ".join(
            part for part in (text.happened, self.saved.text(), text.advice) if part))
        self.setMinimumWidth(440)
        EnterGuard(self)  # not the Enter that saved: posapp/ui/enter_guard.py
