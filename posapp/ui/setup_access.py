"""The way into the set-up dialog from the running till: a header button and Ctrl+Alt+S.

Staff only: the staff PIN (``[kiosk] pin_hash``) is asked first. Without a PIN hash the
running app offers no set-up at all (a customer could reach it): IT uses ``posapp --setup``.
Saved settings take effect when posapp starts again, which the dialog's caller is told.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from posapp.config import Settings, default_config_path

# The staff PIN dialog's object name (the dialog is imported only when it is opened).
PIN_DIALOG = "pinDialog"

log = logging.getLogger("posapp.setup")

SHORTCUT = "Ctrl+Alt+S"
# After the PIN dialog gave up on wrong PINs, set-up stays shut this long: without it the
# dialog could be opened again at once, three guesses at a time (the kiosk's pad pauses).
LOCKOUT_SECONDS = 60


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
        self._locked_until = 0.0
        self.retranslate()

    @property
    def available(self) -> bool:
        """True when a staff PIN is configured (and this is not demo mode)."""
        return bool(self._settings.kiosk.pin_hash) and not self._settings.demo

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
        locked_for = math.ceil(self._locked_until - time.monotonic())
        if locked_for > 0:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Set-up"),
                              QCoreApplication.translate(  # the kiosk pad's own words
                                  "PinPad", "Too many wrong PINs. Try again in %n seconds.",
                                  "", locked_for),
                              QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("setupLocked")
            self._show(box)
            return
        pin_hash = self._settings.kiosk.pin_hash
        assert pin_hash is not None
        from posapp.ui.dialogs.pin_dialog import PinDialog  # with hashlib: when asked for

        pin = PinDialog(pin_hash, self.tr("Set-up is for staff only."), self._window)
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
            self._locked_until = time.monotonic() + LOCKOUT_SECONDS
            log.warning("set-up locked for %d s after wrong staff PINs", LOCKOUT_SECONDS)
        elif result == QDialog.DialogCode.Accepted.value:
            log.info("set-up opened after the staff PIN")
            # Imported when needed: the dialog pulls in keyring and tomlkit, ~75 ms that
            # the till's start-up should not pay for a dialog IT opens once.
            from posapp.ui.dialogs.setup_dialog import SetupDialog

            path = self._config_path or default_config_path()
            self._show(SetupDialog(path, self._window, running=True,
                                   language=self._settings.store.language))
