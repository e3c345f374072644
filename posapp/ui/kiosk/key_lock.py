"""Swallows the keys that close or leave a window, so a customer cannot quit the kiosk.

Escape, Alt+F4, Ctrl+W, Ctrl+Q and the window menu (Alt+Space) do nothing anywhere in the
application. Keys the operating system handles itself (Alt+Tab, Ctrl+Alt+Del, the
Windows key) never reach Qt: a kiosk PC needs the OS's own kiosk mode for those.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

_ALT = Qt.KeyboardModifier.AltModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
_MODIFIERS = (Qt.KeyboardModifier.ShiftModifier | _CTRL | _ALT | Qt.KeyboardModifier.MetaModifier)

# (key, modifiers) pairs that are swallowed; Escape is swallowed with any modifiers.
BLOCKED: frozenset[tuple[Qt.Key, Qt.KeyboardModifier]] = frozenset({
    (Qt.Key.Key_F4, _ALT),
    (Qt.Key.Key_F4, _CTRL),
    (Qt.Key.Key_W, _CTRL),
    (Qt.Key.Key_Q, _CTRL),
    (Qt.Key.Key_Space, _ALT),
})


def is_blocked(event: QKeyEvent) -> bool:
    """True for a key press that would close, quit or leave a window."""
    key = Qt.Key(event.key())
    if key == Qt.Key.Key_Escape:
        return True
    modifiers = event.modifiers() & _MODIFIERS
    return (key, modifiers) in BLOCKED


class KeyLock(QObject):
    """An application-wide event filter; installed for the life of its parent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first")
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow the blocked keys (as shortcuts too); let everything else through."""
        if not isinstance(event, QKeyEvent):  # cheap first: this sees every event
            return False
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride,
                    QEvent.Type.KeyRelease):
            if not is_blocked(event):
                return False
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # accepted: no shortcut fires, the key press comes here too
            return True
        return False
