"""The set-up dialog's result panels: a mark, a title, an explanation and a detail for IT.

Each says how one thing went (the file that cannot be read, Test connection, Save), in a
frame whose left edge and mark take the colour of its state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.ui.restyle import restyle

# The panels' rules, for the dialog's style sheet (formatted with ``current_colours()``
# as ``c``, so the colours stay readable when the palette changes).
PANEL_STYLE = """
QFrame[role="resultPanel"] {{
    border: 1px solid palette(mid); border-left: 5px solid palette(mid);
    border-radius: 6px; background: palette(base);
}}
QFrame[role="resultPanel"][state="ok"] {{ border-left-color: {c.valid}; }}
QFrame[role="resultPanel"][state="failed"] {{ border-left-color: {c.invalid}; }}
QFrame[role="resultPanel"][state="busy"] {{ border-left-color: palette(highlight); }}
QFrame[role="resultPanel"][state="warning"] {{ border-left-color: {c.demo}; }}
QFrame[state="warning"] QLabel#resultMark {{ color: {c.demo}; }}
QLabel#resultMark {{ font-size: 18pt; font-weight: 700; }}
QFrame[state="ok"] QLabel#resultMark {{ color: {c.valid}; }}
QFrame[state="failed"] QLabel#resultMark {{ color: {c.invalid}; }}
QLabel#resultTitle {{ font-size: 12pt; font-weight: 600; }}"""


def fit_text(button: QPushButton) -> None:
    """Room for the text in bold: the style makes the focused (default) button bold."""
    font = QFont(button.font())
    font.setWeight(QFont.Weight.DemiBold)
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(text) + 64)


class ResultPanel(QFrame):
    """A mark, a title, an explanation and a detail line for IT; hidden until used."""

    # Shown or changed: the dialog makes room for it.
    shown = Signal()

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "resultPanel")
        self.mark = QLabel(self)
        self.mark.setObjectName("resultMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.mark.setMinimumWidth(28)
        self.title = QLabel(self)
        self.title.setObjectName("resultTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(self)
        self.detail.setObjectName("resultDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setProperty("role", "secondary")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.hide()
        words = QVBoxLayout()
        words.setSpacing(3)
        for widget in (self.title, self.text, self.detail, self.busy_bar):
            words.addWidget(widget)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 12, 8)
        row.addWidget(self.mark)
        row.addLayout(words, 1)
        self.hide()

    def show_state(self, state: str, title: str, text: str = "", detail: str = "") -> None:
        self.setProperty("state", state)
        self.mark.setText({"ok": "✓", "failed": "✕", "busy": "…", "warning": "!"}.get(state, ""))
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.busy_bar.setVisible(state == "busy")
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(part for part in (text, detail) if part))
        restyle(self, labels=True)
        self.show()
        self.shown.emit()
