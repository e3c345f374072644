"""The Enter that opened a view does not press its default button (posapp/ui/enter_guard.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from posapp.ui.enter_guard import EnterGuard
from tests.ui.conftest import EnterClock


class Dialog(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.presses = 0
        self.button = QPushButton("&Retry", self)
        self.button.setDefault(True)
        self.button.clicked.connect(self._pressed)
        QVBoxLayout(self).addWidget(self.button)
        EnterGuard(self)

    def _pressed(self) -> None:
        self.presses += 1


@pytest.fixture
def dialog(qtbot: QtBot, enter_clock: EnterClock) -> Dialog:
    """A dialog with an EnterGuard, shown this moment (by the guard's clock, which stands
    still until the test moves it past the guard)."""
    shown = Dialog()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def enter(widget: QPushButton, *, repeat: bool = False,
          kind: QEvent.Type = QEvent.Type.KeyPress) -> None:
    QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return,
                                             Qt.KeyboardModifier.NoModifier, "\r", repeat))


def test_enter_right_after_showing_and_its_repeats_are_ignored(
        dialog: Dialog, enter_clock: EnterClock) -> None:
    enter(dialog.button)
    assert dialog.presses == 0
    enter_clock.past_the_guard()
    enter(dialog.button, repeat=True)
    assert dialog.presses == 0
    enter(dialog.button, kind=QEvent.Type.KeyRelease)  # let go at last
    enter(dialog.button)
    assert dialog.presses == 1


def test_other_keys_are_not_held_back(qtbot: QtBot, dialog: Dialog) -> None:
    qtbot.keyClick(dialog.button, Qt.Key.Key_Space)
    assert dialog.presses == 1
    qtbot.keyClick(dialog.button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_showing_again_arms_it_again(dialog: Dialog, enter_clock: EnterClock) -> None:
    enter_clock.past_the_guard()
    dialog.hide()
    dialog.show()
    enter(dialog.button)
    assert dialog.presses == 0
    enter_clock.past_the_guard()
    enter(dialog.button)
    assert dialog.presses == 1


def test_after_a_repeat_enter_waits_for_the_key_to_be_let_go(
        dialog: Dialog, enter_clock: EnterClock) -> None:
    """Under X11 a repeat can arrive unmarked; it must not pass for a new press."""
    enter_clock.past_the_guard()
    enter(dialog.button, repeat=True)
    enter(dialog.button)  # unmarked, but the key was never let go
    assert dialog.presses == 0
    enter(dialog.button, kind=QEvent.Type.KeyRelease)
    enter(dialog.button)
    assert dialog.presses == 1
