"""The only way out of the kiosk: a hidden gesture or key combination, then the staff PIN.

Staff press and hold the top-left corner for three seconds, or press Ctrl+Alt+Shift+K;
the PIN pad opens. The PIN is checked against the configured salted hash. Five wrong PINs
in a row shut the pad for 30 seconds, and every further one for twice as long as the last
(``posapp.pin_lockout``: the count is kept in a file, so neither closing the pad nor a
restart resets it). Without a configured ``pin_hash`` the pad never opens.

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
from posapp.pin_lockout import LockoutRule, PinLockout
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
    """Opens the PIN pad on request and decides; the lockout says when a PIN is taken."""

    exit_granted = Signal()

    def __init__(self, pin_hash: str | None, pad: PinPad, window: QWidget,
                 timings: KioskTimings, lockout: PinLockout | None = None) -> None:
        super().__init__(window)
        self._pin_hash = pin_hash
        self._pad = pad
        self._rule = LockoutRule(free_tries=timings.max_pin_tries,
                                 first_pause=timings.lockout_seconds)
        self._lockout = lockout  # else read from its file when first needed
        self._ticker = QTimer(self)
        self._ticker.setInterval(timings.tick_ms)
        self._ticker.timeout.connect(self._on_lockout_tick)
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
    def lockout(self) -> PinLockout:
        """The wrong-PIN count and pause, kept in the user state directory."""
        if self._lockout is None:
            self._lockout = PinLockout.in_state_directory(self._rule, "kiosk")
        return self._lockout

    @property
    def locked(self) -> bool:
        """True during a pause after wrong PINs."""
        return self.lockout.locked

    @property
    def lockout_timer(self) -> QTimer:
        """Refreshes the pause's countdown each second (tests drive it through ``timeout``)."""
        return self._ticker

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
        left = self.lockout.seconds_left()
        if left:
            self._pad.show_locked(left)
            self._ticker.start()

    def cancel(self) -> None:
        """Close the pad (the kiosk's reset); the wrong-PIN count and pause stay."""
        self._pad.close_pad()

    @Slot(str)
    def _on_pin_entered(self, pin: str) -> None:
        lockout = self.lockout
        if lockout.locked:
            return
        if verify_pin(pin, self._pin_hash):
            lockout.succeeded()
            log.info("kiosk: staff PIN accepted; leaving the kiosk")
            self._pad.close_pad()
            self.exit_granted.emit()
            return
        pause = lockout.failed()  # logged there, as a warning with the count
        if pause:
            self._pad.show_locked(pause)
            self._ticker.start()
        else:
            self._pad.show_wrong(lockout.tries_left())

    @Slot()
    def _on_lockout_tick(self) -> None:
        left = self.lockout.seconds_left()
        if left:
            if self._pad.is_open:
                self._pad.show_locked(left)
            return
        self._ticker.stop()
        self._pad.show_unlocked()
