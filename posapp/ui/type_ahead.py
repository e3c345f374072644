"""Keys typed while a signup is being saved: kept for the next customer, not lost.

The cashier scans the next customer's number while the last save is still on its way
(a slow line, a busy Engage). Those keys must neither change the form that was sent nor
vanish into its read-only fields: they are held while the form is busy and, when the save
succeeds, typed into the next signup's key field as if typed there. When it fails, the
problem is what the cashier must look at; the held keys are dropped (their count is logged,
never their text).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from posapp.ui.qt_names import ENTER_KEYS

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


@cache
def command_modifiers() -> Qt.KeyboardModifier:
    """Keys with these held are commands (shortcuts, mnemonics), never typing. (Built at
    the first key press: ``Qt`` is not imported on the first frame's path.)"""
    from PySide6.QtCore import Qt

    return (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)


@dataclass(frozen=True)
class KeyStroke:
    """One held key press, enough to type it again."""

    key: int
    modifiers: Qt.KeyboardModifier
    text: str

    @classmethod
    def of(cls, event: QKeyEvent) -> KeyStroke:
        return cls(event.key(), event.modifiers(), event.text())

    def send_to(self, widget: QWidget) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, self.key, self.modifiers,
                                                         self.text))


def is_typing(event: QKeyEvent) -> bool:
    """A character or Enter, not a command (Ctrl/Alt), a move (Tab, arrows) or Escape."""
    if event.modifiers() & command_modifiers():
        return False
    return event.key() in ENTER_KEYS or (event.text().isprintable() and bool(event.text()))


class TypeAhead(QObject):
    """Holds the typing that reaches ``widgets`` between :meth:`hold` and :meth:`release`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watched: list[QWidget] = []
        self._held: list[KeyStroke] = []

    def hold(self, widgets: Iterable[QWidget]) -> None:
        """Start holding what is typed into ``widgets`` (anything held before is dropped)."""
        self.release()
        self._watched = list(widgets)
        for widget in self._watched:
            widget.installEventFilter(self)

    def release(self) -> list[KeyStroke]:
        """Stop holding; the keys held, in order (asked once). None at all unless a
        character was typed: Enter or Space pressed again while saving is not a next
        customer."""
        for widget in self._watched:
            if shiboken6.isValid(widget):  # a contact type changed meanwhile rebuilds rows
                widget.removeEventFilter(self)
        self._watched = []
        held, self._held = self._held, []
        return held if any(stroke.text.strip() for stroke in held) else []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if is_typing(event):
                if not event.isAutoRepeat():  # a held-down key is not typing
                    self._held.append(KeyStroke.of(event))
                return True
        return False
