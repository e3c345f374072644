"""Is any text on screen cut off, squeezed or drawn outside its window?

For every visible label, button, tick box, field and list of a top-level widget:

* a one-line label or a button is at least as wide as its text needs (its size hint);
* a word-wrapped label is tall enough for all its lines at its width;
* a field's placeholder fits inside it;
* nothing lies outside the window (a card wider than the screen) and the window is at
  least as large as its layout's minimum (else Qt squeezes widgets over each other).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tests.ui.views import open_overlay

#: Rounding between font metrics and layout: a pixel is no clipping.
SLACK = 1


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    return f"{widget.objectName() or type(widget).__name__} {text[:50]!r}"


def clipped(view: str, top: QWidget) -> list[str]:
    """What is cut off in ``top`` now, one line each ("" when nothing)."""
    found = []
    layout = top.layout()
    if layout is not None:
        need = layout.totalMinimumSize()
        if need.width() > top.width() + SLACK or need.height() > top.height() + SLACK:
            found.append(f"{view}: the window ({top.width()}×{top.height()}) is smaller than "
                         f"its layout needs ({need.width()}×{need.height()})")
    root = open_overlay(top) or top
    window = QRect(0, 0, top.width(), top.height())
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if not isinstance(widget, (QLabel, QPushButton, QCheckBox, QLineEdit, QComboBox)):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        if widget.visibleRegion().isEmpty():
            continue  # scrolled out of sight: its scroll area shows it when needed
        box = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if not window.contains(box) and not _inside_scroll_area(widget):
            found.append(f"{view}: {_name(widget)} reaches outside the window ({box} in "
                         f"{window.width()}×{window.height()})")
        problem = _problem(widget)
        if problem:
            found.append(f"{view}: {_name(widget)} {problem}")
    return found


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def _problem(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"needs {need} px height for its lines, has {widget.height()}"
            return ""
        need = widget.sizeHint().width()
        if need > widget.width() + SLACK:
            return f"needs {need} px width, has {widget.width()}"
        return ""
    if isinstance(widget, (QPushButton, QCheckBox)):
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK:
            return f"needs {hint.width()} px width, has {widget.width()}"
        if widget.minimumSizeHint().height() > widget.height() + SLACK:
            return f"needs {widget.minimumSizeHint().height()} px height, has {widget.height()}"
        return ""
    if isinstance(widget, QLineEdit):
        placeholder = widget.placeholderText()
        if placeholder and not widget.text():
            room = widget.contentsRect().width() - 2 * 9  # the style sheet's padding
            need = widget.fontMetrics().horizontalAdvance(placeholder)
            if need > room + SLACK:
                return f"placeholder needs {need} px, has {room}"
        if widget.minimumSizeHint().height() > widget.height() + SLACK:
            return "is squeezed below its height"
        return ""
    if isinstance(widget, QComboBox) and (
            widget.minimumSizeHint().height() > widget.height() + SLACK):
        return "is squeezed below its height"
    return ""
