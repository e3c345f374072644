"""Key presses as a real keyboard delivers them: to the open popup, else to the focus.

Keyboard-only tests use nothing else: no widget is clicked, focused or filled in from code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def wait_active(qtbot: QtBot, window: QWidget) -> None:
    """Wait until ``window`` is the active window with a focus widget of its own: the
    moment a person's first key would reach it. Not "some widget has the focus": after a
    closed dialog, Qt may still name that dialog's button as the focus widget."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window
                    and window.focusWidget() is not None)


def owner(widget: QWidget | None = None) -> str:
    """The object name of the field or button the focus is in (a picker's search → picker)."""
    current: QWidget | None = widget if widget is not None else focus()
    while current is not None and not current.objectName():
        current = current.parentWidget()
    assert current is not None
    if current.objectName() == "countryCodeSearch":
        parent = current.parentWidget()
        assert parent is not None
        return parent.objectName()
    return current.objectName()


def _give_activation_back(qtbot: QtBot) -> None:
    """The offscreen platform leaves a closed completer popup the active window (then no
    widget has the focus); a real window system gives the activation back to the window
    the popup belonged to, the one still holding a focus widget."""
    active = QApplication.activeWindow()
    if active is None or active.isVisible() or QApplication.activePopupWidget() is not None:
        return
    holder = next((window for window in QApplication.topLevelWidgets()
                   if window.isVisible() and window.windowType() != Qt.WindowType.Popup
                   and window.focusWidget() is not None), None)
    if holder is not None:
        holder.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)


def receiver(qtbot: QtBot) -> QWidget:
    """Where a real key press goes: an open popup (a completer's list) first, as in Qt."""
    _give_activation_back(qtbot)
    # A window coming up (or back after a dialog) is activated by the platform a moment
    # later; a person's next key never arrives before that.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    or QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return focus()


def key(qtbot: QtBot, code: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(receiver(qtbot), code, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    for char in text:
        qtbot.keyClicks(receiver(qtbot), char)


def replace_text(qtbot: QtBot, text: str) -> None:
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, text)


def mnemonic(text: str) -> str:
    """The letter after the single & of a label or button ('' when there is none)."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].upper() if 0 <= index < len(plain) - 1 else ""


def alt(qtbot: QtBot, letter: str) -> None:
    key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def tab_chain(qtbot: QtBot, limit: int = 60) -> list[str]:
    """The owners Tab visits from the focus until it comes back round."""
    start = focus()
    seen = [owner(start)]
    for _ in range(limit):
        key(qtbot, Qt.Key.Key_Tab)
        if focus() is start:
            return seen
        seen.append(owner())
    raise AssertionError(f"Tab never came back round: {seen}")
