"""One of the tenant's consents on screen: a box, its text (wrapped, as the tenant wrote it
in the UI language) and, for a required one left unticked at Save or Join, why it matters.

The box starts unticked and unanswered; ticking it, or unticking it again, is the
customer's answer (the model records when). A click on the text ticks the box too, as on a
label. The box's objectName is ``consents.<id>``.

Signals:
    answered(str, bool): the consent's id and the customer's answer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from posapp.form.consents import ConsentAnswer
from posapp.form.signup_model import Screen
from posapp.ui.accessibility import announce
from posapp.ui.qt_names import PLAIN_TEXT, at_top, set_qt_property
from posapp.ui.restyle import set_style_property


class ConsentBox(QWidget):
    """A consent's box, text and message, for the till or the kiosk."""

    answered = Signal(str, bool)

    def __init__(self, answer: ConsentAnswer, screen: Screen, language: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.answer = answer
        self.audience = screen
        self._language = language
        # Save or Join was pressed: a required consent left unticked says so.
        self.revealed = False
        self.setObjectName(f"consent_{answer.setting.id}")
        self.box = QCheckBox(self)
        self.box.setObjectName(f"consents.{answer.setting.id}")
        self.box.setProperty("role", "consent")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        set_qt_property(self.text, "textFormat", PLAIN_TEXT)
        self.text.setProperty("role", "consentText")
        self.text.setBuddy(self.box)
        self.text.installEventFilter(self)
        self.message = QLabel(self)
        self.message.setObjectName(f"consents.{answer.setting.id}Message")
        self.message.setProperty("role", "fieldMessage")
        self.message.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10 if screen is Screen.TILL else 12)
        grid.setVerticalSpacing(0)
        grid.addLayout(at_top(self.box), 0, 0)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.message, 1, 1)
        grid.setColumnStretch(1, 1)
        self.box.toggled.connect(self._on_toggled)
        self.retranslate(language)

    @property
    def consent_id(self) -> str:
        return self.answer.setting.id

    def retranslate(self, language: str) -> None:
        """The tenant's text in ``language`` (shown as written), and the message."""
        self._language = language
        text = self.answer.setting.text_for(language)
        required = self.answer.setting.required
        self.text.setText(text + (" *" if required and self.audience is Screen.TILL else ""))
        self.box.setAccessibleName(text)
        self.box.setAccessibleDescription(self._description())
        self.show_state()

    def _description(self) -> str:
        if not self.answer.setting.required:
            return QCoreApplication.translate("ConsentBox", "Optional")
        if self.audience is Screen.KIOSK:
            return QCoreApplication.translate("ConsentBox", "Needed to join the club")
        return QCoreApplication.translate(
            "ConsentBox", "Required: the customer must agree to become a member")

    def bind(self, answer: ConsentAnswer) -> None:
        """Show another answer of the same consent (the next member found)."""
        self.answer = answer
        self.revealed = False
        self.show_answer()

    def show_answer(self) -> None:
        """The box as the model holds it (after a reset), without answering anew."""
        self.box.blockSignals(True)
        self.box.setChecked(bool(self.answer.value))
        self.box.blockSignals(False)
        self.show_state()

    def reveal(self) -> None:
        """Save or Join was pressed."""
        self.revealed = True
        self.show_state()

    def show_state(self) -> None:
        """The message under a required consent left unticked at Save or Join."""
        missing = (self.revealed and self.answer.setting.required
                   and self.answer.value is not True)
        if missing:
            text = (QCoreApplication.translate("ConsentBox", "Please tick this to join")
                    if self.audience is Screen.KIOSK else QCoreApplication.translate(
                        "ConsentBox", "The customer must agree to this to become a member"))
        else:
            text = ""
        state = "invalid" if missing else ""
        for widget in (self.box, self.message):
            set_style_property(widget, "validation", state)
        previous = self.message.text()
        self.message.setText(("✕ " + text) if text else "")
        self.message.setVisible(bool(text))
        if text and self.message.text() != previous:
            announce(self.message, self.box, text)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        self.answered.emit(self.consent_id, checked)
        self.show_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on the text ticks the box, as a click on a box's own text would."""
        if (watched is self.text and event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and self.box.isEnabled()):
            from PySide6.QtCore import Qt  # a click: long after the first frame

            if event.button() != Qt.MouseButton.LeftButton:
                return False
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()
            return True
        return False
