"""The only way out of the kiosk: a hidden gesture or key combination, then the staff PIN.

Staff press and hold the top-left corner for three seconds, or press Ctrl+Alt+Shift+K;
the PIN pad opens. The PIN is checked against the configured salted hash; five wrong
PINs in a row lock the pad for 30 seconds (kept here, so closing and reopening the pad
does not reset the count). Without a configured ``pin_hash`` the pad never opens.

Signals:
    StaffExit.exit_granted(): the right PIN was entered.
    HoldCorner.held(): pressed for the hold time without letting go.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QWidget

from posapp.pin import verify_pin
from posapp.ui.kiosk.pin_pad import PinPad
from posapp.ui.kiosk.timings import KioskTimings

log = logging.getLogger("posapp.kiosk")

SHORTCUT = "Ctrl+Alt+Shift+K"
# Small enough to stay clear of the first field, large enough for a thumb.
CORNER_SIZE = 72


class HoldCorner(QWidget):
    """An invisible square in the top-left corner that notices a long press."""

    held = Signal()

    def __init__(self, parent: QWidget, hold_ms: int) -> None:
        super().__init__(parent)
        self.setObjectName("staffCorner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFixedSize(CORNER_SIZE, CORNER_SIZE)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.held)

    @property
    def holding(self) -> bool:
        """True between the press and the hold time (or the release)."""
        return self._timer.isActive()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()
        event.accept()


class StaffExit(QObject):
    """Opens the PIN pad on request and decides; owns the wrong-PIN count and the lockout."""

    exit_granted = Signal()

    def __init__(self, pin_hash: str | None, pad: PinPad, window: QWidget,
                 timings: KioskTimings) -> None:
        super().__init__(window)
        self._pin_hash = pin_hash
        self._pad = pad
        self._max_tries = timings.max_pin_tries
        self._lockout_seconds = timings.lockout_seconds
        self._wrong = 0
        self._locked_for = 0
        self._lockout = QTimer(self)
        self._lockout.setInterval(timings.tick_ms)
        self._lockout.timeout.connect(self._on_lockout_tick)
        pad.pin_entered.connect(self._on_pin_entered)
        self.corner = HoldCorner(window, timings.hold_ms)
        self.corner.held.connect(self.request)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.request)
        if not pin_hash:
            log.warning("kiosk: no [kiosk] pin_hash is configured, so staff cannot leave the "
                        "kiosk from the screen; set one with `posapp --hash-pin`")

    @property
    def available(self) -> bool:
        """False when no PIN is configured: the pad never opens."""
        return bool(self._pin_hash)

    @property
    def locked(self) -> bool:
        """True during the pause after too many wrong PINs."""
        return self._locked_for > 0

    @property
    def lockout_timer(self) -> QTimer:
        """The lockout's one-second tick (tests drive it through ``timeout``)."""
        return self._lockout

    @Slot()
    def request(self) -> None:
        """The gesture or the shortcut: open the pad (if a PIN is configured)."""
        if not self._pin_hash:
            log.info("kiosk: staff exit requested, but no PIN is configured")
            return
        if self._pad.is_open:
            return
        log.info("kiosk: staff PIN pad opened")
        self._pad.open_pad()
        if self.locked:
            self._pad.show_locked(self._locked_for)

    def cancel(self) -> None:
        """Close the pad (the kiosk's reset); the wrong-PIN count and lockout stay."""
        self._pad.close_pad()

    @Slot(str)
    def _on_pin_entered(self, pin: str) -> None:
        if self.locked:
            return
        if verify_pin(pin, self._pin_hash):
            self._wrong = 0
            log.info("kiosk: staff PIN accepted; leaving the kiosk")
            self._pad.close_pad()
            self.exit_granted.emit()
            return
        self._wrong += 1
        log.warning("kiosk: wrong staff PIN (%d in a row)", self._wrong)
        if self._wrong >= self._max_tries:
            self._locked_for = self._lockout_seconds
            self._lockout.start()
            self._pad.show_locked(self._locked_for)
            log.warning("kiosk: PIN pad locked for %d s", self._lockout_seconds)
        else:
            self._pad.show_wrong(self._max_tries - self._wrong)

    @Slot()
    def _on_lockout_tick(self) -> None:
        self._locked_for = max(0, self._locked_for - 1)
        if self._locked_for:
            if self._pad.is_open:
                self._pad.show_locked(self._locked_for)
            return
        self._lockout.stop()
        self._wrong = 0
        self._pad.show_unlocked()
