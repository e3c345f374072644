"""Find a member by one key and correct their countryCode (and lang).

Staff type one key (phone, personal identity number, e-mail or member number), validated
with the signup form's rules; posapp asks ``GET /api/v3/contacts/id`` then
``GET /api/v3/contacts/{id}`` (never a list). Save (Ctrl+S) sends a PATCH with only the
attributes that changed. Requests run on the shared RequestRunner; this page only renders.

Signals:
    search_requested(str, str): key attribute and normalised value.
    save_requested(str, dict): contact id and the PATCH body (only what changed).
    sign_up_requested(str, str): key attribute and the text typed, for the signup form.
    back_requested(): return to the signup form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.config import Settings
from posapp.form.attributes import ATTRIBUTES, Part
from posapp.form.attributes import attribute as attribute_row
from posapp.form.consents import ConsentAnswer
from posapp.form.field import FormField
from posapp.form.member_model import MemberModel
from posapp.form.signup_model import Screen
from posapp.i18n import LANGUAGE_NAMES, LANGUAGES
from posapp.masking import mask_value
from posapp.ui import field_labels
from posapp.ui.combo_steps import StepWatch
from posapp.ui.consent_box import ConsentBox
from posapp.ui.country_picker import CountryPicker
from posapp.ui.dates import show_date
from posapp.ui.field_row import FieldRow, field_row
from posapp.ui.key_map import Action, View, Where, action_for
from posapp.ui.restyle import set_style_property
from posapp.validation import FieldContext

if TYPE_CHECKING:
    from posapp.engage.models import Contact

# Engage's key attributes (``KeyField``), in the order staff reach for them.
SEARCH_KEYS = ("mobilePhone", "socialSecurityNumber", "email", "externalId")


class FindMemberPage(QWidget):
    """Search box, then who was found with countryCode and lang pickers and Save."""

    search_requested = Signal(str, str)
    save_requested = Signal(str, dict)
    sign_up_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findMemberPage")
        self._settings = settings
        self._language = settings.store.language
        self._busy = False
        self.contact: Contact | None = None
        self._member_note = ""  # what show_member said ("Saved…"), while it still holds
        self._saving = False  # the request running (or last run) is a save, not a search

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.key_kind_label = QLabel(self)
        self.key_kind = QComboBox(self)
        self.key_kind.setObjectName("searchKey")
        for attribute in SEARCH_KEYS:
            self.key_kind.addItem(field_labels.plain_label(attribute), attribute)
        self.key_kind_label.setBuddy(self.key_kind)
        self.key_kind.setCurrentIndex(
            max(0, self.key_kind.findData(settings.contact_types[0].key)))
        self.key_kind.currentIndexChanged.connect(self._on_kind_changed)
        self._kind_steps = StepWatch(self.key_kind)

        self._search_host = QWidget(self)
        self._search_layout = QVBoxLayout(self._search_host)
        self._search_layout.setContentsMargins(0, 0, 0, 0)
        self._search_layout.setSpacing(2)
        self.search_row: FieldRow | None = None
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("search")
        self.search_button.setProperty("role", "primary")
        self.search_button.clicked.connect(self.search)

        self.outcome = QLabel(self)
        self.outcome.setObjectName("searchOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.sign_up_button = QPushButton(self)
        self.sign_up_button.setObjectName("signUpInstead")
        self.sign_up_button.setVisible(False)
        self.sign_up_button.clicked.connect(self._on_sign_up)

        self.member_box = QWidget(self)
        self.member_box.setObjectName("memberDetails")
        self.member_name = QLabel(self.member_box)
        self.member_name.setObjectName("memberName")
        self.member_facts = QLabel(self.member_box)
        self.member_facts.setObjectName("memberFacts")
        self.member_facts.setWordWrap(True)
        self.country_label = QLabel(self.member_box)
        self.country_picker = CountryPicker(self._language, settings.store.country,
                                            self.member_box)
        self.country_picker.setObjectName("countryCode")
        self.country_label.setBuddy(self.country_picker)
        self.lang_label = QLabel(self.member_box)
        self.lang_picker = QComboBox(self.member_box)
        self.lang_picker.setObjectName("lang")
        self.lang_picker.addItem(self.tr("(not set)"), None)
        for code in LANGUAGES:  # by its own name, and the code Engage stores
            self.lang_picker.addItem(f"{LANGUAGE_NAMES[code]} ({code})", code)
        self.lang_label.setBuddy(self.lang_picker)
        self.save_button = QPushButton(self.member_box)
        self.save_button.setObjectName("save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.country_picker.code_changed.connect(self._on_country_changed)
        self.lang_picker.currentIndexChanged.connect(self._on_lang_changed)
        # The customer's own choices: the offers, and the tenant's consents.
        self.member: MemberModel | None = None
        self.offers_label = QLabel(self.member_box)
        offers = QHBoxLayout()
        offers.setSpacing(24)
        self.preference_boxes: dict[str, QCheckBox] = {}
        for name, spec in ATTRIBUTES.items():
            if spec.part is Part.PREFERENCE:
                box = QCheckBox(self.member_box)
                box.setObjectName(name)
                box.toggled.connect(self._on_preference_toggled)
                offers.addWidget(box)
                self.preference_boxes[name] = box
        offers.addStretch(1)
        self.consents_label = QLabel(self.member_box)
        consents = QVBoxLayout()
        consents.setSpacing(6)
        self.consent_boxes: dict[str, ConsentBox] = {}
        for consent in settings.consents:
            box_row = ConsentBox(ConsentAnswer(consent), Screen.TILL, self._language,
                                 self.member_box)
            box_row.answered.connect(self._on_consent_answered)
            consents.addWidget(box_row)
            self.consent_boxes[consent.id] = box_row
        details = QFormLayout()
        details.addRow(self.country_label, self.country_picker)
        details.addRow(self.lang_label, self.lang_picker)
        details.addRow(self.offers_label, offers)
        if self.consent_boxes:
            details.addRow(self.consents_label, consents)
        else:
            self.consents_label.hide()
        member_layout = QVBoxLayout(self.member_box)
        member_layout.setContentsMargins(0, 8, 0, 0)
        member_layout.addWidget(self.member_name)
        member_layout.addWidget(self.member_facts)
        member_layout.addLayout(details)
        # What the last save did ("✓ Saved…", "Saving…"): a status beside the button that
        # made it, in a row as tall as that button, so its words never move the page.
        self.save_status = QLabel(self.member_box)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setProperty("role", "status")
        self.save_status.setWordWrap(True)
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_status, 1)
        save_row.addWidget(self.save_button)
        member_layout.addLayout(save_row)
        self.member_box.setVisible(False)

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToSignup")
        self.back_button.clicked.connect(self.back_requested)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.key_kind_label)
        kind_row.addWidget(self.key_kind, 1)
        search_row = QHBoxLayout()
        search_row.addWidget(self._search_host, 1)
        search_row.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignTop)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        outcome_row.addWidget(self.sign_up_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(kind_row)
        layout.addLayout(search_row)
        layout.addLayout(outcome_row)
        layout.addWidget(self.member_box)
        layout.addStretch(1)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        layout.addLayout(back_row)

        self._build_search_row()
        self.retranslate()

    # -- search ----------------------------------------------------------------------------

    @property
    def key_attribute(self) -> str:
        """The key being searched by."""
        return str(self.key_kind.currentData())

    def _context(self) -> FieldContext:
        return FieldContext(region=self._settings.store.country,
                            allow_temporary_hetu=self._settings.demo)

    def _build_search_row(self, text: str = "") -> None:
        if self.search_row is not None:
            self.search_row.dispose(self._search_layout)
        # Not marked Required before a search is asked for (arriving here, or through the
        # 409 dialog's Open member, is not a mistake); search() marks it when empty.
        field = FormField(attribute_row(self.key_attribute), required=False)
        field.set_text(text, self._context())
        row = field_row(field, screen=Screen.TILL, language=self._language,
                        parent=self._search_host)
        row.label.setVisible(False)
        self._search_layout.addWidget(row.editor)
        self._search_layout.addWidget(row.message)
        row.editor.show()  # now, not at the next event loop pass: it takes the focus next
        row.message.show()
        row.edited.connect(self._on_search_edited)
        self.search_row = row
        QWidget.setTabOrder(self.key_kind, row.editor)
        QWidget.setTabOrder(row.editor, self.search_button)
        self._update_buttons()

    @Slot(str)
    def _on_search_edited(self, text: str) -> None:
        row = self.search_row
        if row is None:
            return
        row.field.set_text(text, self._context())
        row.render(typing=True)
        row.after_edit()
        self._update_buttons()

    @Slot(int)
    def _on_kind_changed(self, _index: int) -> None:
        self._build_search_row()
        if not self._kind_steps.took_a_step():
            self.focus_search()

    def focus_search(self) -> None:
        """Put the focus in the search field."""
        if self.search_row is not None:
            self.search_row.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def start(self, attribute: str | None = None, text: str = "") -> None:
        """Open the page fresh, optionally with a key preloaded."""
        self.show_nothing()
        if attribute and attribute in SEARCH_KEYS:
            self.key_kind.blockSignals(True)
            self.key_kind.setCurrentIndex(self.key_kind.findData(attribute))
            self.key_kind.blockSignals(False)
        self._build_search_row(text)
        self.focus_search()

    @Slot()
    def search(self) -> None:
        """Ask for the member with the typed key (when valid and idle)."""
        row = self.search_row
        if self._busy or row is None:
            return
        value = row.field.value
        if not value:
            row.field.required = True
            row.reveal()
            self.focus_search()
            return
        self._saving = False
        self.search_requested.emit(self.key_attribute, value)

    # -- results ---------------------------------------------------------------------------

    def show_nothing(self) -> None:
        """Forget the last member shown."""
        self.contact = None
        self.member_box.setVisible(False)
        self.outcome.clear()
        self.sign_up_button.setVisible(False)
        self._update_buttons()

    def show_member(self, contact: Contact, note: str = "") -> None:
        """Show who was found (or what Engage holds after a save)."""
        self.contact = contact
        self.sign_up_button.setVisible(False)
        self.outcome.clear()
        self.member_name.setText(contact.display_name or self.tr("(no name stored)"))
        self.member_facts.setText(self._facts(contact))
        self.member = None  # the pickers below are set, not edited
        self.country_picker.set_code(contact.attribute("countryCode") or "")
        if not contact.attribute("countryCode"):
            self.country_picker.setCurrentIndex(-1)
        self.lang_picker.setCurrentIndex(max(0, self.lang_picker.findData(
            contact.attribute("lang"))))
        member = MemberModel(self._settings, contact.attributes, contact.preferences,
                             contact.consents, contact.meta.get("contactType"))
        for name, box in self.preference_boxes.items():
            box.blockSignals(True)
            box.setChecked(member.preferences.get(name, False))
            box.blockSignals(False)
            box.setVisible(name in member.preferences)
        for consent_id, consent in self.consent_boxes.items():
            consent.bind(member.consents[consent_id])
        self.member = member
        self._show_saved(note)  # after the pickers: their change signals are done
        self._member_note = note
        self.member_box.setVisible(True)
        self._update_buttons()
        self.country_picker.focus_with_all_selected()

    def _searched(self) -> tuple[str, str]:
        """What was searched for, in the cashier's words: the field's name and the text."""
        row = self.search_row
        text = ""
        if row is not None:
            text = row.field.result.display or row.field.text.strip()
        return field_labels.plain_label(self.key_attribute), text

    def show_not_found(self) -> None:
        """No member has the key: offer to sign the customer up instead."""
        self.show_nothing()
        name, text = self._searched()
        self.outcome.setText(self.tr("No member found with {field} {value}.").format(
            field=name.lower(), value=text))
        self.sign_up_button.setVisible(True)
        self._update_buttons()
        self.sign_up_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_multiple(self, count: int) -> None:
        """Several members share the key: never list them, ask for a more specific one."""
        self.show_nothing()
        name, text = self._searched()
        self.outcome.setText(self.tr(
            "%n members have {field} {value}. Search by something only one of them has, "
            "such as the personal identity number.", "", count).format(
                field=name.lower(), value=text))
        self.focus_search()

    def _show_saved(self, note: str) -> None:
        """The save's status beside Save changes ("" clears it)."""
        self.save_status.setText(("✓ " + note) if note else "")
        set_style_property(self.save_status, "state", "done" if note else "")

    def mark_search_invalid(self, message: str) -> None:
        """Engage refused the key (400): mark the field."""
        self.show_nothing()
        row = self.search_row
        if row is not None:
            row.field.refusal = message
            row.render()
        self.focus_search()

    def _facts(self, contact: Contact) -> str:
        lines = []
        for attribute in SEARCH_KEYS:
            value = contact.attribute(attribute)
            if value:
                lines.append(f"{field_labels.plain_label(attribute)}: "
                             f"{mask_value(attribute, value)}")
        if contact.member_number:
            lines.append(self.tr("Member number: {number}").format(number=contact.member_number))
        since = contact.meta.get("createdOn") or contact.meta.get("created")
        if since:
            lines.append(self.tr("Member since: {date}").format(date=show_date(str(since))))
        return "\n".join(lines)

    # -- saving ----------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """What the staff changed (the PATCH body); never a blank or an unchanged value."""
        return self.member.changes() if self.member is not None else {}

    @Slot(str)
    def _on_country_changed(self, code: str) -> None:
        if self.member is not None:
            self.member.set_value("countryCode", code)
        self._update_buttons()

    @Slot(int)
    def _on_lang_changed(self, _index: int) -> None:
        if self.member is not None:
            data = self.lang_picker.currentData()
            self.member.set_value("lang", str(data) if data else "")
        self._update_buttons()

    @Slot(bool)
    def _on_preference_toggled(self, checked: bool) -> None:
        box = self.sender()
        if self.member is not None and isinstance(box, QCheckBox):
            self.member.set_preference(box.objectName(), checked)
        self._update_buttons()

    @Slot(str, bool)
    def _on_consent_answered(self, consent_id: str, value: bool) -> None:
        if self.member is not None:
            self.member.answer_consent(consent_id, value)
        self._update_buttons()

    @Slot()
    def save(self) -> None:
        """Send the changes (Ctrl+S)."""
        changes = self.changes()
        if self._busy or self.contact is None or not changes:
            return
        self._saving = True
        self._member_note = ""
        self.save_requested.emit(self.contact.id, changes)

    def set_busy(self, busy: bool) -> None:
        """Freeze the page while a request runs."""
        self._busy = busy
        for widget in (self.key_kind, self.country_picker, self.lang_picker,
                       *self.preference_boxes.values(),
                       *(consent.box for consent in self.consent_boxes.values())):
            widget.setEnabled(not busy)
        if self.search_row is not None:
            self.search_row.set_read_only(busy)
        if busy and self._saving:
            self._show_saved("")
            self.save_status.setText(self.tr("Saving…"))
        elif busy:
            self.outcome.setText(self.tr("Asking Engage…"))
        elif self._saving and not self._member_note:
            self.save_status.clear()  # the save failed: its dialog says why
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        if self._member_note and self.save_status.text() and self.changes():
            self._show_saved("")  # "Saved" no longer holds once the staff change it again
        row = self.search_row
        self.search_button.setEnabled(not self._busy and row is not None
                                      and row.field.acceptable and bool(row.field.value))
        self.save_button.setEnabled(not self._busy and bool(self.changes()))
        # One primary action per view: Search until someone is shown, then Save changes;
        # Sign up instead when nobody has the key.
        found = self.member_box.isVisibleTo(self)
        not_found = self.sign_up_button.isVisibleTo(self)
        set_style_property(self.search_button, "role",
                           "" if found or not_found else "primary")
        set_style_property(self.sign_up_button, "role", "primary" if not_found else "")

    @Slot()
    def _on_sign_up(self) -> None:
        if self.search_row is not None:
            self.sign_up_requested.emit(self.key_attribute, self.search_row.field.text)

    # -- keyboard and language -------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """What a key does here is in ``key_map.py``: Enter searches from the search
        field, saves from the member's fields and presses a focused button; Escape goes
        back to the signup form."""
        focus = QApplication.focusWidget()
        action = action_for(View.FIND_MEMBER, event, self._where(focus))
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if action is Action.PRESS and isinstance(focus, QPushButton):
            focus.animateClick()
        elif action is Action.SEARCH:
            self.search()
        elif action is Action.SAVE_CHANGES:
            self.save()
        elif action is Action.BACK:
            self.back_requested.emit()

    def _where(self, focus: QWidget | None) -> Where:
        if isinstance(focus, QPushButton):
            return Where.BUTTON
        if self.search_row is not None and focus is self.search_row.editor:
            return Where.SEARCH_FIELD
        if (focus is not None and self.member_box.isVisible()
                and self.member_box.isAncestorOf(focus)):
            return Where.MEMBER_FIELDS
        return Where.ANYWHERE

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.title.setText(self.tr("Find member"))
        self.key_kind_label.setText(self.tr("Search &by"))
        self.key_kind.setAccessibleName(self.tr("Search by"))
        self.key_kind.setAccessibleDescription(self.tr(
            "Which key to search by: mobile number, personal identity number, e-mail or "
            "member number"))
        for index in range(self.key_kind.count()):
            self.key_kind.setItemText(index, field_labels.plain_label(
                str(self.key_kind.itemData(index))))
        self.search_button.setText(self.tr("&Search"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.sign_up_button.setText(self.tr("Sign &up instead"))
        self.sign_up_button.setAccessibleName(self.tr("Sign up instead"))
        self.country_label.setText(field_labels.label("countryCode"))
        self.country_picker.setAccessibleName(field_labels.plain_label("countryCode"))
        self.country_picker.setAccessibleDescription(field_labels.description("countryCode"))
        self.lang_label.setText(field_labels.label("lang"))
        self.lang_picker.setAccessibleName(field_labels.plain_label("lang"))
        self.lang_picker.setAccessibleDescription(field_labels.description("lang"))
        self.offers_label.setText(self.tr("Offers"))
        self.consents_label.setText(self.tr("Consents"))
        for name, box in self.preference_boxes.items():
            # Without the signup form's Alt+letters: they would clash with this page's.
            box.setText(field_labels.plain_label(name).replace("&", "&&"))
            box.setAccessibleName(field_labels.plain_label(name))
            box.setAccessibleDescription(self.tr(
                "Untick to stop the offers; the change is saved with Save changes"))
        for consent in self.consent_boxes.values():
            consent.retranslate(self._language)
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.back_button.setText(self.tr("← Back to signup"))
        self.back_button.setAccessibleName(self.tr("Back to signup"))
        if self.search_row is not None:
            self.search_row.retranslate()
            self.search_row.editor.setAccessibleName(self.tr("Key to search for"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
