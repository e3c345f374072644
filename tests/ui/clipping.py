"""Is any text on screen cut off, squeezed or drawn outside its window?

For every visible label, button, tick box, field and list of a top-level widget:

* a one-line label or a button is at least as wide as its text needs (its size hint);
* a word-wrapped label is tall enough for all its lines at its width;
* a field's placeholder fits inside it;
* nothing lies outside the window (a card wider than the screen) and the window is at
  least as large as its layout's minimum (else Qt squeezes widgets over each other);
* no box of the window (a dialog's card, a PIN pad) is smaller than its own layout needs;
* no two of those widgets side by side overlap (key rows drawn over each other);
* with ``whole_in_scroll_areas`` (the kiosk: a touch screen, no scroll bar to say there
  is more), nothing in a scroll area is cut by its edge: shown whole or not at all (the
  kiosk's first screen at 1366×768 cut the first offer box in half). A desktop dialog's
  scroll area, with its scroll bar, may show the next row in part.
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


def clipped(view: str, top: QWidget, *, whole_in_scroll_areas: bool = False) -> list[str]:
    """What is cut off in ``top`` now, one line each ("" when nothing)."""
    found = []
    layout = top.layout()
    if layout is not None:
        need = layout.totalMinimumSize()
        if need.width() > top.width() + SLACK or need.height() > top.height() + SLACK:
            found.append(f"{view}: the window ({top.width()}×{top.height()}) is smaller than "
                         f"its layout needs ({need.width()}×{need.height()})")
    root = open_overlay(top) or top
    found += _squeezed_boxes(view, root, top)
    found += _overlaps(view, root, top)
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
        viewport = _scroll_viewport(widget)
        if viewport is None and not window.contains(box):
            found.append(f"{view}: {_name(widget)} reaches outside the window ({box} in "
                         f"{window.width()}×{window.height()})")
        elif viewport is not None and whole_in_scroll_areas:
            shown = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
            if not viewport.rect().contains(shown):
                found.append(f"{view}: {_name(widget)} is cut by the edge of its scroll area "
                             f"({shown} in {viewport.width()}×{viewport.height()})")
        problem = _problem(widget)
        if problem:
            found.append(f"{view}: {_name(widget)} {problem}")
    return found


def _scroll_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the scroll area ``widget`` is in, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return parent
        parent = parent.parentWidget()
    return None


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.window() is top and not widget.visibleRegion().isEmpty()


def _squeezed_boxes(view: str, root: QWidget, top: QWidget) -> list[str]:
    """Boxes given less room than their layout's minimum: Qt then lays their widgets over
    each other (a widget with a minimum height keeps it and overlaps the next)."""
    found = []
    for widget in root.findChildren(QWidget):
        layout = widget.layout()
        if layout is None or not _shown(widget, top):
            continue
        if layout.hasHeightForWidth():
            need_height = layout.totalHeightForWidth(widget.width())
        else:
            need_height = layout.totalMinimumSize().height()
        need_width = layout.totalMinimumSize().width()
        if need_height > widget.height() + SLACK or need_width > widget.width() + SLACK:
            found.append(f"{view}: {widget.objectName() or type(widget).__name__} "
                         f"({widget.width()}×{widget.height()}) is smaller than its layout "
                         f"needs ({need_width}×{need_height})")
    return found


def _overlaps(view: str, root: QWidget, top: QWidget) -> list[str]:
    """Labels, buttons, boxes and fields drawn over a sibling."""
    kinds = (QLabel, QPushButton, QCheckBox, QLineEdit, QComboBox)
    found = []
    parents = {root, *root.findChildren(QWidget)}
    for parent in parents:
        siblings = [w for w in parent.children() if isinstance(w, kinds)
                    and _shown(w, top) and not (isinstance(w, QLabel) and not w.text())]
        for index, first in enumerate(siblings):
            for second in siblings[index + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > SLACK and common.height() > SLACK:
                    found.append(f"{view}: {_name(first)} and {_name(second)} overlap "
                                 f"({common.width()}×{common.height()} px)")
    return found


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


#: An open list shows at least this many rows (or all it has): item 1 of issue 17 was a
#: combo box whose list opened one row tall.
MIN_LIST_ROWS = 5


def short_list(view: str, popup: QWidget) -> list[str]:
    """An open drop-down list that shows fewer rows than it should."""
    combo = popup.property("combo")
    if not isinstance(combo, QComboBox):
        return []
    items = combo.view()
    row = items.sizeHintForRow(0)
    if row <= 0:
        return []
    shown = items.viewport().height() // row
    want = min(combo.count(), combo.maxVisibleItems(), MIN_LIST_ROWS)
    if shown < want:
        return [f"{view}: the list of {combo.objectName()} shows {shown} rows of "
                f"{combo.count()} ({items.viewport().height()} px)"]
    return []
