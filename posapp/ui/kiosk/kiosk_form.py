"""The customer's short form: the club's key, name, e-mail, two offer boxes and Join.

Built from the first contact type of the configuration with the till's own FieldRow and
validators; what differs is the wording (for customers), the layout (one column, large,
touch) and Return, which moves to the next field instead of saving. The country is not
asked: it is the store's (see ``build_request``).

Signals:
    submit_requested(object): a SignupRequest, when Join is tapped on a valid form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.config import ContactTypeSettings, Settings
from posapp.engage.models import ContactDraft, Preferences
from posapp.ui.field_row import FieldRow
from posapp.ui.kiosk import kiosk_texts
from posapp.ui.kiosk.onscreen_keyboard import KIND_OF_ATTRIBUTE, KeyboardKind
from posapp.ui.restyle import set_style_property
from posapp.ui.signup_form import CONSENTS, SignupRequest
from posapp.validation import FieldContext, FieldState

# Attributes the kiosk fills in itself rather than asking.
NOT_ASKED = frozenset({"countryCode", "lang", "acceptsEmail", "acceptsSms", "acceptsPostal"})


def kiosk_fields(contact_type: ContactTypeSettings, unapproved: bool) -> list[tuple[str, bool]]:
    """(attribute, required) in form order: key, names, e-mail, other mandatory fields.

    E-mail is mandatory when contacts are created unapproved: the customer confirms the
    membership through the link Engage e-mails them, so without an address it never counts.
    """
    names: list[str] = [contact_type.key]
    for name in ("firstName", "lastName", "email", *contact_type.required):
        if name not in names and name not in NOT_ASKED:
            names.append(name)
    required = set(contact_type.required)
    if unapproved:
        required.add("email")
    return [(name, name in required) for name in names]


class KioskForm(QWidget):
    """Large, single-column, validated as typed; Join shows what is missing."""

    submit_requested = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskForm")
        self._settings = settings
        self._type = settings.contact_types[0]
        self._language: str = settings.store.language
        self._busy = False
        self._join_tried = False
        context = FieldContext(region=settings.store.country,
                               allow_temporary_hetu=settings.demo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.rows: dict[str, FieldRow] = {}
        for name, required in kiosk_fields(self._type, settings.kiosk.create_as_unapproved):
            row = FieldRow(name, required=required, context=context,
                           language=self._language, default_country=settings.store.country,
                           parent=self)
            row.label.setProperty("role", "fieldLabel")
            editor = row.editor
            if isinstance(editor, QLineEdit):
                editor.setClearButtonEnabled(False)  # a 16-px target; the keyboard deletes
                editor.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
                editor.editingFinished.connect(self._on_row_left)
            row.changed.connect(self._on_row_changed)
            layout.addWidget(row.label)
            layout.addSpacing(6)
            layout.addWidget(editor)
            layout.addWidget(row.message)  # one line's room: kiosk_style.py
            layout.addSpacing(6)
            self.rows[name] = row

        self.consent_title = QLabel(self)
        self.consent_title.setObjectName("consentTitle")
        self.consent_title.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(self.consent_title)
        layout.addSpacing(4)
        self.consents: dict[str, QCheckBox] = {}
        for name in CONSENTS:
            box = QCheckBox(self)
            box.setObjectName(name)
            box.setChecked(False)
            layout.addWidget(box)
            self.consents[name] = box
        self.terms = QLabel(self)
        self.terms.setObjectName("terms")
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.PlainText)
        layout.addSpacing(14)
        layout.addWidget(self.terms)
        layout.addSpacing(18)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(8)
        self.busy_bar.setVisible(False)
        layout.addWidget(self.busy_bar)
        self.join_button = QPushButton(self)
        self.join_button.setObjectName("join")
        self.join_button.setProperty("role", "join")
        self.join_button.setAutoDefault(False)
        self.join_button.clicked.connect(self.submit)
        layout.addWidget(self.join_button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("formStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setVisible(False)
        layout.addSpacing(4)
        layout.addWidget(self.status_label)

        previous: QWidget | None = None
        for widget in (*(row.editor for row in self.rows.values()),
                       *self.consents.values(), self.join_button):
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        self.retranslate()

    # -- public ----------------------------------------------------------------------------

    @property
    def contact_type(self) -> ContactTypeSettings:
        """The contact type every kiosk signup gets (the first one configured)."""
        return self._type

    def key_editor(self) -> QWidget:
        """The key field's editor, where the focus belongs at start."""
        return self.rows[self._type.key].editor

    def focus_key_field(self) -> None:
        """Put the focus in the key field."""
        self.key_editor().setFocus(Qt.FocusReason.OtherFocusReason)

    def line_editors(self) -> list[QLineEdit]:
        """The text fields, in order."""
        return [row.editor for row in self.rows.values() if isinstance(row.editor, QLineEdit)]

    def keyboard_kind(self, editor: QWidget) -> KeyboardKind:
        """The on-screen key set that suits ``editor``."""
        return KIND_OF_ATTRIBUTE.get(editor.objectName(), KeyboardKind.TEXT)

    def is_pristine(self) -> bool:
        """Nothing typed and nothing ticked: there is nothing to protect."""
        return (all(not row.raw_text() for row in self.rows.values())
                and not any(box.isChecked() for box in self.consents.values()))

    def is_valid(self) -> bool:
        """Every field valid, or empty where optional."""
        return all(row.acceptable for row in self.rows.values())

    def set_language(self, language: str) -> None:
        """The customer's language (sent as ``lang`` where the contact type has it)."""
        self._language = language

    def set_busy(self, busy: bool) -> None:
        """Freeze the form while the signup is sent, keeping everything typed."""
        self._busy = busy
        for row in self.rows.values():
            row.set_read_only(busy)
        for box in self.consents.values():
            box.setEnabled(not busy)
        self.join_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.join_button.setText(self.tr("Signing you up…") if busy else self.tr("Join"))
        if not busy:
            self.set_status("")

    def set_status(self, text: str) -> None:
        """One line under Join (e.g. "still working on it"); hidden when empty."""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def reset(self) -> None:
        """Empty every field (undo history included) and untick the boxes."""
        self._join_tried = False
        self.set_busy(False)
        for row in self.rows.values():
            row.clear(self._settings.store.country)  # setText(""): no undo history left
        for box in self.consents.values():
            box.setChecked(False)
        self._language = self._settings.store.language
        self.set_status("")
        for row in self.rows.values():
            self._polish(row)

    def mark_errors(self, fields: dict[str, str]) -> list[str]:
        """Mark fields the club's system refused; returns the names not on the form."""
        unplaced: list[str] = []
        first: FieldRow | None = None
        for name in fields:
            row = self.rows.get(name)
            if row is None:
                unplaced.append(name)
                continue
            row.set_server_error(kiosk_texts.check_this())
            first = first or row
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def build_request(self) -> SignupRequest:
        """The signup for what is typed now (the form must be valid).

        countryCode is the store's: asking every customer to pick from 250 countries on a
        touch screen costs more than it gives, phone numbers with + are read correctly
        anyway, and staff correct the rare exception at the till (Find member).
        """
        fields = self._type.fields
        values: dict[str, object] = {"contactType": self._type.id}
        for name, row in self.rows.items():
            value = row.value()
            if value:
                values[name] = value
            born = row.result().derived.get("birthDay")
            if born and "birthDay" in fields and "birthDay" not in values:
                values["birthDay"] = born
        if "countryCode" in fields:
            values["countryCode"] = self._settings.store.country
        if "lang" in fields:
            values["lang"] = self._language
        values["preferences"] = Preferences(
            acceptsEmail=self.consents["acceptsEmail"].isChecked(),
            acceptsSms=self.consents["acceptsSms"].isChecked(),
        )
        return SignupRequest(draft=ContactDraft.model_validate(values), key=self._type.key,
                             contact_type=self._type.id)

    @Slot()
    def submit(self) -> None:
        """Join: send when valid, otherwise show what to fill in and go there."""
        if self._busy:
            return
        self._join_tried = True
        if self.is_valid():
            self.set_status("")
            self.submit_requested.emit(self.build_request())
            return
        first: FieldRow | None = None
        for row in self.rows.values():
            if not row.acceptable:
                row.reveal()
                self._polish(row)
                first = first or row
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self.set_status(self.tr("Please check the marked fields."))

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        for name, row in self.rows.items():
            row.set_description(kiosk_texts.field_description(name))
            row.retranslate()
            row.label.setText(kiosk_texts.field_label(name, required=row.required))
            self._polish(row)
        self.consent_title.setText(kiosk_texts.consents_title())
        for name, box in self.consents.items():
            box.setText(kiosk_texts.field_label(name, required=True))
            box.setAccessibleName(kiosk_texts.field_label(name, required=True))
            box.setAccessibleDescription(kiosk_texts.field_description(name))
        self.terms.setText(kiosk_texts.terms())
        self.join_button.setText(self.tr("Signing you up…") if self._busy else self.tr("Join"))
        self.join_button.setAccessibleName(self.tr("Join the club"))

    # -- rows ------------------------------------------------------------------------------

    def _polish(self, row: FieldRow) -> None:
        """Customer wording for an empty mandatory field: nothing until Join was tapped."""
        if row.result().state is not FieldState.EMPTY or not row.required:
            return
        text = kiosk_texts.fill_in() if self._join_tried else ""
        row.message.setText(("✕ " + text) if text else "")
        row.message.setAccessibleName(text)
        if text:  # drawn as an error, like any other field the customer must fix
            for widget in (row.editor, row.message):
                set_style_property(widget, "validation", "invalid")

    @Slot()
    def _on_row_changed(self) -> None:
        row = self.sender()
        if isinstance(row, FieldRow):
            self._polish(row)

    @Slot()
    def _on_row_left(self) -> None:
        editor = self.sender()
        for row in self.rows.values():
            if row.editor is editor:
                self._polish(row)

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return: the next field; after the last field, Join; on Join, join."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        event.accept()
        focus = self.focusWidget()
        if focus is self.join_button:
            self.submit()
            return
        editors = self.line_editors()
        if focus in editors:
            index = editors.index(focus)
            following = editors[index + 1] if index + 1 < len(editors) else self.join_button
            following.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.focusNextChild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
