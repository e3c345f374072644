"""The signup form: contact type, its key and fields, country, consents, and Save.

Renders state and forwards intent: it validates as the cashier types (through
``posapp.validation``), enables Save only when everything is acceptable, and emits
``submit_requested`` with a ready ``SignupRequest``. It never talks to Engage.

Signals:
    submit_requested(object): a SignupRequest, when the cashier saves a valid form.
    validity_changed(bool): Save became possible or impossible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
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
from posapp.ui import field_labels
from posapp.ui.combo_steps import StepWatch
from posapp.ui.field_row import FieldRow
from posapp.ui.type_ahead import KeyStroke, TypeAhead
from posapp.validation import FieldContext

if TYPE_CHECKING:
    from posapp.engage.models import ContactDraft

CONSENTS = ("acceptsEmail", "acceptsSms")
# How long a save may take before the form greys out and shows the busy bar.
BUSY_LOOK_DELAY_MS = 150
_NOT_FIELDS = frozenset({*CONSENTS, "acceptsPostal"})


@dataclass(frozen=True)
class SignupRequest:
    """What the form hands over: the draft, and which attribute is the tenant's key."""

    draft: ContactDraft
    key: KeyField
    contact_type: str


class SignupForm(QWidget):
    """The cashier's form. Object names equal the Engage attributes they edit."""

    submit_requested = Signal(object)
    validity_changed = Signal(bool)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signupForm")
        self._settings = settings
        self._language = settings.store.language
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
        self.rows: dict[str, FieldRow] = {}
        self._rows_for = ""  # the contact type whose fields the rows are

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

        self.consent_box = QGroupBox(self)
        consent_layout = QHBoxLayout(self.consent_box)
        consent_layout.setContentsMargins(0, 4, 0, 0)
        consent_layout.setSpacing(24)
        self.consents: dict[str, QCheckBox] = {}
        for name in CONSENTS:
            box = QCheckBox(self.consent_box)
            box.setObjectName(name)
            box.setChecked(False)
            consent_layout.addWidget(box)
            self.consents[name] = box
        consent_layout.addStretch(1)

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
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.submit_button.clicked.connect(self.submit)

        self._grid.addWidget(self.type_label, 0, 0, Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(self.type_picker, 0, 1)
        self._grid.setRowMinimumHeight(1, 10)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._grid_host)
        layout.addWidget(self.consent_box)
        layout.addStretch(1)
        layout.addWidget(self.busy_bar)
        layout.addLayout(bottom)

        self._build_rows(self.contact_type)
        self.retranslate()

    # -- public ----------------------------------------------------------------------------

    @property
    def contact_type(self) -> ContactTypeSettings:
        """The contact type being signed up."""
        return self._settings.contact_type(str(self.type_picker.currentData()))

    @property
    def key_attribute(self) -> KeyField:
        """The tenant's key attribute for the chosen type."""
        return self.contact_type.key

    def key_editor(self) -> QWidget:
        """The key field's editor, where the focus belongs at start."""
        return self.rows[self.key_attribute].editor

    def focus_key_field(self) -> None:
        """Put the keyboard focus in the key field (start, after a signup, after reset)."""
        self.key_editor().setFocus(Qt.FocusReason.OtherFocusReason)

    def is_valid(self) -> bool:
        """Every field valid, or empty where optional."""
        return all(row.acceptable for row in self.rows.values())

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
                *self.consents.values(), self.submit_button]

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
        for box in self.consents.values():
            box.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.status_label.setText(self.tr("Saving to Engage…") if busy else "")

    def reset(self) -> None:
        """Empty the whole form, undo history included, and focus the key field."""
        self.type_picker.blockSignals(True)
        self.type_picker.setCurrentIndex(0)
        self.type_picker.blockSignals(False)
        if self._rows_for == self.contact_type.id:
            # The same fields: empty them in place. Building them anew after every signup
            # cost a country list, a hundred widgets' styling and native memory each time.
            for row in self.rows.values():
                row.clear(self._settings.store.country)
            context = self._context()
            for row in self.rows.values():
                if row.attribute == "mobilePhone":
                    row.set_context(context)
        else:
            self._build_rows(self.contact_type, carry_over=False)
        for box in self.consents.values():
            box.setChecked(False)
        self.status_label.clear()
        self._update_submit()
        self.focus_key_field()

    def select_type_with_key(self, attribute: str) -> bool:
        """Switch to the first contact type whose key is ``attribute``; False if none."""
        for index in range(self.type_picker.count()):
            type_id = str(self.type_picker.itemData(index))
            if self._settings.contact_type(type_id).key == attribute:
                self.type_picker.setCurrentIndex(index)
                return True
        return False

    def prefill(self, attribute: str, text: str) -> None:
        """Fill one field from code (e.g. "sign up instead" with the searched key)."""
        row = self.rows.get(attribute)
        if row is not None:
            row.set_text(text)

    def mark_errors(self, fields: dict[str, str]) -> list[str]:
        """Mark fields Engage refused (422); returns the names it could not place."""
        unplaced: list[str] = []
        first: FieldRow | None = None
        for name, message in fields.items():
            row = self.rows.get(name)
            if row is None:
                unplaced.append(name)
                continue
            row.set_server_error(message)
            first = first or row
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_submit()
        return unplaced

    def build_request(self) -> SignupRequest:
        """The SignupRequest for what is typed now (the form must be valid)."""
        values: dict[str, object] = {"contactType": self.contact_type.id}
        derived_birthday: str | None = None
        for name, row in self.rows.items():
            value = row.value()
            if value:
                values[name] = value
            derived_birthday = derived_birthday or row.result().derived.get("birthDay")
        if derived_birthday and "birthDay" not in values:
            values["birthDay"] = derived_birthday
        # pydantic and the request models load after the first paint (with the client).
        from posapp.engage.models import ContactDraft, Preferences

        values["preferences"] = Preferences(
            acceptsEmail=self.consents["acceptsEmail"].isChecked(),
            acceptsSms=self.consents["acceptsSms"].isChecked(),
        )
        draft = ContactDraft.model_validate(values)
        return SignupRequest(draft=draft, key=self.key_attribute, contact_type=self.contact_type.id)

    @Slot()
    def submit(self) -> None:
        """Save if the form is valid and idle; otherwise show what is missing."""
        if self._busy:
            return
        if not self.is_valid():
            self._show_missing()
            return
        self.submit_requested.emit(self.build_request())

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.type_label.setText(field_labels.label("contactType"))
        self.type_picker.setAccessibleName(field_labels.plain_label("contactType"))
        self.type_picker.setAccessibleDescription(field_labels.description("contactType"))
        for index, contact_type in enumerate(self._settings.contact_types):
            self.type_picker.setItemText(index, contact_type.label_for(self._language))
        self.consent_box.setTitle(self.tr("The customer agrees to"))
        for name, box in self.consents.items():
            box.setText(field_labels.label(name))
            box.setAccessibleName(field_labels.plain_label(name))
            box.setAccessibleDescription(field_labels.description(name))
        self.submit_button.setText(self.tr("&Save member"))
        self.submit_button.setAccessibleName(self.tr("Save member"))
        self.submit_button.setToolTip(
            self.tr("Enter saves from any field when the form is complete"))
        for row in self.rows.values():
            row.retranslate()

    # -- rows ------------------------------------------------------------------------------

    def _field_order(self, contact_type: ContactTypeSettings) -> list[tuple[str, bool]]:
        """Key first, then country, then the other mandatory fields, then the optional."""
        ordered: list[tuple[str, bool]] = [(contact_type.key, True)]
        if "countryCode" in contact_type.fields:
            ordered.append(("countryCode", "countryCode" in contact_type.required))
        for name in contact_type.required:
            if name not in (contact_type.key, "countryCode") and name not in _NOT_FIELDS:
                ordered.append((name, True))
        for name in contact_type.optional:
            if name not in (contact_type.key, "countryCode") and name not in _NOT_FIELDS:
                ordered.append((name, False))
        return ordered

    def _context(self, region: str | None = None) -> FieldContext:
        country = self.rows.get("countryCode")
        return FieldContext(
            region=region or (country.raw_text() if country else "")
            or self._settings.store.country,
            allow_temporary_hetu=self._settings.demo,
        )

    def _build_rows(self, contact_type: ContactTypeSettings, carry_over: bool = True) -> None:
        kept = {name: row.raw_text() for name, row in self.rows.items()} if carry_over else {}
        for row in self.rows.values():
            row.dispose(self._grid)
        self.rows = {}
        self._rows_for = contact_type.id
        region = kept.get("countryCode") or self._settings.store.country
        context = self._context(region)
        previous: QWidget = self.type_picker
        for index, (name, required) in enumerate(self._field_order(contact_type)):
            row = FieldRow(name, required=required, context=context, language=self._language,
                           default_country=self._settings.store.country, parent=self._grid_host)
            grid_row = 2 + index * 2
            self._grid.addWidget(row.label, grid_row, 0, Qt.AlignmentFlag.AlignRight
                                 | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(row.editor, grid_row, 1)
            self._grid.addWidget(row.message, grid_row + 1, 1)
            for widget in (row.label, row.editor, row.message):
                widget.show()  # now, so that the key field can take the focus at once
            row.message.setMinimumHeight(row.message.fontMetrics().height() + 4)
            if kept.get(name):
                row.set_text(kept[name])
            row.changed.connect(self._on_row_changed)
            self.rows[name] = row
            QWidget.setTabOrder(previous, row.editor)
            previous = row.editor
        for box in self.consents.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.submit_button)
        self._update_submit()

    @Slot(int)
    def _on_type_changed(self, _index: int) -> None:
        self._build_rows(self.contact_type)
        if not self._type_steps.took_a_step():
            self.focus_key_field()

    @Slot()
    def _on_row_changed(self) -> None:
        row = self.sender()
        if isinstance(row, FieldRow):
            self._after_change(row)

    def _after_change(self, row: FieldRow) -> None:
        if row.attribute == "countryCode":
            context = self._context()
            for other in self.rows.values():
                if other.attribute == "mobilePhone":
                    other.set_context(context)
        if row.attribute == "socialSecurityNumber":
            self._derive_birthday(row)
        self._update_submit()
        self._refresh_missing_hint()

    def _derive_birthday(self, pin: FieldRow) -> None:
        birthday = self.rows.get("birthDay")
        if birthday is None:
            return
        derived = pin.result().derived.get("birthDay") if pin.result().ok else None
        if derived and (not birthday.raw_text() or birthday.holds_derived_value):
            birthday.set_text(derived, derived=True)
        elif not derived and birthday.holds_derived_value:
            birthday.clear(self._settings.store.country)

    def _update_submit(self) -> None:
        valid = self.is_valid()
        self.submit_button.setEnabled(valid and not self._busy)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _show_missing(self) -> None:
        first: FieldRow | None = None
        for row in self.rows.values():
            if not row.acceptable:
                row.reveal(missing=True)
                first = first or row
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_missing_hint(first)

    def _show_missing_hint(self, row: FieldRow) -> None:
        self._missing_hint = self.tr("Fill in {field} to save.").format(
            field=field_labels.plain_label(row.attribute))
        self.status_label.setText(self._missing_hint)

    def _refresh_missing_hint(self) -> None:
        """Once the field it names is filled in, the hint names the next one, or goes."""
        if not self._missing_hint or self.status_label.text() != self._missing_hint:
            self._missing_hint = ""  # another message has taken its place
            return
        first = next((row for row in self.rows.values() if not row.acceptable), None)
        if first is None:
            self._missing_hint = ""
            self.status_label.clear()
        else:
            self._show_missing_hint(first)

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field (line edits pass Return up to their parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
