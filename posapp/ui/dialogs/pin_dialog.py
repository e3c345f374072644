"""Asks for the staff PIN before staff-only screens (the set-up dialog).

The PIN is compared with the configured ``pin_hash`` (scrypt, constant time) and never
shown, logged or kept. A wrong PIN empties the field and says so; the wrong PIN that starts
a pause (``posapp.pin_lockout``: three in a row, then every further one, the pause doubling)
closes the dialog, so a customer cannot sit and guess.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from posapp.pin import MAX_LENGTH, verify_pin
from posapp.pin_lockout import SETUP_RULE, PinLockout
from posapp.ui.restyle import set_style_property


class PinDialog(QDialog):
    """Accepted only after the right PIN."""

    def __init__(self, pin_hash: str, purpose: str, parent: QWidget | None = None,
                 lockout: PinLockout | None = None) -> None:
        """``lockout`` counts the wrong PINs (by default one for this dialog alone)."""
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setModal(True)
        self._pin_hash = pin_hash
        self._lockout = lockout or PinLockout(SETUP_RULE, "set-up")
        self._gave_up = False
        self.setWindowTitle(self.tr("Staff PIN"))
        self.title = QLabel(self.tr("Staff PIN"), self)
        self.title.setObjectName("dialogTitle")
        self.purpose = QLabel(purpose, self)
        self.purpose.setWordWrap(True)
        self.label = QLabel(self.tr("&PIN"), self)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_LENGTH)
        self.pin.setValidator(QRegularExpressionValidator(
            QRegularExpression(rf"[0-9]{{0,{MAX_LENGTH}}}"), self.pin))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                                     | Qt.InputMethodHint.ImhSensitiveData
                                     | Qt.InputMethodHint.ImhNoPredictiveText)
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        self.pin.setAccessibleDescription(self.tr("Digits only; they are not shown."))
        self.label.setBuddy(self.pin)
        self.message = QLabel(self)
        self.message.setObjectName("pinMessage")
        self.message.setProperty("role", "fieldMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for widget in (self.title, self.purpose, self.label, self.pin, self.message,
                       self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(360)
        self.pin.setFocus()

    @property
    def gave_up(self) -> bool:
        """True once a wrong PIN started a pause and closed it (set-up is then shut)."""
        return self._gave_up

    @Slot()
    def check(self) -> None:
        """Accept on the right PIN; otherwise clear and say so, or close when a pause began."""
        entered = self.pin.text()
        self.pin.clear()
        if verify_pin(entered, self._pin_hash):
            self._lockout.succeeded()
            self.accept()
            return
        if self._lockout.failed():  # counted and logged there, never the digits
            self._gave_up = True
            self.reject()
            return
        text = self.tr("Wrong PIN. Try again.")
        self.message.setText(text)
        set_style_property(self.message, "validation", "invalid")
        self.pin.setAccessibleDescription(text)
        self.pin.setFocus()
