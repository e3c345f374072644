"""After a signup: who was created (or that the signup is kept on this till, to be sent
when Engage answers), and one action, New signup.

Signals:
    new_signup_requested(): the cashier is ready for the next customer.
    typed_ahead(QKeyEvent): a key of the next customer's key field, typed or scanned
        while this page shows; its receiver starts the next signup and passes it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from posapp.ui.enter_guard import EnterGuard
from posapp.ui.key_map import Action, View, action_for
from posapp.ui.qt_names import ALIGN_CENTER, TEXT_SELECTABLE_BY_MOUSE, set_qt_property

if TYPE_CHECKING:
    from posapp.engage.models import Contact
    from posapp.form.request import SignupRequest


class ConfirmationPage(QWidget):
    """Shows the new member; Enter or Space starts the next signup, and so does typing.

    The next customer's number often comes straight from the barcode scanner while this
    page still shows: those characters belong in the key field, none of them lost (a
    space inside the number must not be taken as a press of New signup halfway through).
    """

    new_signup_requested = Signal()
    typed_ahead = Signal(QKeyEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmationPage")
        self._contact: Contact | None = None
        # The contact type's name and whether it is a membership ("Member").
        self._type_name = ""
        self._is_member = True
        # The signup the outbox keeps (Engage could not be reached), or None.
        self._kept: SignupRequest | None = None
        self._key: str | None = None
        # The contact was a member already: the ticked boxes were saved to them.
        self._applied = False
        self.mark = QLabel("✓", self)
        self.mark.setObjectName("confirmationMark")
        set_qt_property(self.mark, "alignment", ALIGN_CENTER)
        self.mark.setAccessibleName(self.tr("Saved"))
        self.title = QLabel(self)
        self.title.setObjectName("confirmationTitle")
        set_qt_property(self.title, "alignment", ALIGN_CENTER)
        self.title.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("confirmationDetails")
        set_qt_property(self.details, "alignment", ALIGN_CENTER)
        self.details.setWordWrap(True)
        set_qt_property(self.details, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        # Engage's id: for support, small, under what the cashier reads out.
        self.support = QLabel(self)
        self.support.setObjectName("confirmationSupport")
        set_qt_property(self.support, "alignment", ALIGN_CENTER)
        set_qt_property(self.support, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newSignup")
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_signup_requested)
        EnterGuard(self)  # not the Enter that saved: posapp/ui/enter_guard.py
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.mark)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addSpacing(4)
        layout.addWidget(self.support)
        layout.addSpacing(24)
        layout.addWidget(self.new_button)  # centred when first shown (showEvent)
        self._layout = layout
        self._centred = False
        layout.addStretch(2)
        self.retranslate()

    def show_contact(self, contact: Contact, type_name: str = "",
                     key: str | None = None) -> None:
        """Fill in the contact just created and put the focus on New signup.

        ``type_name`` is the contact type's label; a type other than Engage's "Member"
        (a "Contact") is not called a membership. ``key`` is the attribute signed up by,
        shown (masked) when the contact has neither a name nor a member number."""
        self._contact, self._kept, self._applied = contact, None, False
        contact_type = str(contact.meta.get("contactType") or type_name or "Member")
        self._is_member = contact_type.casefold() == "member"
        self._type_name = type_name or contact_type
        self._key = key
        self._show()

    def show_applied(self, contact: Contact) -> None:
        """The customer was a member already; the boxes they ticked are saved to them."""
        self._contact, self._kept, self._applied = contact, None, True
        self._show()

    def show_kept(self, request: SignupRequest) -> None:
        """The signup is saved on this till and goes to Engage when it answers."""
        self._contact, self._kept, self._applied = None, request, False
        self._show()

    def _show(self) -> None:
        # One mark for both (no emoji beside the style's own glyphs): the words and the
        # colour say whether it is in Engage or kept on this till.
        self.mark.setText("✓")
        self.mark.setProperty("kept", self._kept is not None)
        self.retranslate()
        self.new_button.setFocus()  # Qt's OtherFocusReason

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        self.new_button.setText(self.tr("&New signup"))
        self.new_button.setAccessibleName(self.tr("New signup"))
        if self._kept is not None:
            self.title.setText(self.tr("Saved on this till"))
            lines = [self.tr("It will be sent to Engage when Engage answers. Nothing more to "
                             "do: carry on with the next customer.")]
            self.details.setText("\n".join(lines))
            self.support.clear()
            self.setAccessibleDescription(self.title.text() + ". " + " ".join(lines))
            return
        contact = self._contact
        if contact is None:
            self.title.clear()
            self.details.clear()
            self.support.clear()
            return
        if self._applied:
            name = contact.display_name
            self.title.setText(self.tr("Saved to the existing member"))
            lines = [(self.tr("The offers and consents just ticked are saved to {name}.")
                      .format(name=name) if name
                      else self.tr("The offers and consents just ticked are saved to the "
                                   "member.")),
                     self.tr("No new member was created.")]
            self.details.setText("\n".join(lines))
            self.details.setVisible(True)
            self.support.setText(self.tr("For support: Engage id {id}").format(id=contact.id))
            self.setAccessibleDescription(self.title.text() + ". " + " ".join(lines))
            return
        self.title.setText(self._title(contact))
        lines = []
        if contact.member_number:
            lines.append(self.tr("Member number: {number}").format(number=contact.member_number))
        elif not contact.display_name and self._key and contact.attribute(self._key):
            from posapp.masking import mask_value
            from posapp.ui import field_labels

            lines.append(f"{field_labels.plain_label(self._key)}: "
                         f"{mask_value(self._key, str(contact.attribute(self._key)))}")
        if not self._is_member:
            lines.append(self.tr("Saved as: {type}").format(type=self._type_name))
        if contact.meta.get("isApproved") is False:
            lines.append(self.tr("The customer confirms the membership by e-mail.")
                         if self._is_member
                         else self.tr("The customer confirms by e-mail."))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.support.setText(self.tr("For support: Engage id {id}").format(id=contact.id))
        self.setAccessibleDescription(" ".join((self.title.text() + ".", *lines)))

    def _title(self, contact: Contact) -> str:
        """The first thing read: who, and what they now are."""
        name = contact.display_name
        if self._is_member:
            return (self.tr("{name} is now a member").format(name=name) if name
                    else self.tr("The new member is saved"))
        return (self.tr("{name} is saved").format(name=name) if name
                else self.tr("The new contact is saved"))

    def showEvent(self, event: QShowEvent) -> None:
        """The button centred, the first time the page is shown: a layout alignment is a
        ``Qt`` enum, which the first frame (where this page is hidden) does not import
        (posapp/ui/qt_names.py)."""
        if not self._centred:
            from PySide6.QtCore import Qt

            self._layout.setAlignment(self.new_button, Qt.AlignmentFlag.AlignCenter)
            self._centred = True
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """What a key does here is in ``key_map.py``: Enter or Space starts the next
        signup; typing starts it with the key typed into its key field. (The New signup
        button takes Space itself, and leaves the rest to come here.)"""
        action = action_for(View.CONFIRMATION, event)
        if action is Action.NEXT_SIGNUP:
            event.accept()
            self.new_signup_requested.emit()
        elif action is Action.NEXT_SIGNUP_TYPED:
            event.accept()
            self.typed_ahead.emit(event)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
