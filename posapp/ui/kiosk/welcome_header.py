"""The top of the kiosk: the language buttons, the invitation, and three short steps.

The third step tells customers up front that they will confirm by e-mail when the
kiosk creates unapproved contacts, so the e-mail that follows is expected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from posapp.ui.kiosk.language_bar import LanguageBar


class WelcomeHeader(QWidget):
    """Languages, title, subtitle and the steps; ``language_bar`` is public."""

    def __init__(self, language: str, confirm_by_email: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHeader")
        self._confirm_by_email = confirm_by_email
        self.language_bar = LanguageBar(language, self)
        self.title = QLabel(self)
        self.title.setObjectName("kioskTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("kioskSubtitle")
        self.subtitle.setWordWrap(True)
        steps = QGridLayout()
        steps.setHorizontalSpacing(14)
        steps.setVerticalSpacing(10)
        self.steps: list[QLabel] = []
        self._step_widgets: list[QLabel] = []
        for index in range(3):
            number = QLabel(str(index + 1), self)
            number.setProperty("role", "stepNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(self)
            text.setProperty("role", "stepText")
            text.setWordWrap(True)
            steps.addWidget(number, index, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(text, index, 1)
            self.steps.append(text)
            self._step_widgets += [number, text]
        steps.setColumnStretch(1, 1)
        languages = QHBoxLayout()
        languages.addStretch(1)
        languages.addWidget(self.language_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(languages)
        layout.addSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addLayout(steps)
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """On a low screen: title and languages only, no subtitle or steps."""
        for widget in (self.subtitle, *self._step_widgets):
            widget.setVisible(not compact)

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.title.setText(self.tr("Join our customer club"))
        self.subtitle.setText(self.tr("It takes less than a minute."))
        self.steps[0].setText(self.tr("Fill in your details"))
        self.steps[1].setText(self.tr("Tap Join"))
        self.steps[2].setText(
            self.tr("Confirm with the link in the e-mail we send you")
            if self._confirm_by_email else self.tr("Enjoy your member offers"))
        self.language_bar.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
