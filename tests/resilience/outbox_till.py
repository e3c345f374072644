"""A real till process for the outbox's restart test (test_outbox_restart.py).

``python -m tests.resilience.outbox_till CONFIG sign-up|idle``: runs posapp's real window
path (``run_window``) with the configuration CONFIG (Engage at the test's emulator, the
outbox in the test's folder). ``sign-up`` types a phone number and presses Enter, then
prints ``kept`` once the window says the signup is saved on this till; ``idle`` only starts
(the outbox's sender sends what waits). Either way the process runs until it is killed or
closed (it prints ``exited`` when its window closed normally, as on SIGTERM).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from posapp.config import DEMO_API_KEY, load_settings
from posapp.ui.app import create_application, run_window
from posapp.ui.main_window import MainWindow


def main() -> int:
    settings = load_settings(Path(sys.argv[1]))
    mode = sys.argv[2]
    create_application(settings.store.language)  # timers need it; run_window reuses it

    def window() -> MainWindow:
        app = QApplication.instance()
        assert app is not None
        return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

    def sign_up() -> None:
        phone = window().form.rows["mobilePhone"].editor
        assert isinstance(phone, QLineEdit)
        QTest.keyClicks(phone, "070-174 06 05")
        QTest.keyClick(phone, Qt.Key.Key_Return)
        watch.start()

    def kept_yet() -> None:
        if window().runner.busy:
            print("saving", flush=True)  # once a save is in flight
        if window().confirmation.title.text() == "Saved on this till":
            print("kept", flush=True)
            watch.stop()

    watch = QTimer(interval=50, timeout=kept_yet)
    if mode == "sign-up":
        QTimer.singleShot(500, sign_up)  # once the outbox is open (after the first paint)
    print("started", flush=True)
    code = run_window(settings, DEMO_API_KEY)
    print("exited", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
