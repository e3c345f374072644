"""The discard question answers to its Alt letters, and Enter keeps what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from posapp.ui.app import create_application
from posapp.ui.dialogs.discard_question import discard_question, discarded


@pytest.mark.parametrize(("key", "modifier", "discards"), [
    (Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier, True),
    (Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier, False),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, False),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, False),
])
def test_each_answer_has_a_key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier,
                               discards: bool) -> None:
    create_application("en")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    box = discard_question(parent, "question", "Close posapp?", "Lose what was typed?")
    assert box.button(QMessageBox.StandardButton.Discard).text() == "&Discard"
    answers: list[int] = []
    box.finished.connect(answers.append)
    box.open()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, key, modifier)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=2000)
    assert discarded(answers[0]) is discards
