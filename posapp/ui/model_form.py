"""What the till's form and the kiosk's form share: a signup model and the rows that show it.

Each form keeps its own layout, words and keys; this base holds the rest once: the
``SignupModel`` (every rule of a signup), one :class:`FieldRow` per field it asks, a box
per preference it offers, and the one way an edit or Engage's refusals reach the model and
come back on screen; and a :class:`ConsentBox` per consent of the tenant.

Signals:
    submit_requested(object): a SignupRequest, when the form is saved valid.
    edited(): a field's text changed (typed, picked or filled in).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QWidget

from posapp.config import Settings
from posapp.form.field import FormField
from posapp.form.request import SignupRequest
from posapp.form.signup_model import Screen, SignupModel
from posapp.ui.consent_box import ConsentBox
from posapp.ui.field_row import FieldRow, field_row


class ModelForm(QWidget):
    """A signup form for ``screen``; subclasses lay the rows and boxes out."""

    submit_requested = Signal(object)
    edited = Signal()

    def __init__(self, settings: Settings, screen: Screen, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._language: str = settings.store.language
        self.model = SignupModel(settings, screen)
        self.rows: dict[str, FieldRow] = {}
        # The preferences' boxes (the offers), by attribute.
        self.consents: dict[str, QCheckBox] = {}
        # The tenant's consents, by id.
        self.consent_boxes: dict[str, ConsentBox] = {}

    # -- what every form answers -----------------------------------------------------------

    def is_valid(self) -> bool:
        """Every field valid, or empty where optional."""
        return self.model.complete

    def is_pristine(self) -> bool:
        """Nothing typed and nothing ticked: nothing of a customer to protect."""
        return self.model.pristine

    def build_request(self) -> SignupRequest:
        """The signup for what is typed now (raises IncompleteForm while a field is missing)."""
        return self.model.request()

    def fill(self, attribute: str, text: str) -> None:
        """Fill one field from code ("sign up instead" with the searched key; screenshots)."""
        if attribute in self.rows:
            self._apply_edit(attribute, text)

    def mark_errors(self, fields: dict[str, str]) -> list[str]:
        """Mark the fields Engage refused (422) and put the focus on the first; returns the
        names the form does not show."""
        unplaced = self.model.refuse(fields)
        placed = [self.rows[name] for name in fields if name not in unplaced]
        for row in placed:
            row.render()
        if placed:
            placed[0].editor.setFocus()  # Qt's OtherFocusReason
        self._after_change()
        return unplaced

    # -- building --------------------------------------------------------------------------

    def _make_row(self, entry: FormField, parent: QWidget) -> FieldRow:
        row = field_row(entry, screen=self.model.screen, language=self._language,
                        parent=parent)
        row.edited.connect(self._on_row_edited)
        self.rows[entry.name] = row
        return row

    def _make_box(self, name: str, parent: QWidget) -> QCheckBox:
        box = QCheckBox(parent)
        box.setObjectName(name)
        box.toggled.connect(self._on_preference_toggled)
        self.consents[name] = box
        return box

    def _make_consent_boxes(self, parent: QWidget) -> list[ConsentBox]:
        """A box per consent of the tenant, in the configuration's order."""
        for answer in self.model.consents.values():
            box = ConsentBox(answer, self.model.screen, self._language, parent)
            box.answered.connect(self._on_consent_answered)
            self.consent_boxes[answer.setting.id] = box
        return list(self.consent_boxes.values())

    def _reveal_consents(self) -> None:
        for box in self.consent_boxes.values():
            box.reveal()

    def _focus_first_missing_consent(self) -> bool:
        """Put the focus on the first required consent not given; False when none."""
        missing = self.model.missing_consents()
        if not missing:
            return False
        self.consent_boxes[missing[0].setting.id].box.setFocus()  # OtherFocusReason
        return True

    def _show_preferences(self) -> None:
        """The boxes as the model holds them (after a reset)."""
        for name, box in self.consents.items():
            box.blockSignals(True)
            box.setChecked(self.model.preferences[name])
            box.blockSignals(False)

    def _show_fields(self) -> None:
        """Every row with the model's text, nothing revealed (after a reset)."""
        for row in self.rows.values():
            row.revealed = False
            row.show_text()  # setText: the undo history goes too
        self._show_preferences()
        for box in self.consent_boxes.values():
            box.revealed = False
            box.show_answer()

    # -- edits -----------------------------------------------------------------------------

    @Slot(str)
    def _on_row_edited(self, text: str) -> None:
        row = self.sender()
        if isinstance(row, FieldRow):
            self._apply_edit(row.attribute, text, typed=row)

    def _apply_edit(self, name: str, text: str, typed: FieldRow | None = None) -> None:
        """Give the model the new text of ``name`` (typed into ``typed``, or filled in by
        code) and render every field it changed: the typed one as being typed, a field
        whose text the model filled in (the date of birth) with its new text, the others
        (a phone number read in a new country) as they stand."""
        before = {entry.name: entry.text for entry in self.model.fields.values()}
        for entry in self.model.edit(name, text):
            row = self.rows.get(entry.name)
            if row is None:
                continue
            if row is typed:
                row.render(typing=True)
                row.after_edit()
            elif typed is None or entry.text != before[entry.name]:
                row.show_text()
            else:
                row.render()
        self._after_change()
        self.edited.emit()

    @Slot(bool)
    def _on_preference_toggled(self, checked: bool) -> None:
        box = self.sender()
        if isinstance(box, QCheckBox):
            self.model.set_preference(box.objectName(), checked)

    @Slot(str, bool)
    def _on_consent_answered(self, consent_id: str, value: bool) -> None:
        self.model.answer_consent(consent_id, value)
        self._after_change()

    def accept_focused_suggestion(self) -> bool:
        """Down in a field with a suggestion takes it; False when there is none."""
        focus = self.focusWidget()
        row = next((row for row in self.rows.values() if row.editor is focus), None)
        return row is not None and row.accept_suggestion()

    def _after_change(self) -> None:
        """A field changed (typed, filled or refused): subclasses update what depends on it."""
