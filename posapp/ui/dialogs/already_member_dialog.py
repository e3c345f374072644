"""409 "already a member": the existing member, found by key, and what to do about it.

Shown when Engage answers ApprovedContactWithKeyExists. The client has already looked the
key up; the dialog shows who holds it. "Open member" asks the main window to show that
member in the staff view (``open_member_requested``); "Back to form" keeps the form as typed.

Signals:
    open_member_requested(object): the existing Contact (or its id as str).
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

    def __init__(self, error: AlreadyMember, existing: Contact | None, key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alreadyMemberDialog")
        self.error = error
        self.existing = existing
        self.setWindowTitle(self.tr("Already a member"))
        self.setModal(True)
        title = QLabel(self.tr("Already a member"), self)
        title.setObjectName("dialogTitle")
        intro = QLabel(self.tr("This customer is already a member. Nothing new was saved."), self)
        intro.setWordWrap(True)
        self.member = QLabel(self._describe(existing, key), self)
        self.member.setObjectName("existingMember")
        self.member.setWordWrap(True)
        self.member.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("&Open member"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openMember")
        self.open_button.setEnabled(existing is not None or bool(error.existing_id))
        back = buttons.addButton(self.tr("&Back to form"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("backToForm")
        self.open_button.setDefault(self.open_button.isEnabled())
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.member)
        layout.addWidget(buttons)
        self.setAccessibleName(self.tr("Already a member"))
        self.setAccessibleDescription(intro.text() + " " + self.member.text())
        self.setMinimumWidth(440)
        EnterGuard(self)  # not the Enter that saved: posapp/ui/enter_guard.py

    def _describe(self, existing: Contact | None, key: str) -> str:
        if existing is None:
            if self.error.existing_id:
                return self.tr("Engage id: {id}").format(id=self.error.existing_id)
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
        lines.append(self.tr("Engage id: {id}").format(id=existing.id))
        return "\n".join(lines)

    def _open(self) -> None:
        self.open_member_requested.emit(self.existing or self.error.existing_id)
        self.accept()
