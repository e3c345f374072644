"""Keeping a form's rows in step with its signup model: the one way the till's form and
the kiosk's form pass an edit or Engage's refusals to the model and show the outcome."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt

from posapp.form.signup_model import SignupModel
from posapp.ui.field_row import FieldRow


def apply_edit(model: SignupModel, rows: Mapping[str, FieldRow], name: str, text: str,
               typed: FieldRow | None = None) -> None:
    """Give the model the new text of ``name`` (typed into ``typed``, or filled in by code)
    and render every field it changed: the typed one as being typed, a field whose text
    the model filled in (the date of birth) with its new text, the others (a phone number
    read in a new country) as they stand."""
    before = {entry.name: entry.text for entry in model.fields.values()}
    for entry in model.edit(name, text):
        row = rows.get(entry.name)
        if row is None:
            continue
        if row is typed:
            row.render(typing=True)
            row.after_edit()
        elif entry.text != before[entry.name] or typed is None:
            row.show_text()
        else:
            row.render()


def mark_refused(model: SignupModel, rows: Mapping[str, FieldRow],
                 refused: Mapping[str, str]) -> list[str]:
    """Mark the fields Engage refused (422) and put the focus on the first; returns the
    names the form does not show."""
    unplaced = model.refuse(refused)
    placed = [rows[name] for name in refused if name not in unplaced and name in rows]
    for row in placed:
        row.render()
    if placed:
        placed[0].editor.setFocus(Qt.FocusReason.OtherFocusReason)
    return unplaced
