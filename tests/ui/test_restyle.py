"""posapp/ui/restyle.py: a changed style property shows at once, an unchanged one costs
nothing, and a widget still being built is styled by its first polish."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from posapp.ui.restyle import set_style_property

SHEET = 'QLabel[validation="invalid"] { color: #ff0000; } QLabel { color: #000000; }'
RED, BLACK = QColor("#ff0000"), QColor("#000000")


def _text_colour(label: QLabel) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_a_shown_label_turns_red_at_once_and_back(qtbot: QtBot) -> None:
    host = QWidget()
    host.setStyleSheet(SHEET)
    qtbot.addWidget(host)
    label = QLabel("x", host)
    host.show()
    qtbot.waitExposed(host)
    assert _text_colour(label) == BLACK
    assert set_style_property(label, "validation", "invalid")
    assert _text_colour(label) == RED
    assert not set_style_property(label, "validation", "invalid")  # unchanged: no re-style
    assert set_style_property(label, "validation", "valid")
    assert _text_colour(label) == BLACK


def test_a_label_still_being_built_is_styled_when_first_shown(qtbot: QtBot) -> None:
    host = QWidget()
    host.setStyleSheet(SHEET)
    qtbot.addWidget(host)
    label = QLabel("x", host)
    assert set_style_property(label, "validation", "invalid")  # not polished yet
    host.show()
    qtbot.waitExposed(host)
    assert _text_colour(label) == RED
