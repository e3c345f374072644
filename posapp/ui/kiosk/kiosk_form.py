"""The customer's short form: the club's key, name, e-mail, the offer boxes and Join.

Renders the signup model (``posapp/form/signup_model.py``) for the kiosk: the same rules
and the same request as the till's form, with what the kiosk asks (``Screen.KIOSK``: the
first contact type's key, names, e-mail and other mandatory fields; the country is the
store's and the language the customer's), the customers' wording, one large touch column,
and Return, which moves to the next field instead of saving.

Signals:
    submit_requested(object): a SignupRequest, when Join is tapped on a valid form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.config import ContactTypeSettings, Settings
from posapp.form.attributes import Keyboard, attribute
from posapp.form.field import FormField
from posapp.form.signup_model import Screen
from posapp.ui.key_map import Action, View, action_for
from posapp.ui.kiosk import kiosk_texts
from posapp.ui.model_form import ModelForm


class KioskForm(ModelForm):
    """Large, single-column, validated as typed; Join shows what is missing.

    Signals:
        terms_requested(object): the ConsentSettings whose full terms the customer asked for.
    """

    terms_requested = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, Screen.KIOSK, parent)
        self.setObjectName("kioskForm")
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for entry in self.model.asked():
            row = self._make_row(entry, self)
            row.label.setProperty("role", "fieldLabel")
            editor = row.editor
            if isinstance(editor, QLineEdit):
                editor.setClearButtonEnabled(False)  # a 16-px target; the keyboard deletes
                editor.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            layout.addWidget(row.label)
            layout.addSpacing(6)
            layout.addWidget(editor)
            layout.addWidget(row.message)  # one line's room: kiosk_style.py
            layout.addSpacing(6)

        self.consent_title = QLabel(self)
        self.consent_title.setObjectName("consentTitle")
        self.consent_title.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(self.consent_title)
        layout.addSpacing(4)
        for name in self.model.preferences:
            layout.addWidget(self._make_box(name, self))
        # The tenant's consents, each with its full terms a tap away.
        self.terms_buttons: dict[str, QPushButton] = {}
        for consent in self._make_consent_boxes(self):
            layout.addSpacing(10)
            layout.addWidget(consent)
            if consent.answer.setting.terms:
                button = QPushButton(self)
                button.setObjectName(f"terms_{consent.consent_id}")
                button.setProperty("role", "link")
                button.clicked.connect(self._on_terms_clicked)
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.terms_buttons[consent.consent_id] = button
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
        consents: list[QWidget] = []
        for consent_id, consent in self.consent_boxes.items():
            consents.append(consent.box)
            if consent_id in self.terms_buttons:
                consents.append(self.terms_buttons[consent_id])
        for widget in (*(row.editor for row in self.rows.values()),
                       *self.consents.values(), *consents, self.join_button):
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        self.retranslate()

    # -- public ----------------------------------------------------------------------------

    @property
    def contact_type(self) -> ContactTypeSettings:
        """The contact type every kiosk signup gets (the first one configured)."""
        return self.model.contact_type

    def key_editor(self) -> QWidget:
        """The key field's editor, where the focus belongs at start."""
        return self.rows[self.model.key].editor

    def focus_key_field(self) -> None:
        """Put the focus in the key field."""
        self.key_editor().setFocus(Qt.FocusReason.OtherFocusReason)

    def line_editors(self) -> list[QLineEdit]:
        """The text fields, in order."""
        return [row.editor for row in self.rows.values() if isinstance(row.editor, QLineEdit)]

    def keyboard_kind(self, editor: QWidget) -> Keyboard:
        """The on-screen key set that suits ``editor`` (the attribute table says which)."""
        return attribute(editor.objectName()).keyboard

    def set_language(self, language: str) -> None:
        """The customer's language: the consents' texts, and ``lang`` where the contact
        type has it."""
        self._language = language
        self.model.set_language(language)
        for consent in self.consent_boxes.values():
            consent.retranslate(language)

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
        self.set_busy(False)
        self.model.reset()
        self._show_fields()
        self.set_status("")

    @Slot()
    def submit(self) -> None:
        """Join: send when valid, otherwise show what to fill in and go there."""
        if self._busy:
            return
        for row in self.rows.values():
            row.reveal()  # from now on an empty mandatory field says so
        self._reveal_consents()
        if self.model.complete:
            self.set_status("")
            self.submit_requested.emit(self.model.request())
            return
        self._go_to_first_gap()

    def _go_to_first_gap(self) -> None:
        first = self.model.first_gap()
        if first is not None:
            self.rows[first[0].name].editor.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not self._focus_first_missing_consent():
            return
        self.set_status(self.tr("Please check the marked fields."))

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        for row in self.rows.values():
            row.retranslate()
        self.consent_title.setText(kiosk_texts.consents_title())
        for name, box in self.consents.items():
            box.setText(kiosk_texts.field_label(name, required=True))
            box.setAccessibleName(kiosk_texts.field_label(name, required=True))
            box.setAccessibleDescription(kiosk_texts.field_description(name))
        # Without consents to tick, joining is what accepts the terms; with them, the
        # boxes say what the customer agrees to and this is only how their data is kept.
        self.terms.setText(kiosk_texts.privacy() if self.consent_boxes else kiosk_texts.terms())
        for button in self.terms_buttons.values():
            button.setText(self.tr("Read the terms"))
            button.setAccessibleName(self.tr("Read the full terms"))
        self.join_button.setText(self.tr("Signing you up…") if self._busy else self.tr("Join"))
        self.join_button.setAccessibleName(self.tr("Join the club"))

    @Slot()
    def _on_terms_clicked(self) -> None:
        button = self.sender()
        for consent_id, known in self.terms_buttons.items():
            if known is button:
                self.terms_requested.emit(self.consent_boxes[consent_id].answer.setting)

    # -- rows ------------------------------------------------------------------------------

    def _row_of(self, editor: QWidget | None) -> FormField | None:
        return next((row.field for row in self.rows.values() if row.editor is editor), None)

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """What a key does here is in ``key_map.py``: Return (the on-screen keyboard's
        Next) goes on, see ``next_field``."""
        action = action_for(View.KIOSK_FORM, event)
        if action is Action.NEXT_FIELD:
            event.accept()
            self.next_field()
            return
        if action is Action.ACCEPT_SUGGESTION and self.accept_focused_suggestion():
            event.accept()
            return
        super().keyPressEvent(event)

    def next_field(self) -> None:
        """Next: on Join, join; else the next field, saying so under the field left when
        it still needs filling in or correcting; after the last field, Join, or the first
        field still missing (never Join with an error out of sight)."""
        focus = self.focusWidget()
        if focus is self.join_button:
            self.submit()
            return
        entry = self._row_of(focus)
        if entry is None:
            self.focusNextChild()
            return
        if entry.gap is not None:
            self.rows[entry.name].reveal()
        following = self.model.next_after(entry.name)
        if following is not None:
            self.rows[following.name].editor.setFocus(Qt.FocusReason.TabFocusReason)
        elif self.model.complete:
            self.join_button.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            for row in self.rows.values():
                row.reveal()
            self._go_to_first_gap()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
