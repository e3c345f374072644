"""Wipes what the form's reset cannot see: the clipboard, the input method, stray popups.

A customer may copy their e-mail address, leave a half-composed character in the input
method or a menu open; the next customer must find none of it.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# Popups close one by one; more than this many means something reopens them: stop.
_MAX_POPUPS = 20


def clear_clipboard() -> None:
    """Empty the clipboard and, where the platform has one, the selection (X11)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)


def close_stray_windows(keep: QWidget) -> int:
    """Close every popup and every dialog other than ``keep``; returns how many."""
    closed = 0
    for _ in range(_MAX_POPUPS):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
        closed += 1
    for widget in QApplication.topLevelWidgets():
        if widget is not keep and widget.isVisible() and isinstance(widget, QDialog):
            widget.reject()
            closed += 1
    return closed


def wipe_shared_state(keep: QWidget) -> None:
    """Everything outside the form that could still hold the last customer's input."""
    input_method = QGuiApplication.inputMethod()
    if input_method is not None:
        input_method.reset()  # drops a half-composed character
    close_stray_windows(keep)
    clear_clipboard()
