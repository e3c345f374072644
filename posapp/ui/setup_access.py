"""The way into the set-up dialog from the running till: a header button and Ctrl+Alt+S.

Staff only: the staff PIN (``[kiosk] pin_hash``) is asked first. Without a PIN hash the
running app offers no set-up at all (a customer could reach it): IT uses ``posapp --setup``.
In demo mode the PIN is the demo's (``DEMO_KIOSK_PIN``, as for the demo kiosk), so that the
way from the demo to a real till is the one the README describes. Saved settings take
effect when posapp starts again, which the dialog's caller is told.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from posapp.config import DEMO_KIOSK_PIN, Settings, default_config_path

if TYPE_CHECKING:
    from posapp.pin_lockout import PinLockout

# The staff PIN dialog's object name (the dialog is imported only when it is opened).
PIN_DIALOG = "pinDialog"

log = logging.getLogger("posapp.setup")

SHORTCUT = "Ctrl+Alt+S"


class SetupAccess(QObject):
    """Owns the header's Set-up button, the shortcut, and the dialogs behind them."""

    def __init__(self, window: QWidget, settings: Settings,
                 config_path: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._config_path = config_path  # else the platform's default, found when needed
        self.button = QPushButton(window)
        self.button.setObjectName("setup")
        self.button.setVisible(self.available)
        self.button.clicked.connect(self.open)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.activated.connect(self.open)
        # The dialog open now (PIN, set-up or a message), for tests and the kiosk's reset.
        self.dialog: QDialog | None = None
        # Wrong PINs and the pause after them (posapp/pin_lockout.py: three in a row, then
        # 60 s, doubling): kept in a file, so neither reopening the dialog nor restarting
        # posapp gives three more guesses. Read when set-up is first asked for.
        self._lockout: PinLockout | None = None
        self.retranslate()

    @property
    def lockout(self) -> PinLockout:
        """The set-up PIN's wrong-PIN count and pause, from the user state directory."""
        if self._lockout is None:
            from posapp.pin_lockout import SETUP_RULE, PinLockout

            self._lockout = PinLockout.in_state_directory(SETUP_RULE, "set-up")
        return self._lockout

    @property
    def available(self) -> bool:
        """True when a staff PIN is configured, or in demo mode (the demo PIN)."""
        return bool(self._settings.kiosk.pin_hash) or self._settings.demo

    def _pin_hash(self) -> str:
        """The configured PIN's hash; in demo mode without one, the demo PIN's (hashed
        here, when set-up is asked for: scrypt is not for the start-up path)."""
        configured = self._settings.kiosk.pin_hash
        if configured:
            return configured
        from posapp.pin import hash_pin

        return hash_pin(DEMO_KIOSK_PIN)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Set-up"))
        self.button.setAccessibleName(self.tr("Set-up (staff only)"))
        self.button.setToolTip(self.tr("Engage address, API key and store; asks for the "
                                       "staff PIN ({shortcut})").format(shortcut=SHORTCUT))

    @Slot()
    def open(self) -> None:
        """Ask for the PIN, then show the set-up dialog; explain when set-up is not here."""
        if self.dialog is not None:
            return
        if not self.available:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Set-up"),
                              self.tr("Set-up is not available here: this till has no staff "
                                      "PIN. IT can run posapp --setup."),
                              QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("setupUnavailable")
            self._show(box)
            return
        locked_for = self.lockout.seconds_left()
        if locked_for > 0:
            from posapp.ui.pin_texts import lockout_message  # the kiosk pad's own words

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Set-up"),
                              lockout_message(locked_for),
                              QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("setupLocked")
            self._show(box)
            return
        from posapp.ui.dialogs.pin_dialog import PinDialog  # with hashlib: when asked for

        purpose = self.tr("Set-up is for staff only.")
        if self._settings.demo and not self._settings.kiosk.pin_hash:
            purpose += " " + self.tr("Demo mode: the PIN is {pin}.").format(pin=DEMO_KIOSK_PIN)
        pin = PinDialog(self._pin_hash(), purpose, self._window, lockout=self.lockout)
        self._show(pin)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_finished)
        dialog.open()
        dialog.activateWindow()  # keyboard focus in the dialog, not behind it

    @Slot(int)
    def _on_finished(self, result: int) -> None:
        dialog = self.sender()
        self.dialog = None
        if not isinstance(dialog, QDialog):
            return
        dialog.deleteLater()
        self._window.activateWindow()  # the keyboard back to the till, window manager or not
        if dialog.objectName() != PIN_DIALOG:
            return
        from posapp.ui.dialogs.pin_dialog import PinDialog  # loaded when it was opened

        assert isinstance(dialog, PinDialog)
        if dialog.gave_up:
            return  # shut for a while: the lockout logged it
        if result == QDialog.DialogCode.Accepted.value:
            log.info("set-up opened after the staff PIN")
            # Imported when needed: the dialog pulls in keyring and tomlkit, ~75 ms that
            # the till's start-up should not pay for a dialog IT opens once.
            from posapp.ui.dialogs.setup_dialog import SetupDialog

            path = self._config_path or default_config_path()
            self._show(SetupDialog(path, self._window, running=True,
                                   language=self._settings.store.language))
