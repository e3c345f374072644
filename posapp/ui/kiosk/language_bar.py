"""Language buttons for customers, each named in its own language (Svenska, Suomi…).

The names are not translated: a Finn looks for "Suomi" whatever the screen shows now.

Signals:
    language_chosen(str): the code of the tapped language (sv, fi, nb, da, en).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

# The kiosk's languages, each in its own words.
ENDONYMS: tuple[tuple[str, str], ...] = (
    ("sv", "Svenska"), ("fi", "Suomi"), ("nb", "Norsk"), ("da", "Dansk"), ("en", "English"),
)


class LanguageBar(QWidget):
    """One checkable button per language; the current one is marked."""

    language_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBar")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for code, name in ENDONYMS:
            button = QPushButton(name, self)
            button.setObjectName(f"language_{code}")
            button.setProperty("role", "language")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setAutoDefault(False)
            # Tab reaches it; a tap does not take the focus out of the field being typed in.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(name)
            button.setLocale(QLocale(code))  # screen readers pronounce it in its own language
            button.clicked.connect(self._on_clicked)
            self._group.addButton(button)
            row.addWidget(button)
            self.buttons[code] = button
        self.set_current(current)

    def showEvent(self, event: QShowEvent) -> None:
        """Never narrower than the name: a style sheet's min-width would let them clip."""
        for button in self.buttons.values():
            bold = QFont(button.font())
            bold.setBold(True)  # the marked language is bold: room for that too
            width = QFontMetrics(bold).horizontalAdvance(button.text())
            button.setMinimumWidth(max(button.sizeHint().width(), width + 32))
        super().showEvent(event)

    def set_current(self, code: str) -> None:
        """Mark ``code`` as the language shown."""
        button = self.buttons.get(code)
        if button is not None:
            button.setChecked(True)

    def current(self) -> str:
        """The marked language."""
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return ""

    @Slot()
    def _on_clicked(self) -> None:
        for code, button in self.buttons.items():
            if button is self.sender():
                self.language_chosen.emit(code)
                return
