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

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.config import Settings
from posapp.ui.confirmation_page import ConfirmationPage
from posapp.ui.request_runner import RequestRunner
from posapp.ui.setup_access import SetupAccess
from posapp.ui.signup_flow import SignupFlow
from posapp.ui.signup_form import SignupForm
from posapp.ui.type_ahead import KeyStroke
from posapp.validation import country_name

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient
    from posapp.engage.models import Contact
    from posapp.ui.find_member_flow import FindMemberFlow
    from posapp.ui.find_member_page import FindMemberPage

log = logging.getLogger("posapp.ui")


def _centered_card(pages: QStackedWidget, max_width: int = 680) -> tuple[QWidget, QVBoxLayout]:
    """A new page of ``pages``: a bordered card, centred, scrolling when the window is small.

    Returns the card, to be the parent of the page's content, and its layout. Everything
    is created under its final parent: with the style sheet, moving a built subtree to
    another parent re-styles all of it, and doing that three times per page was most of
    the time the window took to build.
    """
    scroll = QScrollArea(pages)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    holder = QWidget()
    scroll.setWidget(holder)
    row = QHBoxLayout(holder)
    row.setContentsMargins(24, 14, 24, 14)
    card = QWidget(holder)
    card.setObjectName("card")
    card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    card.setMaximumWidth(max_width)
    row.addStretch(1)
    row.addWidget(card, 100)
    row.addStretch(1)
    # No Tab stop of its own (nothing would show it has the focus); it still scrolls to
    # whichever field Tab reaches.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    pages.addWidget(scroll)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(28, 18, 28, 18)
    return card, inner


class MainWindow(QMainWindow):
    """Header, then one page at a time: the signup form or the confirmation."""

    def __init__(self, settings: Settings, client: EngageClient | Callable[[], EngageClient],
                 parent: QWidget | None = None, *, config_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.runner = RequestRunner(client, self)

        central = QWidget(self)
        self.setCentralWidget(central)
        self.header = QWidget(central)
        self.header.setObjectName("header")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
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
        self.find_button.clicked.connect(self.show_find_member)
        header_row.addWidget(self.find_button)
        self.setup_access = SetupAccess(self, settings, config_path)  # staff PIN, Ctrl+Alt+S
        header_row.addWidget(self.setup_access.button)

        self.pages = QStackedWidget(central)
        form_card, form_layout = _centered_card(self.pages)
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
        confirmation_card, confirmation_layout = _centered_card(self.pages)
        self.confirmation = ConfirmationPage(confirmation_card)
        confirmation_layout.addWidget(self.confirmation)
        # The find-member page (a second country list among others) is built the first
        # time it is shown: the till starts on the signup form.
        self._find_card, self._find_layout = _centered_card(self.pages)
        self._find: tuple[FindMemberPage, FindMemberFlow] | None = None

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)

        self.flow = SignupFlow(self.form, self.runner, self)
        self.flow.signed_up.connect(self._on_signed_up)
        self.confirmation.new_signup_requested.connect(self.new_signup)
        self.confirmation.typed_ahead.connect(self._on_typed_ahead)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.activated.connect(self._on_new_shortcut)
        self.flow.open_member_requested.connect(self.open_member)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.show_find_member)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self._on_save_shortcut)

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

            page = FindMemberPage(self.settings, self._find_card)
            self._find_layout.addWidget(page)
            # Shown now, not on the next turn of the event loop (as a widget added to a
            # visible layout would be): keys typed at once must find its fields.
            page.show()
            flow = FindMemberFlow(page, self.runner, self)
            flow.sign_up_requested.connect(self.sign_up_with_key)
            page.back_requested.connect(self.show_signup)
            self._find = (page, flow)
        return self._find

    SIGNUP, CONFIRMATION, FIND = 0, 1, 2

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
        """Back to the signup form as it was left."""
        self.pages.setCurrentIndex(self.SIGNUP)
        self.form.focus_key_field()

    @Slot(str, str)
    def sign_up_with_key(self, attribute: str, text: str) -> None:
        """"Sign up instead": the signup form with the searched key filled in."""
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
        self.pages.setCurrentIndex(self.CONFIRMATION)
        self.confirmation.show_contact(contact)
        held = self.form.take_held_keys()
        if held:  # the next customer, typed or scanned while this one was being saved
            self.new_signup()
            for stroke in held:
                stroke.send_to(self.form.key_editor())

    @Slot()
    def new_signup(self) -> None:
        """Empty the form completely and start again in the key field."""
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
        if not self.runner.busy:
            self.new_signup()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current UI language."""
        store = self.settings.store
        self.app_title.setText(self.tr("Member signup"))
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
        title = self.tr("posapp — member signup")
        self.setWindowTitle(title + (" — " + self.tr("DEMO") if self.settings.demo else ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Abandon any request and stop the worker thread before the window goes."""
        if self.runner.busy:
            log.info("window closed during a request; abandoning it")
        self.runner.shutdown()
        event.accept()
