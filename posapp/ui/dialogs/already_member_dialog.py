""""Already a member": the existing member, and what to do about it.

Shown when Engage answers ApprovedContactWithKeyExists (409), or before any create when a
member was found holding an identifier typed on the form (the e-mail, say: one member per
person). It shows who the member is. "Save the ticked boxes" saves the offers and consents
the customer just gave to that member, in one PATCH (``apply_requested``): the customer is
standing there. "Open member" shows the member in the staff view
(``open_member_requested``); "Back to form" keeps the form as typed.

Signals:
    open_member_requested(object): the existing Contact (or its id as str).
    apply_requested(str): the member's id, to save the ticked boxes to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from posapp.engage.errors import AlreadyMember
from posapp.masking import mask_value
from posapp.ui import field_labels
from posapp.ui.enter_guard import EnterGuard
from posapp.ui.translations import ui_language
from posapp.validation import country_name

if TYPE_CHECKING:
    from posapp.engage.models import Contact


class AlreadyMemberDialog(QDialog):
    """Tells the cashier the customer is a member already; never creates anything."""

    open_member_requested = Signal(object)
    apply_requested = Signal(str)

    def __init__(self, error: AlreadyMember, existing: Contact | None, key: str,
                 parent: QWidget | None = None, *, can_apply: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("alreadyMemberDialog")
        self.error = error
        self.existing = existing
        self.setWindowTitle(self.tr("Already a member"))
        self.setModal(True)
        title = QLabel(self.tr("Already a member"), self)
        title.setObjectName("dialogTitle")
        if error.found_by:
            intro_text = self.tr("This customer is already a member: Engage holds their "
                                 "{field}. Nothing new was saved.").format(
                field=field_labels.plain_label(error.found_by).lower())
        else:
            intro_text = self.tr("This customer is already a member. Nothing new was saved.")
        self.intro = intro = QLabel(intro_text, self)
        intro.setWordWrap(True)
        self.member = QLabel(self._describe(existing, key), self)
        self.member.setObjectName("existingMember")
        self.member.setWordWrap(True)
        self.member.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.support = QLabel(self._support_line(existing), self)
        self.support.setObjectName("existingMemberId")
        self.support.setProperty("role", "secondary")
        self.support.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        contact_id = existing.id if existing is not None else error.existing_id
        self.apply_button = buttons.addButton(self.tr("&Save the ticked boxes to this member"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.setObjectName("applyTicked")
        self.apply_button.setVisible(can_apply and bool(contact_id))
        self.apply_button.clicked.connect(lambda: self._apply(contact_id))
        self.open_button = buttons.addButton(self.tr("&Open member"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openMember")
        self.open_button.setEnabled(existing is not None or bool(error.existing_id))
        back = buttons.addButton(self.tr("&Back to form"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("backToForm")
        (self.apply_button if self.apply_button.isVisibleTo(self)
         else self.open_button).setDefault(self.open_button.isEnabled())
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.member)
        layout.addWidget(self.support)
        layout.addWidget(buttons)
        self.setAccessibleName(self.tr("Already a member"))
        self.setAccessibleDescription(intro.text() + " " + self.member.text())
        self.setMinimumWidth(440)
        EnterGuard(self)  # not the Enter that saved: posapp/ui/enter_guard.py

    def _describe(self, existing: Contact | None, key: str) -> str:
        """Who the member is, in the counter's words: name, member number, the field they
        were found by (masked), country. Engage's id is for support, on a line of its own."""
        if existing is None:
            return self.tr("The existing member could not be looked up just now.")
        lines = [existing.display_name or self.tr("(no name stored)")]
        if existing.member_number:
            lines.append(self.tr("Member number: {number}").format(number=existing.member_number))
        stored_key = existing.attribute(key)
        if stored_key:
            # By the field's own name ("Mobile phone: +46••••••605"), not Engage's "key".
            lines.append(f"{field_labels.plain_label(key)}: {mask_value(key, stored_key)}")
        country = existing.attribute("countryCode")
        if country:
            lines.append(self.tr("Country: {country}").format(
                country=country_name(country, ui_language())))
        return "\n".join(lines)

    def _support_line(self, existing: Contact | None) -> str:
        contact_id = existing.id if existing is not None else self.error.existing_id
        return self.tr("For support: Engage id {id}").format(id=contact_id) if contact_id else ""

    def _apply(self, contact_id: str | None) -> None:
        if contact_id:
            self.apply_requested.emit(contact_id)
            self.accept()

    def _open(self) -> None:
        self.open_member_requested.emit(self.existing or self.error.existing_id)
        self.accept()
