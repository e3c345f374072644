"""What is typed during a save is held (posapp/ui/type_ahead.py); its edges."""

from __future__ import annotations

from posapp.ui.main_window import MainWindow


def test_rows_rebuilt_during_a_save_do_not_break_the_hold(window: MainWindow) -> None:
    """The contact type can still change in the first moment of a save (the form greys out
    only after 150 ms): its rows are rebuilt, and the held fields are gone."""
    form = window.form
    form.set_busy(True)
    form.type_picker.setCurrentIndex(1)
    form.set_busy(False)  # raised "Internal C++ object already deleted" before
    assert form.take_held_keys() == []
