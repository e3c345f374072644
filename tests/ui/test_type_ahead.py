"""What is typed during a save is held (posapp/ui/type_ahead.py); its edges."""

from __future__ import annotations

import shiboken6
from pytestqt.qtbot import QtBot

from posapp.ui.main_window import MainWindow


def test_rows_rebuilt_during_a_save_do_not_break_the_hold(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    """The contact type can still change in the first moment of a save (the form greys out
    only after 150 ms): its rows are rebuilt and the held fields are gone; what was typed
    into them is still held, once, for the next signup."""
    form = window.form
    phone = form.rows["mobilePhone"].editor
    form.set_busy(True)
    qtbot.keyClicks(phone, "07")
    assert form.rows["mobilePhone"].raw_text() == ""  # held, not typed into the sent form
    form.type_picker.setCurrentIndex(1)
    assert not shiboken6.isValid(phone)  # the watched field is gone
    form.set_busy(False)  # raised "Internal C++ object already deleted" before
    assert [stroke.text for stroke in form.take_held_keys()] == ["0", "7"]
    assert form.take_held_keys() == []
