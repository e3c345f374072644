"""The staff PIN pad: ten digits, Delete and OK; the PIN shows as dots and is never kept.

The keys never take the focus (as on the on-screen keyboard): the pad itself has it, so
no key wears a focus ring, and digits, Backspace and Enter from a physical keyboard reach
it; Tab leads to Cancel. PINs are 4 to 12 digits (``posapp.pin``).

Signals:
    pin_entered(str): OK with at least one digit; the pad forgets the digits at once.
    cancelled(): Cancel.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPoint,
    QPropertyAnimation,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from posapp.pin import MAX_LENGTH
from posapp.ui.key_map import Action, View, action_for
from posapp.ui.kiosk.overlay import Overlay
from posapp.ui.pin_texts import lockout_message

MAX_DIGITS = MAX_LENGTH


class PinPad(Overlay):
    """Digits by touch or keyboard (0–9, Backspace, Enter)."""

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "pinPad", width=560)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keys do not take it
        self._digits = ""
        self._locked = False
        self.title = QLabel(self.card)
        self.title.setObjectName("pinTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel(self.card)
        self.prompt.setObjectName("pinPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.dots = QLabel(self.card)
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.card)
        self.message.setObjectName("pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        grid = QGridLayout()
        grid.setSpacing(12)
        self._grid = grid
        self.keys: dict[str, QPushButton] = {}
        for index, name in enumerate("123456789"):
            self.keys[name] = self._key(name, grid, index // 3, index % 3)
        self.keys["delete"] = self._key("delete", grid, 3, 0)
        self.keys["0"] = self._key("0", grid, 3, 1)
        self.keys["ok"] = self._key("ok", grid, 3, 2)
        self.cancel_button = QPushButton(self.card)
        self.cancel_button.setObjectName("pinCancel")
        self.cancel_button.setProperty("role", "secondary")
        self.cancel_button.clicked.connect(self._on_cancel)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.prompt)
        self.card_layout.addWidget(self.dots)
        self.card_layout.addWidget(self.message)
        self.card_layout.addLayout(grid)
        self.card_layout.addWidget(self.cancel_button)
        self._shake = QPropertyAnimation(self.card, b"pos", self)
        self._shake.setDuration(360)
        self.retranslate()
        self._show_digits()

    def _key(self, name: str, grid: QGridLayout, row: int, column: int) -> QPushButton:
        button = QPushButton(self.card)
        button.setObjectName(f"pin_{name}")
        button.setProperty("role", "pinKey")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        if name.isdigit():
            button.setText(name)
            button.setAccessibleName(name)
        button.clicked.connect(self._on_key)
        grid.addWidget(button, row, column)
        return button

    # -- public ----------------------------------------------------------------------------

    @property
    def digit_count(self) -> int:
        """How many digits are typed (what the dots show)."""
        return len(self._digits)

    def open_pad(self) -> None:
        """Show an empty pad."""
        self._digits = ""
        self._show_digits()
        if not self._locked:
            self.message.clear()
        self.open_overlay(self)

    def close_pad(self) -> None:
        """Hide and forget the digits."""
        self._digits = ""
        self._show_digits()
        self.close_overlay()

    def show_wrong(self, tries_left: int) -> None:
        """A wrong PIN: say so, empty the dots, shake the card."""
        self._digits = ""
        self._show_digits()
        self.message.setText(self.tr("Wrong PIN. %n tries left before a pause.", "", tries_left))
        self._start_shake()

    def show_locked(self, seconds: int) -> None:
        """Too many wrong PINs: no keys for ``seconds``."""
        self._locked = True
        self._digits = ""
        self._show_digits()
        for button in self.keys.values():
            button.setEnabled(False)
        self.message.setText(lockout_message(seconds))

    def set_compact(self, compact: bool) -> None:
        """On a low screen (1366×768): tighter, so that every key row fits whole."""
        if compact:
            self.card_layout.setContentsMargins(40, 22, 40, 22)
            self.card_layout.setSpacing(10)
            self._grid.setSpacing(10)
        else:
            self.card_layout.setContentsMargins(48, 40, 48, 40)
            self.card_layout.setSpacing(18)
            self._grid.setSpacing(12)
        self.set_overlay_margin(16 if compact else 32)

    def show_unlocked(self) -> None:
        """The pause is over."""
        self._locked = False
        for button in self.keys.values():
            button.setEnabled(True)
        self.message.clear()

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.title.setText(self.tr("Staff only"))
        self.prompt.setText(self.tr("Enter the staff PIN to leave the kiosk."))
        self.keys["delete"].setText("⌫")
        self.keys["delete"].setAccessibleName(self.tr("Delete"))
        self.keys["ok"].setText(self.tr("OK"))
        self.keys["ok"].setAccessibleName(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._show_digits()

    # -- input -----------------------------------------------------------------------------

    def _show_digits(self) -> None:
        self.dots.setText("●" * len(self._digits))  # an empty display when none
        self.dots.setAccessibleName(self.tr("%n digits entered", "", len(self._digits)))

    def _type(self, name: str) -> None:
        if self._locked:
            return
        if name.isdigit():
            if len(self._digits) < MAX_DIGITS:
                self._digits += name
                self.message.clear()
        elif name == "delete":
            self._digits = self._digits[:-1]
        elif name == "ok" and self._digits:
            pin, self._digits = self._digits, ""
            self._show_digits()
            self.pin_entered.emit(pin)
            return
        self._show_digits()

    @Slot()
    def _on_key(self) -> None:
        button = self.sender()
        for name, key in self.keys.items():
            if key is button:
                self._type(name)
                return

    @Slot()
    def _on_cancel(self) -> None:
        self.close_pad()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits, Backspace and Enter from a physical keyboard (``key_map.py``)."""
        action = action_for(View.PIN_PAD, event)
        if action is Action.PIN_DIGIT:  # any script's digit, as in every field
            self._type(str(unicodedata.decimal(event.text())))
        elif action is Action.PIN_DELETE:
            self._type("delete")
        elif action is Action.PIN_OK:
            self._type("ok")
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _start_shake(self) -> None:
        start = self.card.pos()
        self._shake.stop()
        self._shake.setStartValue(start)
        for step, dx in enumerate((-18, 16, -12, 8, -4)):
            self._shake.setKeyValueAt((step + 1) / 6, start + QPoint(dx, 0))
        self._shake.setEndValue(start)
        self._shake.setEasingCurve(QEasingCurve.Type.Linear)
        self._shake.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
