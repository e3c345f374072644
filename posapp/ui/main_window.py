"""The till's main window: a header (store, DEMO marker) over the signup form or its confirmation.

Owns the RequestRunner (the worker thread) and shuts it down on close, so that closing
during a request neither hangs nor aborts with "QThread: Destroyed while thread is still
running".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.config import Settings
from posapp.form.identifier_checks import IdentifierChecks
from posapp.ui.card_page import CardPage
from posapp.ui.confirmation_page import ConfirmationPage
from posapp.ui.identifier_lookups import IdentifierLookups
from posapp.ui.outbox_link import OutboxLink
from posapp.ui.request_runner import RequestRunner
from posapp.ui.restyle import set_style_property
from posapp.ui.setup_access import SetupAccess
from posapp.ui.signup_flow import SignupFlow
from posapp.ui.signup_form import SignupForm
from posapp.ui.type_ahead import KeyStroke
from posapp.validation import country_name

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient
    from posapp.engage.models import Contact
    from posapp.form.request import SignupRequest
    from posapp.outbox.sender import OutboxStatus
    from posapp.ui.find_member_flow import FindMemberFlow
    from posapp.ui.find_member_page import FindMemberPage
    from posapp.ui.waiting_page import WaitingPage

log = logging.getLogger("posapp.ui")

# How long closing waits for a save in flight before leaving it to the outbox.
CLOSE_WAIT_MS = 3000


class MainWindow(QMainWindow):
    """Header, then one page at a time: the signup form or the confirmation."""

    def __init__(self, settings: Settings, client: EngageClient | Callable[[], EngageClient],
                 parent: QWidget | None = None, *, config_path: Path | None = None,
                 outbox: OutboxLink | None = None, ask_before_closing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.runner = RequestRunner(client, self)
        # The signups kept on this till (None: sent without the net, as in most tests).
        self.outbox = outbox
        # Asks before closing over unsaved typing (the running till: run_window).
        self._asks_before_closing = ask_before_closing
        self._close_confirmed = False
        self._waiting_for_save = False
        self._save_wait_over = False
        # The form holds a signup already saved (or kept): nothing to lose on closing.
        self._form_saved = False
        # "Close posapp?" while it is open.
        self.close_question: QMessageBox | None = None

        central = QWidget(self)
        self.setCentralWidget(central)
        self.header = QWidget(central)
        self.header.setObjectName("header")  # a plain QWidget: styled background by the sheet
        self.app_title = QLabel(self.header)
        self.app_title.setObjectName("appTitle")
        self.store_label = QLabel(self.header)
        self.store_label.setObjectName("storeLabel")
        self.demo_badge = QLabel(self.header)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setVisible(settings.demo)
        header_row = QHBoxLayout(self.header)
        header_row.setContentsMargins(20, 8, 20, 8)
        header_row.addWidget(self.app_title)
        header_row.addSpacing(12)
        header_row.addWidget(self.demo_badge)
        header_row.addStretch(1)
        header_row.addWidget(self.store_label)
        header_row.addSpacing(16)
        self.find_button = QPushButton(self.header)
        self.find_button.setObjectName("findMember")
        # Neither is the current view yet: set before the first polish, so that showing the
        # form (_on_page_changed) changes nothing and re-styles nothing (posapp/ui/restyle.py).
        self.find_button.setProperty("current", "false")
        self.find_button.clicked.connect(self.show_find_member)
        # How many signups the outbox keeps; hidden while none does.
        self.waiting_button = QPushButton(self.header)
        self.waiting_button.setObjectName("waitingSignups")
        self.waiting_button.setProperty("role", "waiting")
        self.waiting_button.setProperty("current", "false")
        self.waiting_button.setVisible(False)
        self.waiting_button.clicked.connect(self.show_waiting)
        header_row.addWidget(self.waiting_button)
        header_row.addSpacing(8)
        header_row.addWidget(self.find_button)
        self.setup_access = SetupAccess(self, settings, config_path)  # staff PIN, Ctrl+Alt+S
        header_row.addWidget(self.setup_access.button)

        self.pages = QStackedWidget(central)
        form_page = CardPage(self.pages)
        form_card, form_layout = form_page.body, form_page.body_layout
        self.page_title = QLabel(form_card)
        self.page_title.setObjectName("pageTitle")
        self.page_subtitle = QLabel(form_card)
        self.page_subtitle.setObjectName("pageSubtitle")
        self.page_subtitle.setWordWrap(True)
        self.form = SignupForm(settings, form_card)
        form_layout.addWidget(self.page_title)
        form_layout.addWidget(self.page_subtitle)
        form_layout.addSpacing(8)
        form_layout.addWidget(self.form)
        # Save under the card's scrolling fields: in view on any screen (issue 17).
        form_page.add_action_bar(self.form.action_bar)
        self.form_page = form_page
        confirmation_page = CardPage(self.pages)
        self.confirmation = ConfirmationPage(confirmation_page.body)
        confirmation_page.body_layout.addWidget(self.confirmation)
        # The find-member page (a second country list among others) is built the first
        # time it is shown: the till starts on the signup form.
        self._find_card = CardPage(self.pages)
        self._find: tuple[FindMemberPage, FindMemberFlow] | None = None
        self._waiting_card = CardPage(self.pages)
        self._waiting: WaitingPage | None = None
        self._outbox_status: OutboxStatus | None = None
        self.pages.currentChanged.connect(self._on_page_changed)
        # "Start a new signup?" while it is open (Ctrl+N over unsaved typing).
        self.new_question: QMessageBox | None = None
        self._new_question_discard: QAbstractButton | None = None

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)

        # One member per person: the identifiers typed are looked up while the cashier
        # types, and a member holding one is offered at Save instead of a new contact.
        self.identifier_checks = IdentifierChecks()
        self.lookups = IdentifierLookups(self.form.model, self.identifier_checks,
                                         lambda: self.runner.client, self)
        self.form.edited.connect(self.lookups.form_changed)
        self.form.edited.connect(self._on_form_edited)
        self.flow = SignupFlow(self.form, self.runner, self, outbox, self.identifier_checks)
        self.flow.signed_up.connect(self._on_signed_up)
        self.flow.kept.connect(self._on_kept)
        self.flow.applied.connect(self._on_applied)
        if outbox is not None:
            outbox.status_changed.connect(self._on_outbox_status)
            outbox.unavailable.connect(self._show_waiting_count)
        self.confirmation.new_signup_requested.connect(self.new_signup)
        self.confirmation.typed_ahead.connect(self._on_typed_ahead)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.activated.connect(self._on_new_shortcut)
        self.flow.open_member_requested.connect(self.open_member)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.show_find_member)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self._on_save_shortcut)
        self.quit_shortcut = QShortcut(QKeySequence.StandardKey.Quit, self)
        self.quit_shortcut.activated.connect(self.close)

        self.retranslate()
        self.resize(960, 760)
        self.form.focus_key_field()

    # -- pages -----------------------------------------------------------------------------

    @property
    def find_page(self) -> FindMemberPage:
        """The find-member page (built on first use)."""
        return self._find_member()[0]

    @property
    def find_flow(self) -> FindMemberFlow:
        """The find-member page's requests (built with the page)."""
        return self._find_member()[1]

    def _find_member(self) -> tuple[FindMemberPage, FindMemberFlow]:
        if self._find is None:
            from posapp.ui.find_member_flow import FindMemberFlow
            from posapp.ui.find_member_page import FindMemberPage

            page = FindMemberPage(self.settings, self._find_card.body)
            self._find_card.body_layout.addWidget(page)
            # Shown now, not on the next turn of the event loop (as a widget added to a
            # visible layout would be): keys typed at once must find its fields.
            page.show()
            flow = FindMemberFlow(page, self.runner, self)
            flow.sign_up_requested.connect(self.sign_up_with_key)
            page.back_requested.connect(self.show_signup)
            self._find = (page, flow)
        return self._find

    SIGNUP, CONFIRMATION, FIND, WAITING = 0, 1, 2, 3

    @property
    def showing_confirmation(self) -> bool:
        """True while the confirmation page is shown."""
        return self.pages.currentIndex() == self.CONFIRMATION

    @property
    def showing_find_member(self) -> bool:
        """True while the find-member page is shown."""
        return self.pages.currentIndex() == self.FIND

    @Slot()
    def show_find_member(self) -> None:
        """Ctrl+F: the find-member page, fresh, focus in the search field."""
        if self.runner.busy:
            return
        self.pages.setCurrentIndex(self.FIND)
        self.find_page.start()

    @Slot(object)
    def open_member(self, contact: object) -> None:
        """Show an existing member in the find-member page (from the 409 dialog)."""
        self.pages.setCurrentIndex(self.FIND)
        self.find_page.start()
        from posapp.engage.models import Contact  # loaded with the client: no cost

        if isinstance(contact, (Contact, str)):
            self.find_flow.open_contact(contact)

    @Slot()
    def show_signup(self) -> None:
        """Back to the signup form as it was left; after a saved signup, a new one (the
        next customer must not find the last one's details, nor add to them)."""
        if self._form_saved:
            self.new_signup()
            return
        self.pages.setCurrentIndex(self.SIGNUP)
        self.form.focus_key_field()

    @Slot()
    def _on_form_edited(self) -> None:
        self._form_saved = False  # typing again: the form holds something unsaved

    @Slot(str, str)
    def sign_up_with_key(self, attribute: str, text: str) -> None:
        """"Sign up instead": the signup form with the searched key filled in."""
        self._form_saved = False
        self.lookups.forget()
        self.form.reset()
        self.form.select_type_with_key(attribute)
        self.form.fill(attribute, text)
        self.pages.setCurrentIndex(self.SIGNUP)
        self.form.focus_key_field()

    @Slot()
    def _on_save_shortcut(self) -> None:
        if self.showing_find_member and self._find is not None:
            self.find_page.save()

    @Slot(object)
    def _on_signed_up(self, contact: Contact) -> None:
        self._form_saved = True
        self.pages.setCurrentIndex(self.CONFIRMATION)
        contact_type = self.form.contact_type
        self.confirmation.show_contact(contact, contact_type.label_for(
            self.settings.store.language), contact_type.key)
        held = self.form.take_held_keys()
        if held:  # the next customer, typed or scanned while this one was being saved
            self.new_signup()
            for stroke in held:
                stroke.send_to(self.form.key_editor())

    @Slot(object)
    def _on_applied(self, contact: Contact) -> None:
        """A member already: the boxes the customer ticked were saved to them."""
        self._form_saved = True
        self.pages.setCurrentIndex(self.CONFIRMATION)
        self.confirmation.show_applied(contact)

    @Slot(object)
    def _on_kept(self, request: SignupRequest) -> None:
        """Engage could not be reached: the signup is kept on this till; the next one."""
        self._form_saved = True
        self.pages.setCurrentIndex(self.CONFIRMATION)
        self.confirmation.show_kept(request)
        held = self.form.take_held_keys()
        if held:
            self.new_signup()
            for stroke in held:
                stroke.send_to(self.form.key_editor())

    # -- waiting signups (the outbox) ------------------------------------------------------

    @property
    def showing_waiting(self) -> bool:
        """True while the waiting-signups page is shown."""
        return self.pages.currentIndex() == self.WAITING

    @property
    def waiting_page(self) -> WaitingPage:
        """The waiting-signups page (built on first use)."""
        if self._waiting is None:
            from posapp.ui.waiting_page import WaitingPage

            page = WaitingPage(self._waiting_card.body)
            self._waiting_card.body_layout.addWidget(page)
            page.show()
            page.open_requested.connect(self._open_waiting)
            page.discard_requested.connect(self._discard_waiting)
            page.back_requested.connect(self.show_signup)
            self._waiting = page
        return self._waiting

    @Slot()
    def show_waiting(self) -> None:
        """The signups the outbox keeps: queued for Engage, or waiting for staff."""
        if self.runner.busy:
            return
        self.pages.setCurrentIndex(self.WAITING)
        self._refresh_waiting()
        self.waiting_page.focus_list()

    def _refresh_waiting(self) -> None:
        store = self.outbox.store if self.outbox is not None else None
        if store is None:
            self.waiting_page.show_entries(None, [], None)
            return
        queued = [entry for entry in store.list_waiting() if entry.state != "needs_person"]
        oldest = min((entry.created_at for entry in queued), default=None)
        self.waiting_page.show_entries(self.outbox.status() if self.outbox else None,
                                       store.list_needs_person(), oldest)

    @Slot(object)
    def _on_outbox_status(self, status: object) -> None:
        from posapp.outbox.sender import OutboxStatus

        if not isinstance(status, OutboxStatus):
            return
        self._outbox_status = status
        self._show_waiting_count()
        if self.showing_waiting:
            self._refresh_waiting()

    @Slot()
    def _show_waiting_count(self) -> None:
        status = self._outbox_status
        waiting = status.waiting if status is not None else 0
        if status is None and self.outbox is not None and self.outbox.problem:
            # No net under the signups (a lost key, a refusing disk): say so where the
            # count would be; the list says what to do.
            self.waiting_button.setVisible(True)
            self.waiting_button.setText(self.tr("Not kept on this till"))
            self.waiting_button.setAccessibleName(self.tr(
                "Signups are not kept on this till; open for what to do"))
            set_style_property(self.waiting_button, "attention", "true")
            return
        self.waiting_button.setVisible(waiting > 0)
        if status is None or waiting == 0:
            return
        parts = []
        if status.queued:
            parts.append(self.tr("%n waiting", "", status.queued))
        if status.needs_person:
            parts.append(self.tr("%n for staff", "", status.needs_person))
        self.waiting_button.setText(" · ".join(parts))
        self.waiting_button.setAccessibleName(self.tr(
            "%n signups wait on this till; open the list", "", waiting))
        set_style_property(self.waiting_button, "attention",
                           "true" if status.needs_person or status.paused else "false")

    @Slot(int)
    def _open_waiting(self, entry_id: int) -> None:
        """A signup Engage refused, back on the form with what it named marked."""
        from posapp.outbox.errors import EntryBusy

        store = self.outbox.store if self.outbox is not None else None
        if store is None or self.runner.busy:
            return
        entry = store.get(entry_id)
        try:
            request = store.take_back(entry_id)
        except EntryBusy:
            request = None
        if entry is None or request is None:
            self._refresh_waiting()
            return
        refused = dict(entry.problem.fields) if entry.problem is not None else {}
        if entry.problem is not None and entry.problem.kind == "already_member_other":
            refused.setdefault(request.key, self.tr("Another member already has this key"))
        self._form_saved = False
        self.lookups.forget()
        self.form.load(request, refused)
        self.pages.setCurrentIndex(self.SIGNUP)
        log.info("waiting signup %d opened on the form", entry_id)

    @Slot(int)
    def _discard_waiting(self, entry_id: int) -> None:
        store = self.outbox.store if self.outbox is not None else None
        if store is not None:
            store.discard(entry_id)
        self._refresh_waiting()

    @Slot()
    def new_signup(self) -> None:
        """Empty the form completely and start again in the key field."""
        self._form_saved = False
        self.lookups.forget()
        self.form.reset()
        self.pages.setCurrentIndex(self.SIGNUP)
        self.form.focus_key_field()

    @Slot(QKeyEvent)
    def _on_typed_ahead(self, event: QKeyEvent) -> None:
        """The next customer's key, typed on the confirmation page: a new signup, and the
        key goes to the key field as if typed there."""
        self.new_signup()
        KeyStroke.of(event).send_to(self.form.key_editor())

    @Slot()
    def _on_new_shortcut(self) -> None:
        """Ctrl+N: a new signup; over typing not yet saved, asks first (Keep typing is the
        default), as closing does."""
        if self.runner.busy or self.new_question is not None:
            return
        if not self.has_unsaved_typing():
            self.new_signup()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Start a new signup?"),
                          self.tr("The signup on the form is not saved. Empty the form and "
                                  "lose what was typed?"), QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("confirmNew")
        self._new_question_discard = box.addButton(self.tr("&Empty the form"),
                                                   QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep typing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(self._on_new_answered)
        self.new_question = box
        box.open()

    @Slot(int)
    def _on_new_answered(self, _result: int) -> None:
        box, self.new_question = self.new_question, None
        if box is None:
            return
        if box.clickedButton() is self._new_question_discard:
            log.info("new signup over unsaved typing, confirmed by the cashier")
            self.new_signup()
        box.deleteLater()

    # -- where the cashier is --------------------------------------------------------------

    def _section_title(self) -> str:
        """The header's words for the view shown."""
        index = self.pages.currentIndex()
        if index == self.FIND:
            return self.tr("Find member")
        if index == self.WAITING:
            return self.tr("Waiting signups")
        return self.tr("Member signup")

    @Slot(int)
    def _on_page_changed(self, _index: int) -> None:
        """The header says where the cashier is: its title names the view, and the button
        that leads to the view shown is marked as the current one."""
        self.app_title.setText(self._section_title())
        set_style_property(self.find_button, "current", "true" if self.showing_find_member
                           else "false")
        set_style_property(self.waiting_button, "current", "true" if self.showing_waiting
                           else "false")
        title = self.tr("posapp — {view}").format(view=self._section_title())
        self.setWindowTitle(title + (" — " + self.tr("DEMO") if self.settings.demo else ""))

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        store = self.settings.store
        self.app_title.setText(self._section_title())
        self._show_waiting_count()
        self.find_button.setText(self.tr("Find member"))
        self.find_button.setToolTip(self.tr(
            "Find a member and correct their country or language (Ctrl+F)"))
        self.find_button.setAccessibleName(self.tr("Find member"))
        self.setup_access.retranslate()
        self.store_label.setText(self.tr("Store {store} · {country}").format(
            store=store.external_id, country=country_name(store.country, store.language)))
        self.demo_badge.setText(self.tr("DEMO"))
        self.demo_badge.setToolTip(self.tr(
            "Demo mode: posapp talks to its built-in Engage emulator. No real members are "
            "created."))
        self.demo_badge.setAccessibleName(self.tr("Demo mode, no real members are created"))
        self.page_title.setText(self.tr("New member"))
        self.page_subtitle.setText(self.tr(
            "Scan or type the customer's key, fill in the marked fields, then press Enter."))
        self._on_page_changed(self.pages.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing (the window's X, Ctrl+Q, SIGTERM, the session ending) never loses a
        signup: with typing not yet saved it asks first; during a save it waits for the
        answer a moment, then leaves the signup to the outbox, which keeps it on disk and
        sends it later (looked up first). Then the worker and the outbox's sender stop."""
        if (self._asks_before_closing and not self._close_confirmed
                and self._ask_before_closing()):
            event.ignore()
            return
        if self.runner.busy and not self._save_wait_over and self.outbox is not None:
            self._wait_for_save_then_close()
            event.ignore()
            return
        if self.runner.busy:
            log.info("window closed during a request; the outbox keeps the signup")
        self.runner.shutdown()
        self.lookups.shutdown()
        if self.outbox is not None:
            self.outbox.shutdown()
        event.accept()

    def has_unsaved_typing(self) -> bool:
        """Typing on the signup form that was not saved (nor is being saved)."""
        return (not self.runner.busy and not self._form_saved
                and not self.form.is_pristine())

    def _ask_before_closing(self) -> bool:
        """Open the question when there is unsaved typing; True when it was opened."""
        if not self.has_unsaved_typing():
            return False
        box = self._close_question()
        box.finished.connect(self._on_close_answered)
        self.close_question = box
        box.open()
        return True

    def _close_question(self) -> QMessageBox:
        from posapp.ui.dialogs.discard_question import discard_question  # asked, not drawn

        return discard_question(
            self, "confirmClose", self.tr("Close posapp?"),
            self.tr("The signup on the form is not saved. Close anyway and lose what was "
                    "typed?"))

    def ask_to_stay(self) -> bool:
        """At the session's end: True when the cashier keeps the unsaved signup open."""
        from posapp.ui.dialogs.discard_question import discarded

        return not discarded(self._close_question().exec())

    @Slot(int)
    def _on_close_answered(self, result: int) -> None:
        from posapp.ui.dialogs.discard_question import discarded

        self.close_question = None
        if discarded(result):
            log.info("closed with unsaved typing, discarded by the cashier")
            self._close_confirmed = True
            self.close()

    def _wait_for_save_then_close(self) -> None:
        """Wait for the save in flight (up to CLOSE_WAIT_MS), then close."""
        self._waiting_for_save = True
        log.info("closing during a save: waiting for its answer")
        self.form.status_label.setText(self.tr("Finishing the save before closing…"))
        self.runner.busy_changed.connect(self._close_when_idle)
        QTimer.singleShot(CLOSE_WAIT_MS, self, self._close_when_idle)

    @Slot()
    def _close_when_idle(self) -> None:
        if not self._waiting_for_save or self._save_wait_over:
            return
        self._save_wait_over = True
        self._close_confirmed = True
        self.close()
