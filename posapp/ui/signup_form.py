"""The signup form: contact type, its key and fields, country, consents, and Save.

Renders the signup model (``posapp/form/signup_model.py``, where every rule lives) and
forwards what is typed to it; enables Save only when the model can be saved, and emits
``submit_requested`` with the model's ``SignupRequest``. It never talks to Engage.

Signals:
    submit_requested(object): a SignupRequest, when the cashier saves a valid form.
    validity_changed(bool): Save became possible or impossible.
"""

from __future__ import annotations

from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.config import ContactTypeSettings, Settings
from posapp.engage.attributes import KeyField
from posapp.form.field import Gap
from posapp.form.request import SignupRequest
from posapp.form.signup_model import Screen
from posapp.ui import field_labels
from posapp.ui.card_page import action_bar
from posapp.ui.combo_steps import StepWatch
from posapp.ui.key_map import Action, View, action_for
from posapp.ui.model_form import ModelForm
from posapp.ui.qt_names import TAB_FOCUS, right_aligned, set_qt_property
from posapp.ui.type_ahead import KeyStroke, TypeAhead

# How long a save may take before the form greys out and shows the busy bar.
BUSY_LOOK_DELAY_MS = 150


class SignupForm(ModelForm):
    """The cashier's form. Object names equal the Engage attributes they edit."""

    validity_changed = Signal(bool)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, Screen.TILL, parent)
        self.setObjectName("signupForm")
        self._busy = False
        self._busy_look_timer = QTimer(self)
        self._busy_look_timer.setSingleShot(True)
        self._busy_look_timer.setInterval(BUSY_LOOK_DELAY_MS)
        self._busy_look_timer.timeout.connect(self._show_busy_look)
        self._busy_look_shown = False
        self._valid = False
        # The "Fill in … to save." line now shown, kept up to date as the fields are filled.
        self._missing_hint = ""
        self._type_ahead = TypeAhead(self)
        self._held_keys: list[KeyStroke] = []

        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)

        self.type_label = QLabel(self._grid_host)
        self.type_picker = QComboBox(self._grid_host)
        self.type_picker.setObjectName("contactType")
        for contact_type in settings.contact_types:
            self.type_picker.addItem(contact_type.label_for(self._language), contact_type.id)
        self.type_label.setBuddy(self.type_picker)
        self.type_picker.currentIndexChanged.connect(self._on_type_changed)
        self._type_steps = StepWatch(self.type_picker)

        # "The customer agrees to": the tenant's consents, each on a line of its own, then
        # the offers (the preferences) side by side.
        self.consent_box = QGroupBox(self)
        agrees = QVBoxLayout(self.consent_box)
        agrees.setContentsMargins(0, 4, 0, 0)
        agrees.setSpacing(6)
        for consent in self._make_consent_boxes(self.consent_box):
            agrees.addWidget(consent)
        self._consent_layout = QHBoxLayout()
        self._consent_layout.setSpacing(24)
        self._consent_layout.addStretch(1)
        agrees.addLayout(self._consent_layout)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("formStatus")
        self.status_label.setProperty("role", "formStatus")
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submit")
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setAutoDefault(False)
        set_qt_property(self.submit_button, "focusPolicy", TAB_FOCUS)
        self.submit_button.clicked.connect(self.submit)

        self._grid.addLayout(right_aligned(self.type_label), 0, 0)
        self._grid.addWidget(self.type_picker, 0, 1)
        self._grid.setRowMinimumHeight(1, 10)
        # The busy bar, the status line and Save: the main window shows this bar under
        # its card's scrolling body, always in view (posapp/ui/card_page.py).
        self.action_bar = action_bar(self, keys_to=self)
        action = QVBoxLayout(self.action_bar)
        action.setContentsMargins(0, 0, 0, 0)
        action.setSpacing(4)
        action.addWidget(self.busy_bar)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.submit_button)
        action.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._grid_host)
        layout.addWidget(self.consent_box)
        layout.addStretch(1)
        layout.addWidget(self.action_bar)

        self._build_rows()
        self.retranslate()

    # -- public ----------------------------------------------------------------------------

    @property
    def contact_type(self) -> ContactTypeSettings:
        """The contact type being signed up."""
        return self.model.contact_type

    @property
    def key_attribute(self) -> KeyField:
        """The tenant's key attribute for the chosen type."""
        return self.model.contact_type.key

    def key_editor(self) -> QWidget:
        """The key field's editor, where the focus belongs at start."""
        return self.rows[self.key_attribute].editor

    def focus_key_field(self) -> None:
        """Put the keyboard focus in the key field (start, after a signup, after reset)."""
        self.key_editor().setFocus()  # Qt's OtherFocusReason

    @property
    def busy(self) -> bool:
        """True from Save until the answer: a second Save is ignored."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """Refuse a second Save at once; show it (fields, Save, busy bar) only if slow.

        Most saves answer within a few milliseconds. Greying out the fields and Save and
        starting the busy bar at once would repaint the form (and keep repainting the
        animated bar) while the worker thread waits for Engage: the GUI thread then
        competes with it and the save itself gets slower, for a flash nobody can read.
        ``submit`` refuses while busy, so a second Enter or click sends nothing. What is
        typed meanwhile is held, not typed into the form that was sent: the next
        customer's number, for the next signup (posapp/ui/type_ahead.py).
        """
        self._busy = busy
        if busy:
            self._type_ahead.hold(self._typing_targets())
            self._busy_look_timer.start()
        else:
            self._held_keys = self._type_ahead.release()
            self._busy_look_timer.stop()
            if self._busy_look_shown:
                self._show_busy(False)
            self.status_label.clear()

    def take_held_keys(self) -> list[KeyStroke]:
        """The keys typed during the last save, once (empty when none)."""
        held, self._held_keys = self._held_keys, []
        return held

    def _typing_targets(self) -> list[QWidget]:
        return [self.type_picker, *(row.editor for row in self.rows.values()),
                *self.consents.values(), *(c.box for c in self.consent_boxes.values()),
                self.submit_button]

    @Slot()
    def _show_busy_look(self) -> None:
        if self._busy:
            self._show_busy(True)

    def _show_busy(self, busy: bool) -> None:
        self._busy_look_shown = busy
        self._update_submit()
        for row in self.rows.values():
            row.set_read_only(busy)
        self.type_picker.setEnabled(not busy)
        for box in (*self.consents.values(), *(c.box for c in self.consent_boxes.values())):
            box.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.status_label.setText(self.tr("Saving to Engage…") if busy else "")

    def reset(self) -> None:
        """Empty the whole form, undo history included, and focus the key field."""
        self.model.reset()
        self.type_picker.blockSignals(True)
        self.type_picker.setCurrentIndex(0)
        self.type_picker.blockSignals(False)
        if self._rows_match_model():
            # The same fields: empty them in place. Building them anew after every signup
            # cost a country list, a hundred widgets' styling and native memory each time.
            self._show_fields()
        else:
            self._build_rows()
        self.status_label.clear()
        self._update_submit()
        self.focus_key_field()

    def load(self, request: SignupRequest, refused: Mapping[str, str]) -> None:
        """Open a signup the outbox kept (staff's "Open on the form"), with the fields
        Engage refused marked."""
        self.model.load(request)
        self.type_picker.blockSignals(True)
        self.type_picker.setCurrentIndex(
            max(0, self.type_picker.findData(self.model.contact_type.id)))
        self.type_picker.blockSignals(False)
        if self._rows_match_model():
            self._show_fields()
        else:
            self._build_rows()
            self._show_fields()
        if refused:
            self.mark_errors(dict(refused))
        else:
            self.focus_key_field()
        self._after_change()

    def select_type_with_key(self, attribute: str) -> bool:
        """Switch to the first contact type whose key is ``attribute``; False if none."""
        for index in range(self.type_picker.count()):
            type_id = str(self.type_picker.itemData(index))
            if self._settings.contact_type(type_id).key == attribute:
                self.type_picker.setCurrentIndex(index)
                return True
        return False

    @Slot()
    def submit(self) -> None:
        """Save if the form is valid and idle; otherwise show what is missing."""
        if self._busy:
            return
        if not self.model.complete:
            self._show_missing()
            return
        self.submit_requested.emit(self.model.request())

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.type_label.setText(field_labels.label("contactType"))
        self.type_picker.setAccessibleName(field_labels.plain_label("contactType"))
        self.type_picker.setAccessibleDescription(field_labels.description("contactType"))
        for index, contact_type in enumerate(self._settings.contact_types):
            self.type_picker.setItemText(index, contact_type.label_for(self._language))
        self.consent_box.setTitle(self.tr("The customer agrees to"))
        for consent in self.consent_boxes.values():
            consent.retranslate(self._language)
        self.retranslate_preferences()
        self.submit_button.setText(self.tr("&Save member"))
        self.submit_button.setAccessibleName(self.tr("Save member"))
        self.submit_button.setToolTip(
            self.tr("Enter saves from any field when the form is complete"))
        for row in self.rows.values():
            row.retranslate()

    # -- rows ------------------------------------------------------------------------------

    def _rows_match_model(self) -> bool:
        asked = self.model.asked()
        return (list(self.rows) == [entry.name for entry in asked]
                and all(self.rows[entry.name].field is entry for entry in asked))

    def _build_rows(self) -> None:
        """One row per field the model asks, in its order; the boxes of its preferences."""
        for row in self.rows.values():
            row.dispose(self._grid)
        self.rows = {}
        previous: QWidget = self.type_picker
        for index, entry in enumerate(self.model.asked()):
            row = self._make_row(entry, self._grid_host)
            grid_row = 2 + index * 2
            row.label_holder = right_aligned(row.label)
            self._grid.addLayout(row.label_holder, grid_row, 0)
            self._grid.addWidget(row.editor, grid_row, 1)
            self._grid.addWidget(row.message, grid_row + 1, 1)
            for widget in (row.label, row.editor, row.message):
                widget.show()  # now, so that the key field can take the focus at once
            row.message.setMinimumHeight(row.message.fontMetrics().height() + 4)
            QWidget.setTabOrder(previous, row.editor)
            previous = row.editor
        self._build_preferences()
        boxes = [*(c.box for c in self.consent_boxes.values()), *self.consents.values()]
        for box in boxes:
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.submit_button)
        self._update_submit()

    def _build_preferences(self) -> None:
        """A box per preference the contact type offers (kept when the set is the same)."""
        if list(self.consents) != list(self.model.preferences):
            for box in self.consents.values():
                self._consent_layout.removeWidget(box)
                shiboken6.delete(box)  # now: see FieldRow.dispose
            self.consents = {}
            for index, name in enumerate(self.model.preferences):
                self._consent_layout.insertWidget(index, self._make_box(name, self.consent_box))
            self.retranslate_preferences()
        self._show_preferences()

    def retranslate_preferences(self) -> None:
        """The boxes' texts in the current UI language."""
        for name, box in self.consents.items():
            box.setText(field_labels.label(name))
            box.setAccessibleName(field_labels.plain_label(name))
            box.setAccessibleDescription(field_labels.description(name))

    @Slot(int)
    def _on_type_changed(self, _index: int) -> None:
        self.model.set_contact_type(str(self.type_picker.currentData()))
        self._build_rows()
        if not self._type_steps.took_a_step():
            self.focus_key_field()

    def _after_change(self) -> None:
        self._update_submit()
        self._refresh_missing_hint()

    def _update_submit(self) -> None:
        valid = self.model.complete
        self.submit_button.setEnabled(valid and not self._busy)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _show_missing(self) -> None:
        gaps = self.model.gaps()
        for entry, _gap in gaps:
            self.rows[entry.name].reveal()
        self._reveal_consents()
        if gaps:
            self.rows[gaps[0][0].name].editor.setFocus()  # Qt's OtherFocusReason
        else:
            self._focus_first_missing_consent()
        self._show_missing_hint()

    def _missing_text(self) -> str:
        """What the status line says is still in the way of saving, or ''."""
        first = self.model.first_gap()
        if first is not None:
            entry, gap = first
            name = field_labels.plain_label(entry.name)
            return (self.tr("Fill in {field} to save.") if gap is Gap.EMPTY
                    else self.tr("Correct {field} to save.")).format(field=name)
        if self.model.missing_consents():
            return self.tr("The customer must agree to the terms marked * to save.")
        return ""

    def _show_missing_hint(self) -> None:
        self._missing_hint = self._missing_text()
        self.status_label.setText(self._missing_hint)

    def _refresh_missing_hint(self) -> None:
        """Once what it names is done, the hint names the next thing missing, or goes."""
        if not self._missing_hint or self.status_label.text() != self._missing_hint:
            self._missing_hint = ""  # another message has taken its place
            return
        self._show_missing_hint()

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """What a key does here is in ``key_map.py`` (Enter saves from any field: line
        edits pass Return up to their parent)."""
        action = action_for(View.SIGNUP, event)
        if action is Action.SAVE:
            event.accept()
            self.submit()
            return
        if action is Action.ACCEPT_SUGGESTION and self.accept_focused_suggestion():
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
