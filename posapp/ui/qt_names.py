"""Qt's enum values for the first frame, as plain ints set through Qt's property system.

PySide6 6.12 builds the whole ``Qt`` namespace (~94 enums, with Python's ``enum``) the
first time a module imports it: ~12 ms of every start, more than any widget of the first
frame costs to build. So the modules that build the first frame do not import ``Qt``:
they set enum-typed Q_PROPERTYs with these ints (Qt converts an int to the property's
enum or flags), place in a layout with helpers (:func:`at_top`, :func:`right_aligned`), and
import ``Qt`` inside the handlers that run later (a key press, a click).
``tests/ui/test_qt_names.py`` checks each value against ``Qt``;
``tests/ui/test_start_path.py`` that the first frame leaves ``Qt`` unbuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

# Qt::AlignmentFlag
ALIGN_RIGHT = 0x2
ALIGN_TOP = 0x20
ALIGN_VCENTER = 0x80
ALIGN_CENTER = 0x84
# Qt::TextFormat
PLAIN_TEXT = 0
RICH_TEXT = 1
# Qt::TextInteractionFlag
TEXT_SELECTABLE_BY_MOUSE = 0x1
LINKS_ACCESSIBLE_BY_MOUSE = 0x4
# Qt::ScrollBarPolicy
SCROLL_BAR_ALWAYS_OFF = 1
# Qt::FocusPolicy
NO_FOCUS = 0
TAB_FOCUS = 1
# Qt::InputMethodHint
IMH_NONE = 0
IMH_PREFER_NUMBERS = 0x8
IMH_NO_PREDICTIVE_TEXT = 0x40
IMH_DATE = 0x80
IMH_DIALABLE_CHARACTERS_ONLY = 0x100000
IMH_EMAIL_CHARACTERS_ONLY = 0x200000
# Qt::CaseSensitivity
CASE_INSENSITIVE = 0
# Qt::ItemDataRole
USER_ROLE = 0x100
# Qt::Key (QKeyEvent.key() is an int)
KEY_RETURN = 0x01000004
KEY_ENTER = 0x01000005
#: Return (main keyboard) and Enter (keypad): the same key for the cashier.
ENTER_KEYS = (KEY_RETURN, KEY_ENTER)


def set_qt_property(target: QObject, name: str, value: int) -> None:
    """Set the enum- or flags-typed Q_PROPERTY ``name`` (``alignment``, ``focusPolicy``
    …) to ``value``; raises if Qt refuses it (a misspelt name)."""
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no writable property {name!r}")


def at_top(widget: QWidget) -> QVBoxLayout:
    """``widget`` at the top of its layout cell, at its own height: a layout's AlignTop."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(widget)
    column.addStretch(1)
    return column


def right_aligned(label: QLabel) -> QHBoxLayout:
    """``label`` placed as a layout's AlignRight | AlignVCenter would place it: at its
    own width at the right of its cell, at its own height (a fixed vertical policy)
    centred in it. (Right-aligned text across the whole cell would sit up to a pixel
    off, the label's width being its text's rounded up.)"""
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addStretch(1)
    row.addWidget(label)
    return row
