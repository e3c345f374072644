"""Whether a combo box's latest change was a step through it in place, not a choice.

Choosing the contact type (or what to search by) moves the focus on to the key field, so
that the next scan lands there. But a keyboard user steps through a closed combo box with
the arrow keys: moving the focus after the first step would leave the second Down in the
key field, and every option but the next one out of reach. So a change made by the arrow
keys, Page Up/Down, Home/End or the mouse wheel keeps the focus; a choice from the open
list moves it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox


class StepWatch(QObject):
    """Watches ``combo``; :meth:`took_a_step` answers for the change being handled."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._stepping = False
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            from PySide6.QtCore import Qt  # a key press: not on the first frame's path

            steps = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                     Qt.Key.Key_Home, Qt.Key.Key_End)
            self._stepping = (event.key() in steps
                              and not event.modifiers() & Qt.KeyboardModifier.AltModifier)
        elif kind == QEvent.Type.Wheel:
            self._stepping = True
        elif kind == QEvent.Type.MouseButtonPress:
            self._stepping = False
        return False

    def took_a_step(self) -> bool:
        """True when the change now being handled came from stepping (asked once)."""
        stepping, self._stepping = self._stepping, False
        return stepping
