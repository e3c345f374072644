"""The country picker never shows one country and holds another.

Keys go where a real keyboard sends them (``tests.keyboard``): to the open list while it
is shown, else to the focus.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from posapp.ui.country_picker import CountryPicker
from tests.keyboard import key, replace_text


class Form(QWidget):
    """The picker with a field after it, as in the signup and find-member forms, where
    an Enter that reaches the form means Save."""

    def __init__(self, language: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.picker = CountryPicker(language, "SE", self)
        self.after = QLineEdit(self)
        layout.addWidget(self.picker)
        layout.addSpacing(200)  # below the open list: a click there is not a pick
        layout.addWidget(self.after)
        self.saves = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.saves += 1


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    widget = Form("sv")
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.picker.setFocus()
    qtbot.waitUntil(widget.picker.hasFocus)
    yield widget
    widget.close()


def search(qtbot: QtBot, picker: CountryPicker, text: str) -> None:
    replace_text(qtbot, text)
    assert shown(picker) == text


def shown(picker: CountryPicker) -> str:
    line = picker.lineEdit()
    assert line is not None
    return line.text()


@pytest.mark.parametrize("code", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_text_matching_no_country_gives_way_to_the_selected_one(qtbot: QtBot, form: Form,
                                                                code: Qt.Key) -> None:
    # "norw" is English; in Swedish Norway is "Norge": no country matches.
    search(qtbot, form.picker, "norw")
    key(qtbot, code)
    assert form.picker.code() == "SE"
    assert shown(form.picker) == "Sverige (SE)"


def test_enter_on_an_unmatched_search_is_not_a_save(qtbot: QtBot, form: Form) -> None:
    search(qtbot, form.picker, "norw")
    key(qtbot, Qt.Key.Key_Return)
    assert form.saves == 0
    assert form.picker.hasFocus()
    key(qtbot, Qt.Key.Key_Return)  # the country shown is the one held: now it is Save
    assert form.saves == 1


def test_the_list_shows_only_the_countries_typed_for(qtbot: QtBot, form: Form) -> None:
    search(qtbot, form.picker, "fin")
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QAbstractItemView)
    model = popup.model()
    assert model is not None
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        "Finland (FI)"]


@pytest.mark.parametrize("code", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_tab_or_enter_picks_the_first_match(qtbot: QtBot, form: Form, code: Qt.Key) -> None:
    search(qtbot, form.picker, "norg")
    key(qtbot, code)
    assert form.picker.code() == "NO"
    assert shown(form.picker) == "Norge (NO)"
    assert form.saves == 0
    assert form.after.hasFocus() == (code == Qt.Key.Key_Tab)


def test_leaving_with_a_single_match_picks_it(qtbot: QtBot, form: Form) -> None:
    search(qtbot, form.picker, "finl")
    # Under X11 a first click elsewhere closes the open list; offscreen it does not, so
    # Escape closes it here. Then the click moves the focus.
    key(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    qtbot.mouseClick(form.after, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.after.hasFocus)
    assert form.picker.code() == "FI"
    assert shown(form.picker) == "Finland (FI)"


def test_leaving_with_text_matching_no_country_shows_the_selected_one(qtbot: QtBot,
                                                                      form: Form) -> None:
    search(qtbot, form.picker, "xq")
    assert QApplication.activePopupWidget() is None  # nothing matched: no list
    qtbot.mouseClick(form.after, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.after.hasFocus)
    assert form.picker.code() == "SE"
    assert shown(form.picker) == "Sverige (SE)"
