"""The key map: one table says what each key does on each view, and the views do it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from posapp.ui.key_map import KEY_MAP, Action, Key, View, Where, action_for, key_of
from posapp.ui.main_window import MainWindow
from tests.ui.conftest import focused
from tests.ui.test_find_member import open_and_search

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(key: Qt.Key, text: str = "", modifiers: Qt.KeyboardModifier = NONE) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)


@pytest.mark.parametrize(("event", "expected"), [
    (press(Qt.Key.Key_Return, "\r"), Key.ENTER),
    (press(Qt.Key.Key_Enter, "\r"), Key.ENTER),
    (press(Qt.Key.Key_Space, " "), Key.SPACE),
    (press(Qt.Key.Key_Escape, "\x1b"), Key.ESCAPE),
    (press(Qt.Key.Key_Backspace, "\b"), Key.BACKSPACE),
    (press(Qt.Key.Key_7, "7"), Key.DIGIT),
    (press(Qt.Key.Key_A, "a"), Key.TYPING),
    (press(Qt.Key.Key_Plus, "+"), Key.TYPING),
    (press(Qt.Key.Key_Return, "\r", CTRL), None),  # a command, not Enter
    (press(Qt.Key.Key_O, "o", ALT), None),  # a mnemonic, not typing
    (press(Qt.Key.Key_Tab, "\t"), None),  # a move: Qt's own
    (press(Qt.Key.Key_Shift), None),
])
def test_keys_are_named_once(event: QKeyEvent, expected: Key | None) -> None:
    assert key_of(event) is expected


def test_a_rule_for_a_place_comes_before_the_rule_for_anywhere() -> None:
    enter = press(Qt.Key.Key_Return, "\r")
    assert action_for(View.FIND_MEMBER, enter, Where.BUTTON) is Action.PRESS
    assert action_for(View.FIND_MEMBER, enter, Where.SEARCH_FIELD) is Action.SEARCH
    assert action_for(View.FIND_MEMBER, enter, Where.ANYWHERE) is None
    escape = press(Qt.Key.Key_Escape, "\x1b")
    assert action_for(View.FIND_MEMBER, escape, Where.SEARCH_FIELD) is Action.BACK
    assert action_for(View.SIGNUP, escape) is None  # nothing to go back to


def test_every_view_in_the_table_has_enter() -> None:
    """Enter does something on every view (on the waiting list: the list's own activation,
    which opens the chosen signup)."""
    views_with_enter = {view for (view, key, _where) in KEY_MAP if key is Key.ENTER}
    assert views_with_enter == set(View) - {View.WAITING}


def test_enter_on_sign_up_instead_signs_up(qtbot: QtBot, window: MainWindow) -> None:
    """It used to do nothing: a QPushButton outside a dialog takes only Space."""
    open_and_search(qtbot, window, "070-174 06 99")
    page = window.find_page
    qtbot.waitUntil(lambda: page.sign_up_button.isVisible(), timeout=5000)
    assert focused() is page.sign_up_button
    qtbot.keyClick(page.sign_up_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.showing_find_member, timeout=2000)
    assert window.form.rows["mobilePhone"].field.value == "+46701740699"
