"""The kiosk: a full-screen, frameless window customers cannot leave, that forgets them.

Owns the worker thread, the form and its on-screen keyboard, the outcome page, the idle
warning, the staff exit and the key lock, and wires them together. ``reset`` is the one
way back to a clean kiosk, whatever led there (idle, Done, a countdown, a fault): every
field emptied with its undo history, the boxes unticked, the clipboard emptied, every
popup closed, the store's language back, scrolled to the top, the key field focused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScroller,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.config import ConsentSettings, Settings
from posapp.ui import translations
from posapp.ui.card_page import FittingScrollArea
from posapp.ui.design import Space
from posapp.ui.kiosk.idle_guard import IdleGuard
from posapp.ui.kiosk.idle_warning import IdleWarning
from posapp.ui.kiosk.key_lock import KeyLock
from posapp.ui.kiosk.kiosk_flow import KioskFlow
from posapp.ui.kiosk.kiosk_form import KioskForm
from posapp.ui.kiosk.kiosk_style import apply_kiosk_style
from posapp.ui.kiosk.onscreen_keyboard import LETTERS_MIN_WIDTH, OnScreenKeyboard
from posapp.ui.kiosk.outcome_page import Outcome, OutcomePage
from posapp.ui.kiosk.pin_pad import PinPad
from posapp.ui.kiosk.privacy import wipe_shared_state
from posapp.ui.kiosk.staff_exit import StaffExit
from posapp.ui.kiosk.terms_page import TermsPage
from posapp.ui.kiosk.timings import KioskTimings
from posapp.ui.kiosk.welcome_header import WelcomeHeader
from posapp.ui.outbox_link import OutboxLink
from posapp.ui.request_runner import RequestRunner

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient

log = logging.getLogger("posapp.kiosk")

# Screens lower than this (px), such as 1366×768, get the compact look: the header without
# its subtitle and steps, smaller type and margins (kiosk_style.COMPACT), a tighter PIN pad.
COMPACT_BELOW = 1000
CHECK_ICON = (Path(__file__).resolve().parents[2] / "resources" / "check-white.svg").as_posix()


class KioskWindow(QWidget):
    """The whole kiosk. ``start()`` shows it full screen; only the staff PIN closes it."""

    def __init__(self, settings: Settings, client: EngageClient | Callable[[], EngageClient],
                 timings: KioskTimings | None = None, parent: QWidget | None = None, *,
                 outbox: OutboxLink | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.settings = settings
        self.timings = timings or KioskTimings.from_settings(settings)
        self.language: str = settings.store.language
        self._leaving = False
        # Styled once for the screen it will fill (start() sizes it so), not for the
        # default size of a window not yet shown; a later resize restyles if need be.
        self._compact = self._target_height() < COMPACT_BELOW
        apply_kiosk_style(self, CHECK_ICON, self._compact)
        self.runner = RequestRunner(client, self)

        # -- the form page: header, form card, keyboard --------------------------------
        self.header = WelcomeHeader(self.language, settings.kiosk.create_as_unapproved, self)
        self.language_bar = self.header.language_bar

        self.form = KioskForm(settings, self)
        self.form_card = QWidget(self)
        self.form_card.setObjectName("formCard")
        self.form_card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._card_layout = QVBoxLayout(self.form_card)
        self._card_layout.addWidget(self.form)
        scroll_body = QWidget(self)
        scroll_body.setObjectName("scrollBody")
        scroll_layout = QVBoxLayout(scroll_body)
        scroll_layout.setContentsMargins(0, 0, 0, 0)
        scroll_layout.addWidget(self.form_card)
        scroll_layout.addStretch(1)
        # As tall as the form where the screen has room (the keyboard then stands right
        # under it in portrait), scrolling where it has not.
        self.form_scroll = FittingScrollArea(self)
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidget(scroll_body)
        QScroller.grabGesture(self.form_scroll.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)

        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_language(self.language)
        self.keyboard.set_country(settings.store.country)
        # The keyboard stands next to the field it fills: right under the form (portrait),
        # or beside the focused field, as far as its column allows (landscape; the
        # spacer above it is moved by _align_keyboard).
        self.keyboard_holder = QWidget(self)
        self._keyboard_column = QVBoxLayout(self.keyboard_holder)
        self._keyboard_column.setContentsMargins(0, 0, 0, 0)
        self._keyboard_column.setSpacing(0)
        # Shrinks first when the column is short: never a minimum of its own.
        self._keyboard_offset = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed,
                                            QSizePolicy.Policy.Maximum)
        self._keyboard_column.addSpacerItem(self._keyboard_offset)
        keyboard_row = QHBoxLayout()
        keyboard_row.addStretch(1)
        keyboard_row.addWidget(self.keyboard, 100)
        keyboard_row.addStretch(1)
        self._keyboard_column.addLayout(keyboard_row)
        self._keyboard_column.addStretch(1)
        self.keyboard_holder.installEventFilter(self)  # its new height: _align_keyboard

        self.form_page = QWidget(self)
        self.form_page.setObjectName("formPage")
        self._page_grid = QGridLayout(self.form_page)
        self._landscape: bool | None = None

        self.outcome = OutcomePage(self.timings.tick_ms, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.outcome)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.pages)

        # -- overlays, guards, flow ------------------------------------------------------
        self.warning = IdleWarning(self, self.timings.tick_ms)
        self.pin_pad = PinPad(self)
        self.terms_page = TermsPage(self)
        self.staff_exit = StaffExit(settings.kiosk.pin_hash, self.pin_pad, self, self.timings)
        self.staff_exit.corner.raise_()
        self.key_lock = KeyLock(self)
        self.idle_guard = IdleGuard(self.timings.idle_ms, self)
        self.outbox = outbox
        self.flow = KioskFlow(self.form, self.runner, self.timings.retry_delay_ms,
                              self.timings.request_deadline_ms, outbox)

        self.language_bar.language_chosen.connect(self.switch_language)
        self.idle_guard.idle.connect(self._on_idle)
        self.warning.still_here.connect(self.idle_guard.start)
        self.warning.start_over.connect(self._on_start_over)
        self.warning.expired.connect(self._on_warning_expired)
        self.staff_exit.exit_granted.connect(self.leave)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self.flow.signed_up.connect(self._on_signed_up)
        self.flow.kept.connect(self._on_kept)
        self.flow.gave_up.connect(self._on_gave_up)
        self.outcome.done.connect(self._on_outcome_done)
        self.form.terms_requested.connect(self._on_terms_requested)
        self.form.submit_requested.connect(self._hide_keyboard)
        self.outcome.try_again.connect(self._on_try_again)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self.retranslate()
        self._apply_compactness()
        self._apply_orientation()

    # -- running -----------------------------------------------------------------------

    def start(self) -> None:
        """Full screen, clean, the key field focused, the idle guard running."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            # Also without a window manager (a bare X server), which ignores "full screen".
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()  # without a window manager too: else no shortcut works
        self.reset("start")

    @Slot()
    def leave(self) -> None:
        """Close the kiosk for good (the right staff PIN; tests)."""
        self._leaving = True
        self.close()

    @property
    def showing_outcome(self) -> Outcome | None:
        """The outcome shown, or None while the form is shown."""
        return self.outcome.outcome if self.pages.currentWidget() is self.outcome else None

    def is_pristine(self) -> bool:
        """Nothing of a customer anywhere: no input, no popup, the store's language."""
        return (self.pages.currentWidget() is self.form_page and self.form.is_pristine()
                and self.language == self.settings.store.language
                and not self.warning.is_open and not self.pin_pad.is_open
                and not self.terms_page.is_open)

    def reset(self, reason: str = "") -> None:
        """Back to a clean kiosk; the next customer finds nothing of the last one."""
        self.flow.abandon()
        self.warning.cancel(restore_focus=False)
        self.staff_exit.cancel()
        self.terms_page.close_overlay(restore_focus=False)
        self.outcome.stop()
        self.form.reset()
        self.keyboard.reset()
        wipe_shared_state(self)
        store_language = self.settings.store.language
        if (self.language != store_language
                or QLocale().language() != QLocale(store_language).language()):
            self.switch_language(store_language)
        self.pages.setCurrentWidget(self.form_page)
        self.form_scroll.verticalScrollBar().setValue(0)
        self.keyboard.setVisible(True)
        self.form.focus_key_field()
        self._target_keyboard(self.form.key_editor())
        self.idle_guard.start()
        log.info("kiosk reset (%s)", reason or "requested")

    @Slot(str)
    def switch_language(self, language: str) -> None:
        """Show the kiosk in ``language`` at once (the customer tapped a language)."""
        self.language = language
        translations.install_translations(language)
        self.language_bar.set_current(language)
        self.keyboard.set_language(language)
        self.form.set_language(language)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the window itself in the current UI language."""
        self.setWindowTitle(self.tr("Join our customer club"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- layout ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.keyboard_holder and event.type() == QEvent.Type.Resize:
            self._align_keyboard()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_orientation()

    def _target_height(self) -> int:
        """The height to lay out for: the window's once sized, else its screen's."""
        if self.testAttribute(Qt.WidgetAttribute.WA_Resized) or self.isVisible():
            return self.height()
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.geometry().height() if screen is not None else self.height()

    def _apply_compactness(self) -> None:
        """Margins, header and PIN pad for a low screen or a tall one (the style sheet is
        switched by the caller)."""
        compact = self._compact
        self.header.set_compact(compact)
        if compact:
            self._card_layout.setContentsMargins(28, 10, 28, 8)
        else:
            self._card_layout.setContentsMargins(40, 26, 40, 22)
        self.pin_pad.set_compact(compact)
        self.warning.set_overlay_margin(16 if compact else 32)

    def _apply_orientation(self) -> None:
        """Portrait: header, form, keyboard from top to bottom. Landscape: the form fills
        the left side; the header and the keyboard share the right."""
        landscape = self.width() > self.height()
        compact = self._target_height() < COMPACT_BELOW
        if compact != self._compact:
            self._compact = compact
            apply_kiosk_style(self, CHECK_ICON, compact)
            self._apply_compactness()
        narrow = compact or min(self.width(), self.height()) < 1000
        side = 24 if narrow else 48
        if compact:
            self._page_grid.setContentsMargins(side, 10, side, 10)
            self._page_grid.setSpacing(20)
        else:
            self._page_grid.setContentsMargins(side, 28, side, 32)
            self._page_grid.setSpacing(28)
        if landscape != self._landscape:
            self._landscape = landscape
            # Portrait: the form as tall as it is, the keyboard right under it (and as wide
            # as the screen allows); landscape: one column width for every key set.
            self.form_scroll.set_fits_content(not landscape)
            self.keyboard.setMinimumWidth(LETTERS_MIN_WIDTH if landscape else 0)
            grid = self._page_grid
            for widget in (self.header, self.form_scroll, self.keyboard_holder):
                grid.removeWidget(widget)
            for index in range(3):
                grid.setRowStretch(index, 0)
                grid.setColumnStretch(index, 0)
            if landscape:
                grid.addWidget(self.form_scroll, 0, 0, 2, 1)
                grid.addWidget(self.header, 0, 1)
                grid.addWidget(self.keyboard_holder, 1, 1)
                grid.setColumnStretch(0, 11)
                grid.setColumnStretch(1, 9)
                grid.setRowStretch(1, 1)
            else:
                grid.addWidget(self.header, 0, 0)
                grid.addWidget(self.form_scroll, 1, 0)
                grid.addWidget(self.keyboard_holder, 2, 0)
                grid.setRowStretch(2, 1)  # the room left over goes under the keyboard
        self.staff_exit.corner.move(0, 0)
        self.staff_exit.corner.raise_()
        self._align_keyboard()

    def _align_keyboard(self) -> None:
        """Landscape: the keyboard's top level with the top of the field it types into
        (less a little air), as far as its column allows; portrait: right under the form."""
        offset = 0
        target = self.keyboard.target
        holder = self.keyboard_holder
        if self._landscape and target is not None and target.isVisible():
            top = target.mapTo(self, target.rect().topLeft()).y() - holder.mapTo(
                self, holder.rect().topLeft()).y() - Space.XL
            room = holder.height() - self.keyboard.sizeHint().height()
            offset = max(0, min(top, room))
        if offset != self._keyboard_offset.sizeHint().height():
            self._keyboard_offset.changeSize(0, offset, QSizePolicy.Policy.Fixed,
                                             QSizePolicy.Policy.Maximum)
            self._keyboard_column.invalidate()

    # -- slots ---------------------------------------------------------------------------

    def _target_keyboard(self, editor: QWidget) -> None:
        if isinstance(editor, QLineEdit):
            self.keyboard.set_target(editor, self.form.keyboard_kind(editor))
            self._align_keyboard()

    @Slot()
    def _hide_keyboard(self) -> None:
        """Join was tapped: nothing more to type while the signup is sent."""
        self.keyboard.setVisible(False)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        if new in self.form.line_editors():
            self._target_keyboard(new)
        body = self.form_scroll.widget()
        if body is not None and body.isAncestorOf(new):
            # Join too: on a screen shorter than the form (even the compact one, below
            # 1366×768) Next leads to it below the fold, where no customer would find it.
            self.form_scroll.ensureWidgetVisible(new, 0, 120)

    @Slot(object)
    def _on_terms_requested(self, consent: object) -> None:
        if isinstance(consent, ConsentSettings):
            self.terms_page.show_terms(consent, self.language)

    @Slot()
    def _on_idle(self) -> None:
        if self.flow.busy or self.pages.currentWidget() is not self.form_page:
            return
        if self.is_pristine():
            wipe_shared_state(self)  # nothing on screen; a copied text may still be there
            self.idle_guard.start()
            return
        log.info("kiosk idle: warning shown")
        self.warning.start(self.timings.warning_seconds)

    @Slot()
    def _on_start_over(self) -> None:
        self.reset("customer cleared")

    @Slot()
    def _on_warning_expired(self) -> None:
        self.reset("idle")

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.idle_guard.stop()
        elif self.pages.currentWidget() is self.form_page and not self.warning.is_open:
            self.idle_guard.start()

    def _show_outcome(self, outcome: Outcome, seconds: int, *,
                      error: BaseException | None = None,
                      confirm_by_email: bool = False, kept: bool = False) -> None:
        self.idle_guard.stop()
        self.warning.cancel(restore_focus=False)
        self.staff_exit.cancel()
        self.pages.setCurrentWidget(self.outcome)
        self.outcome.show_outcome(outcome, seconds, error=error,
                                  confirm_by_email=confirm_by_email, kept=kept)

    @Slot(object)
    def _on_signed_up(self, contact: object) -> None:
        """Signed up, or a member already (``contact`` None): the same thanks either way."""
        self._thank(kept=False)

    @Slot()
    def _on_kept(self) -> None:
        """Engage could not be reached: the outbox sends the signup later."""
        self._thank(kept=True)

    def _thank(self, *, kept: bool) -> None:
        confirm = self.settings.kiosk.create_as_unapproved and bool(self._typed("email"))
        self.form.reset()  # the page cannot go back: nothing typed needs to stay
        wipe_shared_state(self)
        self._show_outcome(Outcome.THANK_YOU, self.timings.thank_you_seconds,
                           confirm_by_email=confirm, kept=kept)

    @Slot(object)
    def _on_gave_up(self, error: object) -> None:
        exc = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self._show_outcome(Outcome.PROBLEM, self.timings.problem_seconds, error=exc)

    @Slot()
    def _on_outcome_done(self) -> None:
        self.reset("after signup")

    @Slot()
    def _on_try_again(self) -> None:
        self.outcome.stop()
        self.pages.setCurrentWidget(self.form_page)
        self.keyboard.setVisible(True)
        self.form.focus_key_field()
        self.idle_guard.start()

    def _typed(self, attribute: str) -> str | None:
        field = self.form.model.field(attribute)
        return field.value if field is not None else None

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ignored (Alt+F4, the window manager, quit) unless staff entered the PIN.

        Leaving empties the clipboard too: on X11, Qt hands a clipboard posapp still owns
        to the desktop's clipboard manager as the application exits and waits for it (up to
        5 s, the screen black meanwhile), and the last customer's copied text would outlive
        the kiosk in that manager.
        """
        if not self._leaving:
            log.info("kiosk: close refused (only the staff PIN closes the kiosk)")
            event.ignore()
            return
        self.idle_guard.stop()
        wipe_shared_state(self)
        self.runner.shutdown()
        event.accept()
