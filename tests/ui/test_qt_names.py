"""posapp/ui/qt_names.py's ints are Qt's own values, and the helpers place as Qt would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from posapp.ui import qt_names

EXPECTED = {
    "ALIGN_RIGHT": Qt.AlignmentFlag.AlignRight,
    "ALIGN_TOP": Qt.AlignmentFlag.AlignTop,
    "ALIGN_VCENTER": Qt.AlignmentFlag.AlignVCenter,
    "ALIGN_CENTER": Qt.AlignmentFlag.AlignCenter,
    "PLAIN_TEXT": Qt.TextFormat.PlainText,
    "RICH_TEXT": Qt.TextFormat.RichText,
    "TEXT_SELECTABLE_BY_MOUSE": Qt.TextInteractionFlag.TextSelectableByMouse,
    "LINKS_ACCESSIBLE_BY_MOUSE": Qt.TextInteractionFlag.LinksAccessibleByMouse,
    "SCROLL_BAR_ALWAYS_OFF": Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
    "NO_FOCUS": Qt.FocusPolicy.NoFocus,
    "TAB_FOCUS": Qt.FocusPolicy.TabFocus,
    "IMH_NONE": Qt.InputMethodHint.ImhNone,
    "IMH_PREFER_NUMBERS": Qt.InputMethodHint.ImhPreferNumbers,
    "IMH_NO_PREDICTIVE_TEXT": Qt.InputMethodHint.ImhNoPredictiveText,
    "IMH_DATE": Qt.InputMethodHint.ImhDate,
    "IMH_DIALABLE_CHARACTERS_ONLY": Qt.InputMethodHint.ImhDialableCharactersOnly,
    "IMH_EMAIL_CHARACTERS_ONLY": Qt.InputMethodHint.ImhEmailCharactersOnly,
    "CASE_INSENSITIVE": Qt.CaseSensitivity.CaseInsensitive,
    "USER_ROLE": Qt.ItemDataRole.UserRole,
    "KEY_RETURN": Qt.Key.Key_Return,
    "KEY_ENTER": Qt.Key.Key_Enter,
}


def test_every_int_is_qts_own_value() -> None:
    names = {name for name, value in vars(qt_names).items()
             if name.isupper() and isinstance(value, int)}
    assert names == set(EXPECTED)
    for name, member in EXPECTED.items():
        assert getattr(qt_names, name) == member.value, name
    enter = (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value)
    assert enter == qt_names.ENTER_KEYS


def test_a_property_set_by_int_reads_back_as_qts_enum(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    qt_names.set_qt_property(label, "alignment", qt_names.ALIGN_RIGHT | qt_names.ALIGN_VCENTER)
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    line = QLineEdit()
    qtbot.addWidget(line)
    qt_names.set_qt_property(line, "inputMethodHints", qt_names.IMH_DATE)
    assert line.inputMethodHints() == Qt.InputMethodHint.ImhDate


def test_a_misspelt_property_is_refused(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(ValueError, match="focusPolice"):
        qt_names.set_qt_property(widget, "focusPolice", qt_names.NO_FOCUS)
